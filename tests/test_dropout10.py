"""LC006 on a dropout that a one-layer layer can never apply (tests/dropout10/). torch is the
oracle: each file's `probe()` runs here and must warn (`bug_*`) or run without the warning
(`ok_*`) as its `# torch:` header says. The linter must warn on a span holding a bug's `# fix:`
line and say nothing about an `ok_*` file. project/ is a class defined in one file and built
with two layers in another: checked alone, the file shows only the class's defaults."""

from __future__ import annotations

import re
import runpy
import warnings
from pathlib import Path

import pytest

from lstmcheck.api import check_source
from lstmcheck.lint.engine import check_paths
from lstmcheck.lint.rules.dead_dropout import one_layer_resets
from lstmcheck.records import Settings

CASES = Path(__file__).parent / "dropout10"
BUGS = sorted(CASES.glob("bug_*.py"))
LOOKALIKES = sorted(CASES.glob("ok_*.py"))
TORCH_WARNS = "non-zero dropout expects num_layers greater than 1"


def _probe_warns(path: Path) -> bool:
    namespace = runpy.run_path(str(path), run_name="dropout10_case")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        namespace["probe"]()
    return any(TORCH_WARNS in str(w.message) for w in caught)


@pytest.mark.parametrize("path", BUGS + LOOKALIKES, ids=lambda p: p.stem)
def test_torch_does_what_the_header_says(path: Path) -> None:
    pytest.importorskip("torch")
    header = re.search(r"^# torch: (\w+)", path.read_text(), re.MULTILINE).group(1)
    assert _probe_warns(path) == (header == "warns")


@pytest.mark.parametrize("path", BUGS, ids=lambda p: p.stem)
def test_bug_is_reported_at_the_fix_line(path: Path) -> None:
    text = path.read_text()
    fix = next(n for n, line in enumerate(text.splitlines(), 1) if "# fix:" in line)
    findings = [f for f in check_source(text, str(path)) if f.code == "LC006"]
    assert any(f.location.line <= fix <= f.location.end_line and f.severity == "warning"
               for f in findings), [(f.location.line, f.message) for f in findings]


@pytest.mark.parametrize("path", LOOKALIKES, ids=lambda p: p.stem)
def test_lookalike_is_silent(path: Path) -> None:
    assert [(f.code, f.location.line, f.message) for f in check_source(path.read_text(), str(path))] == []


def test_dead_knob_is_said_as_a_fact() -> None:
    """The message says what torch does with any value of the knob, not that it was set."""
    path = CASES / "bug_dead_knob_json_config_one_layer.py"
    (finding,) = [f for f in check_source(path.read_text(), str(path)) if f.code == "LC006"]
    assert finding.message.startswith('num_layers=1 here, so dropout=config["dropout"] never applies')
    assert "whenever" in finding.message and finding.related  # the written 1 as a note


def test_a_knob_the_file_leaves_open_is_dead_and_one_it_keeps_at_zero_is_silent() -> None:
    """Correct code whose dropout parameter the file never fills: nothing torch would say,
    nothing said. Filled from data the file does not know: dead whatever it holds."""
    source = ("import torch.nn as nn\nclass Enc(nn.Module):\n"
              "    def __init__(self, n, h, rnn_drop=0.0):\n        super().__init__()\n"
              "        self.gru = nn.GRU(n, h, dropout=rnn_drop)\n")
    assert [f for f in check_source(source, "enc.py") if f.code == "LC006"] == []
    opened = source + "def build(opts):\n    return Enc(4, 8, rnn_drop=opts.rnn_drop)\n"
    (finding,) = [f for f in check_source(opened, "enc.py") if f.code == "LC006"]
    assert finding.location.line == 5 and "never applies" in finding.message


@pytest.mark.parametrize("written", ["num_layers=n", "2", "**extra"])
def test_a_layer_count_the_call_does_not_fix_is_not_judged(written: str) -> None:
    source = (f"import torch.nn as nn\ndef make(n, p, **extra):\n"
              f"    return nn.LSTM(4, 8, {written}, dropout=p)\n")
    assert [f for f in check_source(source, "make.py") if f.code == "LC006"] == []


def test_resets_are_read_only_under_a_test_that_something_is_one() -> None:
    source = ("if n_layers == 1:\n    drop = 0.0\nif i + 1 == n_layers:\n    last = 0\n"
              "if 1 == depth: p = 0\nif n < 2:\n    q = 0  # none\n    r = 0.5\n")
    assert one_layer_resets(source) == (("drop", "num_layers"), ("p", "num_layers"),
                                        ("q", "num_layers"))


def _lc006(paths: list[Path]) -> list:
    results = check_paths([str(p) for p in paths], Settings(), jobs=1)
    return [f for r in results for f in r.findings if f.code == "LC006"]


def test_project_run_sees_the_builder_and_is_silent(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(CASES / "project")
    assert _lc006([Path("model.py"), Path("train.py")]) == []


def test_file_alone_warns_about_the_defaults_only(monkeypatch) -> None:
    """Checked alone, the file shows only the class's defaults: the warning says it rests on
    the defaults, sits at the call's dropout (where a guard serves every builder), names both
    defaults, and offers no edit that would remove the dropout the two-layer builder elsewhere
    relies on."""
    monkeypatch.chdir(CASES / "project")
    (finding,) = _lc006([Path("model.py")])
    assert finding.severity == "warning" and finding.location.line == 8
    assert [r.location.line for r in finding.related] == [5, 5]
    assert "dropout if num_layers > 1 else 0" in finding.message
    assert "rests on the defaults alone" in finding.message
    assert finding.fix is not None and finding.fix.edits == ()


def test_project_builder_runs_without_the_warning() -> None:
    pytest.importorskip("torch")
    import sys
    sys.path.insert(0, str(CASES / "project"))
    try:
        assert not _probe_warns(CASES / "project" / "train.py")
    finally:
        sys.path.remove(str(CASES / "project"))
