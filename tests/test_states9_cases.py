"""States (LC009) that travel through code the walk must follow: tests/states9/ holds small
realistic files, each reaching a known loss point by its own route (a function, a method, a
state object, a conditional expression). `bug_*` files fail in torch, `ok_*` files run; torch
is the oracle (each `probe()` runs here and must do what its `# torch:` header says). The
linter must report LC009 on a span holding a bug's `# fix:` line (or a line marked `# reported:`, where
the one mistake shows itself first), as an error unless the file's `# severity: warning` says
the linter cannot be sure (a batch it does not know), and nothing at all on a look-alike.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from lstmcheck.api import check_source

CASES = Path(__file__).parent / "states9"
BUGS = sorted(CASES.glob("bug_*.py"))
LOOKALIKES = sorted(CASES.glob("ok_*.py"))


def _header(path: Path) -> str:
    match = re.search(r"^# torch: (.*)$", path.read_text(), re.MULTILINE)
    assert match is not None, f"{path.name} has no '# torch:' line"
    return match.group(1).strip()


def _marked_lines(path: Path) -> set[int]:
    return {n for n, line in enumerate(path.read_text().splitlines(), 1)
            if "# fix:" in line or "# reported:" in line}


def _run_probe(path: Path) -> str:
    namespace: dict = {"__name__": "states9_case"}
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
def test_bug_is_reported_where_marked(path: Path) -> None:
    findings = [f for f in check_source(path.read_text(), str(path)) if f.code == "LC009"]
    assert findings, f"no LC009 on {path.name}"
    expected = "warning" if "# severity: warning" in path.read_text() else "error"
    marked = _marked_lines(path)
    assert any(any(f.location.line <= line <= f.location.end_line for line in marked)
               and f.severity == expected for f in findings), \
        [(f.location.line, f.message) for f in findings]


@pytest.mark.parametrize("path", LOOKALIKES, ids=lambda p: p.stem)
def test_lookalike_is_silent(path: Path) -> None:
    assert [(f.code, f.location.line, f.message) for f in check_source(path.read_text(), str(path))] == []


def test_tuple_message_names_the_object_it_was_kept_on() -> None:
    """What the user reads: the tuple's origin, `state.hidden` kept on the state object."""
    path = CASES / "bug_state_kept_by_object_ifexp.py"
    (finding,) = [f for f in check_source(path.read_text(), str(path)) if f.code == "LC009"]
    assert "tuple of 1" in finding.message and "kept on DecoderState" in finding.message
