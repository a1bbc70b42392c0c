"""Notebooks are checked as users run them: code cells in order form one program, IPython's
own syntax is not a parse error, findings point into cells numbered as Jupyter shows them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.lint.notebook import blank_magics
from lstmcheck.records import Settings

FIXTURE = Path(__file__).parent / "fixtures" / "notebooks" / "classifier.ipynb"


def code(source: str) -> dict:
    return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
            "source": source.splitlines(keepends=True)}


def markdown(source: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": source}


def notebook(*cells: dict, language: str = "python") -> bytes:
    data = {"cells": list(cells), "nbformat": 4, "nbformat_minor": 5,
            "metadata": {"kernelspec": {"name": "k", "language": language}}}
    return json.dumps(data).encode()


def check(*cells: dict, settings: Settings = Settings(), **kw: str):  # noqa: ANN201
    return check_source(notebook(*cells, **kw), "model.ipynb", settings)


IMPORTS = code("import torch\nimport torch.nn as nn\n")


def test_a_finding_names_its_cell_among_all_cells_and_its_line_within() -> None:
    result = check(markdown("# Title"), IMPORTS, markdown("text"),
                   code("x = 1\n\nlstm = nn.LSTM(10)\n"))
    (finding,) = result.findings
    assert finding.code == "LC001" and finding.cell == 4
    assert (finding.location.line, finding.location.column) == (3, 8)
    assert result.snippet(3, 4) == "lstm = nn.LSTM(10)"


def test_cells_form_one_program_for_the_flow_rules() -> None:
    """A model built in one cell and fed in a later one: torch decides the expectation."""
    torch = pytest.importorskip("torch")
    build = "lstm = nn.LSTM(10, 20, batch_first=True)\n"
    feed = "x = torch.randn(4, 7, 12)\nout, _ = lstm(x)\n"
    with pytest.raises(RuntimeError):
        namespace = {"torch": torch, "nn": torch.nn}
        exec(build + feed, namespace)  # the test's own code, not the linter's
    result = check(IMPORTS, code(build), markdown("feed it"), code(feed))
    (finding,) = result.findings
    # reported where the fix goes (the constructor in cell 2), with a note where they meet
    assert finding.code == "LC008" and finding.cell == 2 and finding.location.line == 1
    assert any(note.cell == 4 and note.location.line == 2 and note.message.startswith(
        "tensors meet here") for note in finding.related)
    assert "cell 4, line 1" in finding.message  # where the input is made, in cell words


def test_magics_shell_escapes_and_help_are_skipped() -> None:
    result = check(
        code("%matplotlib inline\n!pip install torch\nimport torch.nn as nn\n"),
        code("%%bash\necho $HOME\nls -l | grep x\n"),
        code("%%time\nfor i in range(3):\n    !echo {i}\n    %env X=1\nlstm = nn.LSTM(10)\n"),
        code("files = !ls\nnn.LSTM?\n?nn.GRU\nnn.LSTM??\n"),
    )
    assert [(f.code, f.cell, f.location.line) for f in result.findings] == [("LC001", 3, 5)]


def test_magics_without_their_percent_run_as_magics() -> None:
    """IPython's automagic runs `cd ..`, `pip install x`, `mkdir -p d`, `time x = 1` (a trial
    user's Colab notebooks failed CI on them as LC000); Python that starts with such a name
    (`time = 3`, `run = build(`) stays Python."""
    result = check(code("pip install torchtext\ncd ..\n"), IMPORTS,
                   code("mkdir -p data\ntime x = 1\nenv CUDA_VISIBLE_DEVICES=0\nlstm = nn.LSTM(10)\n"))
    assert [(f.code, f.cell, f.location.line) for f in result.findings] == [("LC001", 3, 4)]
    assert blank_magics("time = 3\nrun = build(\n    1)\nls\n") == "time = 3\nrun = build(\n    1)\nls\n"
    broken = check(IMPORTS, code("cd(..\n"), code("lstm = nn.LSTM(10, 20)\n"))
    assert [f.code for f in broken.findings] == ["LC000"]


def test_a_percent_inside_an_expression_is_python_not_a_magic() -> None:
    assert blank_magics("x = (a\n     % b)\n") == "x = (a\n     % b)\n"
    assert blank_magics('s = """\n%d\n"""\n') == 's = """\n%d\n"""\n'
    assert blank_magics("%time x = 1\ny = 2  # why?\n") == "\ny = 2  # why?\n"


def test_a_cell_that_does_not_parse_is_lc000_and_the_others_are_checked() -> None:
    result = check(IMPORTS, code("def broken(:\n    pass\n"), code("lstm = nn.LSTM(10)\n"))
    assert [(f.code, f.cell) for f in result.findings] == [("LC000", 2), ("LC001", 3)]
    assert "cannot parse this cell" in result.findings[0].message
    assert result.snippet(1, 2) == "def broken(:"


@pytest.mark.parametrize(("data", "words"), [
    (b"{not json, nn.LSTM", "is not valid notebook JSON"),
    (b"[1, 2] nn.LSTM", "is not valid notebook JSON"),
    (b'["nn.LSTM"]', "its JSON is not an object"),
    (b'{"cells": 3, "x": "nn.LSTM"}', "no list of cells"),
    (b'{"cells": [{"source": "nn.LSTM(1)"}]}', "cell 1 is not a notebook cell"),
    (b'{"cells": [{"cell_type": "code", "source": 5}], "x": "nn.LSTM"}',
     "the source of cell 1 is not text"),
    (b'{"cells": [' * 100_000 + b'"nn.LSTM"', "is not valid notebook JSON"),
])
def test_broken_notebooks_are_lc000(data: bytes, words: str) -> None:
    (finding,) = check_source(data, "bad.ipynb").findings
    assert finding.code == "LC000" and words in finding.message


def test_a_notebook_of_another_language_is_skipped() -> None:
    result = check(code("nn.LSTM(10)\n"), language="julia")
    assert result.skipped and result.findings == ()


def test_noqa_and_file_level_noqa_work_in_cells() -> None:
    assert check(IMPORTS, code("lstm = nn.LSTM(10)  # noqa: LC001\n")).findings == ()
    assert check(code("# lstmcheck: noqa: LC001\n"), IMPORTS,
                 code("lstm = nn.LSTM(10)\n")).findings == ()


def test_the_fixture_notebook_through_the_cli(tmp_path: Path) -> None:
    target = tmp_path / "nb" / "classifier.ipynb"
    target.parent.mkdir()
    target.write_bytes(FIXTURE.read_bytes())
    out = subprocess.run([sys.executable, "-m", "lstmcheck", "check", "nb", "--output-format",
                          "json"], cwd=tmp_path, capture_output=True, text=True,
                         env={**os.environ, "NO_COLOR": "1"}, timeout=120)
    assert out.returncode == 1, out.stderr
    (finding,) = json.loads(out.stdout)
    assert finding["code"] == "LC007" and finding["path"] == "nb/classifier.ipynb"
    assert finding["line"] == 3 and "2*128 = 256" in finding["message"]


def test_a_cell_holding_a_lone_surrogate_is_lc000_for_that_cell() -> None:
    """JSON can escape a lone surrogate (a fuzz find: it crashed the parser); no text holds
    one, so that cell is reported and the others are still checked."""
    result = check(IMPORTS, code("name = '\ud800'\n"), code("lstm = nn.LSTM(10)\n"))
    assert [(f.code, f.cell) for f in result.findings] == [("LC000", 2), ("LC001", 3)]
    assert "lone surrogate (\\ud800)" in result.findings[0].message


def test_show_shapes_places_each_layer_in_its_cell() -> None:
    result = check(IMPORTS, markdown("m"), code("x = 1\nlstm = nn.LSTM(10, 20)\n"),
                   settings=Settings(show_shapes=True))
    (layer,) = result.layers
    assert (layer.cell, layer.location.line, layer.location.column) == (3, 2, 8)


def test_several_lines_in_a_message_are_named_in_cell_words() -> None:
    """`(torch.zeros(...) at lines 10 and 11)` named program lines a trial user could not find."""
    result = check(IMPORTS, code("lstm = nn.LSTM(10, 20, batch_first=True)\n"),
                   code("h0 = torch.zeros(3, 1, 20)\nc0 = torch.zeros(3, 1, 20)\n"
                        "out, _ = lstm(torch.randn(3, 5, 10), (h0, c0))\n"))
    (finding,) = [f for f in result.findings if f.code == "LC009"]
    assert "cell 3, lines 1 and 2" in finding.message, finding.message
    assert "lines 4 and 5" not in finding.message
