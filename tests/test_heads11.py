"""Consumers of a recurrent result whose width the walk now keeps through an elementwise op
(LC007), and nested classes walked in their configuration:

- `out * mask`, `out + residual`, `out * self.scale` where the other operand, or a rank, is
  not known: broadcasting alone decides the last dim. A number other than 1 (`2*32`
  features) stays, whatever the other holds, if torch accepts the op; a 1 takes the other's,
  and a named size may be 1, so those stay unknown (flow/residual.py).
- A class built inside a class walked per configuration (`FeedForward(2 * h if bidirectional
  else h)`) is bound again in each configuration, so its forward gets the sizes that
  configuration passes (flow/site_configs.py).

torch decides: the linter reports the marked rule at the marked line exactly when torch
raises from inside torch in `probe()`, and the `ok_` programs get no finding at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source
from tests.marked_cases import expected_mark, probe_fails

HERE = Path(__file__).parent / "heads11"
FILES = sorted(p.name for p in HERE.glob("*.py"))


_TORCH_FAILURES = (RuntimeError, ValueError, TypeError, IndexError, AssertionError)


def _findings(name: str):
    source = (HERE / name).read_text()
    return source, [f for f in check_source(source.encode(), name).findings
                    if f.severity in ("error", "warning")]


def test_there_are_two_bugs_and_two_look_alikes() -> None:
    assert len([n for n in FILES if not n.startswith("ok_")]) >= 2
    assert len([n for n in FILES if n.startswith("ok_")]) >= 2


@pytest.mark.parametrize("name", FILES)
def test_torch_agrees_with_the_marks(name: str) -> None:
    pytest.importorskip("torch")
    source = (HERE / name).read_text()
    assert probe_fails(source, "heads11_case", errors=_TORCH_FAILURES, dropout_warning=False) \
        is (expected_mark(source) is not None)


@pytest.mark.parametrize("name", FILES)
def test_linter_reports_the_marked_rule_at_its_line(name: str) -> None:
    source, findings = _findings(name)
    expected = expected_mark(source)
    if expected is None:
        assert findings == [], [(f.code, f.location.line, f.message) for f in findings]
        return
    rule, line, severity = expected.code, expected.line, expected.severity
    at = [f for f in findings if f.code == rule and f.location.line <= line <= f.location.end_line]
    assert at, [(f.code, f.location.line, f.message) for f in findings]
    assert at[0].severity == (severity or "error"), at[0].message
    assert all(f.location.line == at[0].location.line for f in findings), \
        [(f.code, f.location.line, f.message) for f in findings]


def test_a_named_width_against_an_unknown_stays_unknown() -> None:
    """`hidden_dim` is a parameter no site passes a number for. A named size may be 1 when it
    runs (the walk's rule for broadcasting), and a 1 takes the other operand's width, so a
    named width is not kept through a mask the walk does not know: silent."""
    source = (HERE / "masked_bilstm_tagger_head_for_one_direction.py").read_text()
    source = source.replace("def __init__(self, vocab=50, emb_dim=16, hidden_dim=32, tags=5):",
                            "def __init__(self, hidden_dim, vocab=50, emb_dim=16, tags=5):")
    source = source[:source.index("def probe")]
    assert [f for f in check_source(source.encode(), "t.py").findings if f.code == "LC007"] == []


def test_the_nested_block_is_judged_in_each_configuration() -> None:
    """The block sized for one direction in both configurations: wrong only when bidirectional,
    which the file builds (its default), so an error there and nothing for the other."""
    source = (HERE / "ok_nested_block_sized_per_direction_flag.py").read_text()
    source = source.replace("FeedForward(2 * hidden_size if bidirectional else hidden_size, width)",
                            "FeedForward(hidden_size, width)")
    found = [f for f in check_source(source.encode(), "t.py").findings if f.code == "LC007"]
    assert found and all("bidirectional=False" not in f.message for f in found), \
        [(f.location.line, f.message) for f in found]
