"""States (LC009) that torch rejects for what the data does, not for what the code writes:
tests/states10/ holds small realistic files, `bug_*` failing in torch and `ok_*` running
(each `probe()` runs here and must do what its `# torch:` header says). The linter must report
LC009 on a span holding a bug's `# fix:` line, as an error unless the file's
`# severity: warning` says the finding rests on the data (a batch of one), and nothing at all
on a look-alike.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from lstmcheck.api import check_source

CASES = Path(__file__).parent / "states10"
BUGS = sorted(CASES.glob("bug_*.py"))
LOOKALIKES = sorted(CASES.glob("ok_*.py"))


def _header(path: Path) -> str:
    match = re.search(r"^# torch: (.*)$", path.read_text(), re.MULTILINE)
    assert match is not None, f"{path.name} has no '# torch:' line"
    return match.group(1).strip()


def _run_probe(path: Path) -> str:
    namespace: dict = {"__name__": "states10_case"}
    exec(compile(path.read_text(), str(path), "exec"), namespace)  # noqa: S102 - our own cases
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            namespace["probe"]()
        except Exception as exc:  # noqa: BLE001 - what torch raises is the observation
            return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return "runs"


@pytest.mark.parametrize("path", BUGS + LOOKALIKES, ids=lambda p: p.stem)
def test_torch_does_what_the_header_says(path: Path) -> None:
    pytest.importorskip("torch")
    assert _run_probe(path) == _header(path)


@pytest.mark.parametrize("path", BUGS, ids=lambda p: p.stem)
def test_bug_is_reported_at_the_fix_line(path: Path) -> None:
    text = path.read_text()
    findings = [f for f in check_source(text, str(path)) if f.code == "LC009"]
    expected = "warning" if "# severity: warning" in text else "error"
    fix = next(n for n, line in enumerate(text.splitlines(), 1) if "# fix:" in line)
    assert any(f.location.line <= fix <= f.location.end_line and f.severity == expected
               for f in findings), [(f.location.line, f.severity, f.message) for f in findings]


@pytest.mark.parametrize("path", LOOKALIKES, ids=lambda p: p.stem)
def test_lookalike_is_silent(path: Path) -> None:
    assert [(f.code, f.location.line, f.message) for f in check_source(path.read_text(), str(path))] == []


def test_squeeze_warning_names_its_assumption_and_the_dim_fix() -> None:
    """What the user reads: why the rank may drop, what it assumes, and the fix."""
    path = CASES / "bug_squeezed_chunk_last_batch_of_one.py"
    (finding,) = [f for f in check_source(path.read_text(), str(path)) if f.code == "LC009"]
    assert "batch of one" in finding.message and "this assumes" in finding.message
    assert ".squeeze(d)" in finding.message
    assert {r.location.line for r in finding.related} >= {19, 21}  # the states, the meeting
