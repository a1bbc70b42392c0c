"""Initial states whose batch is a number fixed before the data is seen (LC009,
flow/fixed_batches.py). tests/batch10/ holds small realistic files: each `bug_*` reaches the
loss by its own route (states kept from the constructor, a maker given no batch, a module
constant, a learned one-row state; a DataLoader, a hand-written batching loop, a config read at
run time, a batch the file's arguments set) and fails in torch; each `ok_*` is a look-alike that
runs. torch is the oracle: every `probe()` must do what the file's `# torch:` header says. The
linter must report LC009 on the `# fix:` line (where the state comes into the function that
applies the layer), a warning when the file's `# severity: warning` says it rests on the data,
and nothing at all on a look-alike.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from lstmcheck.api import check_source

CASES = Path(__file__).parent / "batch10"
BUGS = sorted(CASES.glob("bug_*.py"))
LOOKALIKES = sorted(CASES.glob("ok_*.py"))
REALBUGS = Path(__file__).parent / "realbugs"


def _header(path: Path) -> str:
    match = re.search(r"^# torch: (.*)$", path.read_text(), re.MULTILINE)
    assert match is not None, f"{path.name} has no '# torch:' line"
    return match.group(1).strip()


def _fix_lines(path: Path) -> set[int]:
    return {n for n, line in enumerate(path.read_text().splitlines(), 1)
            if "# fix:" in line and not line.lstrip().startswith("#")}


def _run_probe(path: Path) -> str:
    namespace: dict = {"__name__": "batch10_case"}
    exec(compile(path.read_text(), str(path), "exec"), namespace)  # noqa: S102 - our own cases
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            namespace["probe"]()
        except Exception as exc:  # noqa: BLE001 - what torch raises is the observation
            return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return "runs"


def test_the_cases_are_there() -> None:
    assert len(BUGS) >= 4 and len(LOOKALIKES) >= 4


@pytest.mark.parametrize("path", BUGS + LOOKALIKES, ids=lambda p: p.stem)
def test_torch_does_what_the_header_says(path: Path) -> None:
    pytest.importorskip("torch")
    assert _run_probe(path) == _header(path)


@pytest.mark.parametrize("path", BUGS, ids=lambda p: p.stem)
def test_bug_is_reported_at_its_fix_line(path: Path) -> None:
    findings = [f for f in check_source(path.read_text(), str(path)) if f.code == "LC009"]
    expected = "warning" if "# severity: warning" in path.read_text() else "error"
    assert any(any(f.location.line <= line <= f.location.end_line for line in _fix_lines(path))
               and f.severity == expected for f in findings), \
        [(f.severity, f.location.line, f.message) for f in findings]


@pytest.mark.parametrize("path", LOOKALIKES, ids=lambda p: p.stem)
def test_lookalike_is_silent(path: Path) -> None:
    assert [(f.code, f.location.line, f.message) for f in check_source(path.read_text(), str(path))] == []


def test_warning_names_the_number_and_what_shows_other_batches() -> None:
    """What the user reads: the fixed number, where the data is cut, and the fix."""
    path = CASES / "bug_constant_state_config_loader.py"
    (finding,) = [f for f in check_source(path.read_text(), str(path)) if f.code == "LC009"]
    assert "made for batches of 16 rows, a number fixed before the data is seen" in finding.message
    assert "the data is cut into batches at line 37" in finding.message
    assert "size the state from the input (x.size(0))" in finding.message
    assert "the call here that makes the state is given no batch" in finding.message
    notes = {note.location.line for note in finding.related}
    assert {26, 37, 30} <= notes  # the zeros, the DataLoader, the layer call


def test_no_evidence_of_another_batch_is_silence() -> None:
    """A state of a fixed batch fed by a caller the file never shows: nothing says the data's
    batches differ, so nothing is said (the same model as a bug case, its loader removed)."""
    path = CASES / "bug_constant_state_config_loader.py"
    source = path.read_text()
    source = source[:source.index("def evaluate(")]
    assert not [f for f in check_source(source, "classifier.py") if f.code == "LC009"]


@pytest.mark.parametrize("name", [
    "bug_171_wabyking_lstm_classifier_state_from_option_batch_size.py",
    "bug_187_1001nights_charnn_common_initial_state_batch_of_one.py",
])
def test_real_bugs_of_the_family_are_warned_at_their_fix_line(name: str) -> None:
    path = REALBUGS / name
    findings = [f for f in check_source(path.read_text(), str(path)) if f.code == "LC009"]
    assert any(f.severity == "warning" and any(f.location.line <= line <= f.location.end_line
                                               for line in _fix_lines(path)) for f in findings), \
        [(f.severity, f.location.line, f.message) for f in findings]


def test_a_state_sized_from_the_input_is_not_fixed_whatever_batches_the_calls_give() -> None:
    """ok_117 (crnn-pytorch's fixed model): `init_hidden(x.size(0))` inlined for a probe's
    batches of 3 and of 1 gives the state 3 rows in one walk and 1 in the other; that follows
    the input, and is no evidence of a batch fixed in advance."""
    path = REALBUGS / "ok_117_crnn_seq_first_bigru_state_batch_from_image_batch.py"
    assert [f.message for f in check_source(path.read_text(), str(path)) if f.code == "LC009"] == []
