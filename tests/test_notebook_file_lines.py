"""Formats a platform shows on the file itself (GitHub annotations, SARIF, GitLab, JUnit) place
a notebook's findings on the `.ipynb` file's own line and column, where the cell's text is."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cli_run import Lstmcheck
from lstmcheck.records import Location
from lstmcheck.report.notebook_lines import NotebookLines, RawNotebook

EXAMPLES = Path(__file__).parent.parent / "examples"

CELLS = [
    {"cell_type": "markdown", "metadata": {"source": "not a cell's source"},
     "source": ["# Tagger \u00e9t\u00e9\n"]},
    {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
     "source": ["import torch\n", "import torch.nn as nn\n"]},
    {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
     "source": ["%matplotlib inline\n", ("label = \"caf\u00e9 \\\"q\\\" \U0001F600\"; "
                                          "lstm = nn.LSTM(10, 20, dropout=0.5)\n"),
                "x = torch.randn(5, 3, 10)\n"]},
]


@pytest.fixture
def cli(monkeypatch, capsys):
    return Lstmcheck(monkeypatch, capsys)


def _write(tmp_path: Path, name: str, **dump) -> Path:
    path = tmp_path / name
    notebook = {"cells": CELLS, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path.write_text(json.dumps(notebook, **dump), encoding="utf-8")
    return path


def _text_at(path: Path, line: int, column: int, end_column: int) -> str:
    return path.read_text(encoding="utf-8").splitlines()[line - 1][column - 1:end_column - 1]


@pytest.mark.parametrize("dump", [dict(indent=1, ensure_ascii=False), dict(indent=1),
                                  dict(), dict(indent=2, ensure_ascii=False)],
                         ids=["nbformat", "ascii-escapes", "one-line", "colab"])
def test_sarif_and_github_point_at_the_cells_text_in_the_file(tmp_path, dump, cli):
    path = _write(tmp_path, "tagger.ipynb", **dump)
    sarif = json.loads(cli("check", "--no-cache", "--output-format", "sarif",
                                "tagger.ipynb", cwd=tmp_path).stdout)
    (result,) = sarif["runs"][0]["results"]
    place = result["locations"][0]
    region = place["physicalLocation"]["region"]
    assert _text_at(path, region["startLine"], region["startColumn"],
                    region["endColumn"]) == "dropout=0.5"
    assert place["properties"] == {"cell": 3, "cellLine": 2,
                                   "cellColumn": place["properties"]["cellColumn"]}
    assert result["message"]["text"].startswith("cell 3, line 2: ")
    assert "fixes" not in result  # its edits are in the cell's text, not the file's JSON

    annotation = cli("check", "--no-cache", "--output-format", "github",
                          "tagger.ipynb", cwd=tmp_path).stdout
    head = dict(part.split("=", 1) for part in annotation.split("::")[1].split(" ", 1)[1]
                .split(","))
    assert (int(head["line"]), int(head["col"])) == (region["startLine"], region["startColumn"])
    assert "cell 3%2C line 2" in head["title"]


def test_gitlab_and_junit_give_the_files_line(tmp_path, cli):
    path = _write(tmp_path, "tagger.ipynb", indent=1, ensure_ascii=False)
    wanted = next(number for number, text in enumerate(
        path.read_text(encoding="utf-8").splitlines(), start=1) if "nn.LSTM" in text)
    (issue,) = json.loads(cli("check", "--no-cache", "--output-format", "gitlab",
                                   "tagger.ipynb", cwd=tmp_path).stdout)
    assert issue["location"]["lines"]["begin"] == wanted
    assert issue["description"].startswith("cell 3, line 2: LC006")
    junit = cli("check", "--no-cache", "--output-format", "junit", "tagger.ipynb", cwd=tmp_path).stdout
    assert f'line="{wanted}"' in junit


def test_the_example_notebooks_findings_land_on_their_lines(tmp_path, cli):
    shutil.copy(EXAMPLES / "classifier.ipynb", tmp_path)
    report = json.loads(cli("check", "--no-cache", "--output-format", "json",
                                 "classifier.ipynb", cwd=tmp_path).stdout)
    sarif = json.loads(cli("check", "--no-cache", "--output-format", "sarif",
                                "classifier.ipynb", cwd=tmp_path).stdout)
    notebook = json.loads((tmp_path / "classifier.ipynb").read_text(encoding="utf-8"))
    lines = (tmp_path / "classifier.ipynb").read_text(encoding="utf-8").splitlines()
    assert report and len(report) == len(sarif["runs"][0]["results"])
    for finding, result in zip(report, sarif["runs"][0]["results"]):
        source = "".join(notebook["cells"][finding["cell"] - 1]["source"]).splitlines()
        in_cell = source[finding["line"] - 1][finding["column"] - 1:finding["end_column"] - 1] \
            if finding["end_line"] == finding["line"] else None
        region = result["locations"][0]["physicalLocation"]["region"]
        assert json.dumps(in_cell)[1:-1] in lines[region["startLine"] - 1] if in_cell else True
        if in_cell and in_cell.isascii() and '"' not in in_cell and "\\" not in in_cell:
            assert _text_at(tmp_path / "classifier.ipynb", region["startLine"],
                            region["startColumn"], region["endColumn"]) == in_cell


def test_a_place_that_the_file_does_not_hold_keeps_the_cells_line(tmp_path):
    path = _write(tmp_path, "tagger.ipynb", indent=1)
    lines = NotebookLines()
    cell_place = Location(9, 1, 9, 5)
    assert lines.location(str(path), cell_place, 3) is None  # no line 9 in cell 3
    assert lines.location(str(path), cell_place, None) is None  # not a notebook finding
    assert lines.location(str(tmp_path / "gone.ipynb"), Location(1, 1, 1, 2), 2) is None
    (tmp_path / "broken.ipynb").write_text('{"cells": [', encoding="utf-8")
    assert lines.location(str(tmp_path / "broken.ipynb"), Location(1, 1, 1, 2), 1) is None


def test_nbformat_3_worksheets_and_a_single_string_source():
    text = json.dumps({"worksheets": [{"cells": [
        {"cell_type": "code", "input": "a = 1\nb = 2\n"},
        {"cell_type": "code", "input": ["c = 3\n", "d = 4\n"]}]}]}, indent=1)
    notebook = RawNotebook(text)
    line, column = notebook.place(1, 2, 1)
    assert text.splitlines()[line - 1][column - 1:column + 4] == "b = 2"
    line, column = notebook.place(2, 2, 5)
    assert text.splitlines()[line - 1][column - 1:column] == "4"


def test_show_shapes_names_each_layers_cell(tmp_path, cli):
    cells = [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
              "source": source} for source in (
        ["import torch.nn as nn\n"],
        ["enc = nn.LSTM(8, 16)\n"],
        ["dec = nn.GRU(16, 32)\n"])]
    (tmp_path / "two.ipynb").write_text(json.dumps({"cells": cells, "metadata": {},
                                                    "nbformat": 4, "nbformat_minor": 5}))
    text = cli("check", "--no-cache", "--show-shapes", "two.ipynb", cwd=tmp_path).stdout
    assert "two.ipynb:cell 2:1:7: nn.LSTM(8, 16)" in text
    assert "two.ipynb:cell 3:1:7: nn.GRU(16, 32)" in text
    layers = json.loads(cli("check", "--no-cache", "--show-shapes", "--output-format", "json",
                            "two.ipynb", cwd=tmp_path).stdout)["layers"]
    assert [(layer["cell"], layer["line"]) for layer in layers] == [(2, 1), (3, 1)]


def test_a_notebook_that_does_not_parse_is_reported_at_the_line_that_breaks(tmp_path, cli):
    lines = json.dumps({"cells": CELLS, "metadata": {}}, indent=1).splitlines()
    lines.insert(11, "<<<<<<< HEAD")  # a merge left half done
    (tmp_path / "conflict.ipynb").write_text("\n".join(lines), encoding="utf-8")
    (finding,) = json.loads(cli("check", "--no-cache", "--output-format", "json",
                                "conflict.ipynb", cwd=tmp_path).stdout)
    assert finding["code"] == "LC000" and finding["line"] == 12
    assert "not valid notebook JSON" in finding["message"]
