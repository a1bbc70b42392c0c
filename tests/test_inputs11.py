"""Embeddings viewed with a unit batch or step (LC008): tests/inputs11/ holds small realistic
files in the idiom of PyTorch's tutorials, `emb(sentence).view(len(sentence), 1, -1)` and
`emb(word).view(1, 1, -1)`, where the indices' rank is not known to the walk.

The view's -1 is the embedding's width when the indices are one per position, which the walk
assumes: a finding on it is a warning that says so (flow/embedded_views.py), and a layer sized
for a whole multiple of the width is not judged, since each position may hold several indices
(lint/unit_views.py). `bug_*` files fail in torch, `ok_*` files run; torch is the oracle (each
`probe()` runs here and must do what its `# torch:` header says). The linter must report LC008
on a span holding a bug's `# fix:` line, an error unless the file's `# severity: warning` says
the linter cannot be sure, and nothing at all on a look-alike.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from lstmcheck.api import check_source

CASES = Path(__file__).parent / "inputs11"
BUGS = sorted(CASES.glob("bug_*.py"))
LOOKALIKES = sorted(CASES.glob("ok_*.py"))


def _header(path: Path) -> str:
    match = re.search(r"^# torch: (.*)$", path.read_text(), re.MULTILINE)
    assert match is not None, f"{path.name} has no '# torch:' line"
    return match.group(1).strip()


def _fix_lines(path: Path) -> set[int]:
    return {n for n, line in enumerate(path.read_text().splitlines(), 1) if "# fix:" in line}


def _run_probe(path: Path) -> str:
    namespace: dict = {"__name__": "inputs11_case"}
    exec(compile(path.read_text(), str(path), "exec"), namespace)  # noqa: S102 - our own cases
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            namespace["probe"]()
        except Exception as exc:  # noqa: BLE001 - what torch raises is the observation
            return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return "runs"


def test_there_are_cases_of_both_kinds() -> None:
    assert len(BUGS) >= 2 and len(LOOKALIKES) >= 4


@pytest.mark.parametrize("path", BUGS + LOOKALIKES, ids=lambda p: p.stem)
def test_torch_does_what_the_header_says(path: Path) -> None:
    pytest.importorskip("torch")
    assert _run_probe(path) == _header(path)


@pytest.mark.parametrize("path", BUGS, ids=lambda p: p.stem)
def test_bug_is_reported_at_the_fix_line(path: Path) -> None:
    findings = [f for f in check_source(path.read_text(), str(path)) if f.code == "LC008"]
    assert findings, f"no LC008 on {path.name}"
    fix = _fix_lines(path)
    expected = "warning" if "# severity: warning" in path.read_text() else "error"
    assert any(any(f.location.line <= line <= f.location.end_line for line in fix)
               and f.severity == expected for f in findings), \
        [(f.location.line, f.message) for f in findings]


@pytest.mark.parametrize("path", LOOKALIKES, ids=lambda p: p.stem)
def test_lookalike_is_silent(path: Path) -> None:
    assert [(f.code, f.location.line, f.message) for f in check_source(path.read_text(), str(path))] == []


def test_whole_multiples() -> None:
    from lstmcheck.lint.unit_views import whole_multiple
    from lstmcheck.sizes import Size

    e, chars = Size.named("char_dim"), Size.named("max_chars")
    assert whole_multiple(Size.number(20), Size.number(5))
    assert not whole_multiple(Size.number(5), Size.number(5))
    assert not whole_multiple(Size.number(8), Size.number(6))
    assert whole_multiple(chars * e, e) and whole_multiple(Size.number(4) * e, e)
    assert not whole_multiple(e + Size.number(1), e) and not whole_multiple(chars, e)


def test_known_indices_are_not_assumed() -> None:
    """Where the walk knows the indices (a literal 1-D tensor), the view is worked out and the
    finding is an error; the assumption is only for indices of unknown rank."""
    path = CASES / "bug_tagger_tutorial_sizes_swapped.py"
    source = path.read_text().replace(
        'LSTMTagger(6, 8, 9, 3)(prepare_sequence("the dog ate an apple".split(), word_to_ix))',
        "LSTMTagger(6, 8, 9, 3)(torch.tensor([0, 1, 2, 3, 4]))")
    (finding,) = [f for f in check_source(source, str(path)) if f.code == "LC008"]
    assert finding.severity == "error" and "assumes" not in finding.message


def test_the_warning_says_what_it_assumes() -> None:
    path = CASES / "bug_tagger_tutorial_sizes_swapped.py"
    (finding,) = [f for f in check_source(path.read_text(), str(path)) if f.code == "LC008"]
    assert "the indices the Embedding at line 15 reads are one per position of the view at " \
           "line 21" in finding.message
