"""`check --fix` and `--diff` on notebooks: fixes land in their cells, the notebook's JSON keeps
its layout, outputs, metadata and other cells byte for byte, magics stay, fixing twice is
fixing once, and torch builds what the fixed cells say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_run import Lstmcheck

MAGIC = "%matplotlib inline\n"
DROPOUT_CELL = [MAGIC, "import torch.nn as nn\n", "rnn = nn.LSTM(10, 20, 2, 0.5)\n"]  # LC005
KEYWORD_CELL = ["gru = nn.GRU(10, hiden_size=20)"]  # LC002
OUTPUT = {"output_type": "stream", "name": "stdout", "text": ["LSTM(10, 20, num_layers=2)\n"]}


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Lstmcheck:
    return Lstmcheck(monkeypatch, capsys)


def notebook(sources: list, as_string: bool = False) -> dict:
    """A notebook of a markdown cell, then one code cell (with an output) per source."""
    cells: list[dict] = [{"cell_type": "markdown", "metadata": {}, "source": ["# Étude\n"]}]
    for number, source in enumerate(sources, start=1):
        cells.append({"cell_type": "code", "execution_count": number,
                      "metadata": {"tags": ["model"]}, "outputs": [OUTPUT],
                      "source": "".join(source) if as_string else source})
    return {"cells": cells, "nbformat": 4, "nbformat_minor": 5,
            "metadata": {"kernelspec": {"name": "python3", "language": "python"}}}


LAYOUTS = {
    "jupyter": lambda nb: json.dumps(nb, indent=1, ensure_ascii=False) + "\n",
    "indent 2, escaped": lambda nb: json.dumps(nb, indent=2),
    "one line": lambda nb: json.dumps(nb),
}


def cell_code(path: Path) -> list[str]:
    return ["".join(c["source"]) for c in json.loads(path.read_text())["cells"]
            if c["cell_type"] == "code"]


def built(code: list[str]) -> dict:
    """Run the cells' Python (not their magics) with torch, as the notebook would."""
    names: dict = {}
    for source in code:
        python = "".join(line for line in source.splitlines(keepends=True)
                         if not line.startswith("%"))
        exec(compile(python, "<cell>", "exec"), names)
    return names


@pytest.mark.parametrize("as_string", [False, True], ids=["lines", "string"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_fix_changes_only_the_fixed_cells(cli: Lstmcheck, tmp_path: Path, layout: str,
                                          as_string: bool) -> None:
    data = notebook([DROPOUT_CELL, KEYWORD_CELL], as_string)
    path = tmp_path / "model.ipynb"
    before = LAYOUTS[layout](data)
    path.write_text(before, encoding="utf-8")
    run = cli("check", "--fix", "model.ipynb", cwd=tmp_path)
    assert run.code == 0 and "(2 fixed, 0 remaining)" in run.stdout
    # the same JSON text, but for the two sources: layout, outputs, metadata, markdown kept
    fixed = [MAGIC, "import torch.nn as nn\n", "rnn = nn.LSTM(10, 20, 2, dropout=0.5)\n"]
    expected = LAYOUTS[layout](notebook([fixed, ["gru = nn.GRU(10, hidden_size=20)"]],
                                        as_string))
    assert path.read_text(encoding="utf-8") == expected
    again = cli("check", "--fix", "model.ipynb", cwd=tmp_path)
    assert again.code == 0 and "All checks passed" in again.stdout
    assert path.read_text(encoding="utf-8") == expected


def test_torch_builds_the_fixed_cells(cli: Lstmcheck, tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    path = tmp_path / "model.ipynb"
    path.write_text(LAYOUTS["jupyter"](notebook([DROPOUT_CELL, KEYWORD_CELL])))
    for cell in cell_code(path):  # torch refuses each cell as written
        with pytest.raises(TypeError):
            built([cell_code(path)[0].replace("0.5", "True"), cell])
    cli("check", "--fix", "model.ipynb", cwd=tmp_path)
    names = built(cell_code(path))
    assert isinstance(names["rnn"], torch.nn.LSTM) and names["rnn"].dropout == 0.5
    assert names["rnn"].num_layers == 2 and names["gru"].hidden_size == 20
    assert cell_code(path)[0].startswith(MAGIC)


def test_diff_shows_each_changed_cell_and_writes_nothing(cli: Lstmcheck, tmp_path: Path) -> None:
    path = tmp_path / "model.ipynb"
    before = LAYOUTS["jupyter"](notebook([["import torch.nn as nn\n"], DROPOUT_CELL,
                                          KEYWORD_CELL]))
    path.write_text(before)
    run = cli("check", "--diff", "model.ipynb", cwd=tmp_path)
    assert run.code == 1 and path.read_text() == before
    assert run.stdout == (
        "--- model.ipynb:cell 3\n+++ model.ipynb:cell 3\n@@ -1,3 +1,3 @@\n"
        " %matplotlib inline\n import torch.nn as nn\n"
        "-rnn = nn.LSTM(10, 20, 2, 0.5)\n+rnn = nn.LSTM(10, 20, 2, dropout=0.5)\n"
        "--- model.ipynb:cell 4\n+++ model.ipynb:cell 4\n@@ -1 +1 @@\n"
        "-gru = nn.GRU(10, hiden_size=20)\n\\ No newline at end of file\n"
        "+gru = nn.GRU(10, hidden_size=20)\n\\ No newline at end of file\n")
    assert "Would fix 2 errors." in run.stderr
    cli("check", "--fix", "model.ipynb", cwd=tmp_path)
    clean = cli("check", "--diff", "model.ipynb", cwd=tmp_path)
    assert (clean.code, clean.stdout) == (0, "")


def test_a_notebook_and_a_python_file_are_fixed_in_one_run(cli: Lstmcheck,
                                                           tmp_path: Path) -> None:
    (tmp_path / "model.ipynb").write_text(LAYOUTS["jupyter"](notebook([DROPOUT_CELL])))
    (tmp_path / "train.py").write_text("import torch.nn as nn\nnn.GRU(10, hiden_size=20)\n")
    run = cli("check", "--fix", ".", cwd=tmp_path)
    assert run.code == 0 and "(2 fixed, 0 remaining)" in run.stdout
    assert "dropout=0.5" in cell_code(tmp_path / "model.ipynb")[0]
    assert "hidden_size=20" in (tmp_path / "train.py").read_text()


def test_a_notebook_it_cannot_edit_in_place_is_left_whole(cli: Lstmcheck, tmp_path: Path) -> None:
    """nbformat 3 keeps its cells in worksheets, where the writer does not look: the finding
    is reported with a note, and the file is not touched."""
    code = {"cell_type": "code", "input": ["import torch.nn as nn\n", *KEYWORD_CELL],
            "outputs": []}
    data = {"worksheets": [{"cells": [code]}],
            "metadata": {}, "nbformat": 3, "nbformat_minor": 0}
    path = tmp_path / "old.ipynb"
    path.write_text(json.dumps(data, indent=1))
    before = path.read_bytes()
    run = cli("check", "--fix", "old.ipynb", cwd=tmp_path)
    assert path.read_bytes() == before
    assert run.code == 1 and "LC002" in run.stdout and "(0 fixed, 1 remaining)" in run.stdout
    assert "old.ipynb:cell 1:2:18: LC002 fix not applied" in run.stderr
    assert "the notebook cannot be edited in place" in run.stderr


def test_a_notebook_that_is_not_json_is_reported_not_fixed(cli: Lstmcheck,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "broken.ipynb"
    path.write_text('{"cells": [{"source": "nn.LSTM(10, hiden_size=20)"')
    before = path.read_bytes()
    run = cli("check", "--fix", "broken.ipynb", cwd=tmp_path)
    assert path.read_bytes() == before
    assert "Traceback" not in run.stderr and "LC000" in run.stdout and run.code == 1


def test_a_fix_that_makes_a_finding_appear_in_another_cell_is_dropped(cli: Lstmcheck,
                                                                      tmp_path: Path) -> None:
    """Renaming hiden_size= lets the check see a 20-feature output fed to a layer built for
    30 in a later cell: the fix would trade one error for another, so it waits for the user."""
    path = tmp_path / "flow.ipynb"
    path.write_text(LAYOUTS["jupyter"](notebook([
        ["import torch\n", "import torch.nn as nn\n", "lstm = nn.LSTM(10, hiden_size=20)\n"],
        ["head = nn.LSTM(30, 5)\n", "x = torch.zeros(4, 3, 10)\n", "out, _ = lstm(x)\n",
         "y, _ = head(out)\n"]])))
    before = path.read_bytes()
    run = cli("check", "--fix", "flow.ipynb", cwd=tmp_path)
    assert path.read_bytes() == before and run.code == 1
    assert "flow.ipynb:cell 2:3:20: LC002 fix not applied" in run.stderr
    assert "it would make LC008 appear at cell 3, line 1" in run.stderr


def test_a_notebook_on_standard_input(cli: Lstmcheck, tmp_path: Path) -> None:
    text = LAYOUTS["jupyter"](notebook([KEYWORD_CELL]))
    text = text.replace('"gru = ', '"import torch.nn as nn\\n",\n    "gru = ')
    assert json.loads(text)["cells"][1]["source"][0] == "import torch.nn as nn\n"
    run = cli("check", "--fix", "--stdin-filename", "nb.ipynb", "-", cwd=tmp_path, stdin=text)
    assert run.stdout == text.replace("hiden_size", "hidden_size")
    run = cli("check", "--diff", "--stdin-filename", "nb.ipynb", "-", cwd=tmp_path, stdin=text)
    assert run.code == 1 and run.stdout.startswith("--- nb.ipynb:cell 2\n+++ nb.ipynb:cell 2\n")
