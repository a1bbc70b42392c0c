"""Consumers sized for another width than they are given (LC007), two general facts:

- An `nn.Sequential` hands each module's output to the next, so a module sized for another
  width than the module before it gives fails at every call, whatever the Sequential is fed
  (`Sequential(LayerNorm(2 * H), Linear(H, C))`: a head half-updated for a bidirectional
  layer). Reported at the later module's size (flow/chained.py, rules/chained_widths.py).
- A recurrent layer's final state has D*num_layers rows per sample; a view or reshape that asks
  for one row of it per sample (`h_n.view(B, H)`) cannot hold it when there are more, and torch
  raises at the view, before the head. An error when the rows are known, a warning naming the
  assumption when they are a size the class takes (flow/reshaping.one_row_only,
  rules/one_row_views.py).
- A width summed term by term where the model is built (`size = hidden`, `size *= 2` under one
  flag, `size += pos_dim` under another) is, in one configuration, the sum of the terms whose
  branches are taken: the consumer sized with it is judged like any other (lint/accumulated.py).

The programs in tests/heads10/ are written the way such code is written; torch decides: the
linter reports the marked rule at the marked line (with the marked severity) exactly when
torch raises from inside torch in `probe()`, and the `ok_` programs get no finding at all.
"""

from __future__ import annotations

import re
import sys
import traceback
import types
from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source

HERE = Path(__file__).parent / "heads10"
FILES = sorted(p.name for p in HERE.glob("*.py"))


def _expected(source: str) -> tuple[str, int, str | None] | None:
    for number, line in enumerate(source.splitlines(), 1):
        found = re.search(r"# expect: (LC\d{3})(?: (warning|error))?", line)
        if found:
            return found.group(1), number, found.group(2)
    return None


def _torch_fails(source: str) -> bool:
    """Run the program's probe(): True when torch raises from inside torch; the program
    itself must run up to there."""
    module = types.ModuleType("heads10_case")
    sys.modules["heads10_case"] = module
    try:
        exec(compile(source, "<case>", "exec"), module.__dict__)
        try:
            module.probe()
        except (RuntimeError, ValueError, TypeError, IndexError, AssertionError) as error:
            return any("torch" in frame.filename for frame in traceback.extract_tb(error.__traceback__))
        return False
    finally:
        del sys.modules["heads10_case"]


def _findings(name: str):
    source = (HERE / name).read_text()
    return source, [f for f in check_source(source.encode(), name).findings
                    if f.severity in ("error", "warning")]


def test_each_fact_has_two_bugs_and_two_look_alikes() -> None:
    for prefix in ("chain_", "view_", "sum_"):
        assert len([n for n in FILES if n.startswith(prefix)]) >= 2
        assert len([n for n in FILES if n.startswith("ok_" + prefix)]) >= 2


@pytest.mark.parametrize("name", FILES)
def test_torch_agrees_with_the_marks(name: str) -> None:
    pytest.importorskip("torch")
    source = (HERE / name).read_text()
    assert _torch_fails(source) is (_expected(source) is not None)


@pytest.mark.parametrize("name", FILES)
def test_linter_reports_the_marked_rule_at_its_line(name: str) -> None:
    source, findings = _findings(name)
    expected = _expected(source)
    if expected is None:
        assert findings == [], [(f.code, f.location.line, f.message) for f in findings]
        return
    rule, line, severity = expected
    at = [f for f in findings if f.code == rule and f.location.line <= line <= f.location.end_line]
    assert at, [(f.code, f.location.line, f.message) for f in findings]
    assert at[0].severity == (severity or "error"), at[0].message
    assert all(f.location.line == at[0].location.line for f in findings), \
        [(f.code, f.location.line, f.message) for f in findings]


def test_a_chain_break_names_both_modules_and_the_width() -> None:
    _, findings = _findings("chain_tagger_norm_sized_both_linear_one.py")
    found = findings[0]
    assert "sized for 16 features" in found.message and "nn.LayerNorm at line 14, gives 32" \
        in found.message, found.message
    assert [r.location.line for r in found.related] == [14, 20]


def test_a_chain_that_is_never_applied_is_not_judged() -> None:
    """The break is found where the Sequential is built, judged where it runs: a head that no
    code of the file calls says nothing."""
    source = (HERE / "chain_tagger_norm_sized_both_linear_one.py").read_text()
    source = source.replace("return self.head(states)", "return states")
    assert [f for f in check_source(source.encode(), "t.py").findings if f.code == "LC007"] == []


def test_a_known_layer_count_makes_the_view_an_error_with_its_numbers() -> None:
    _, findings = _findings("view_two_layer_gru_state_as_one_row_per_sample.py")
    found = findings[0]
    assert found.severity == "error"
    assert ".view(5, 24)" in found.message and "asks for 120 elements where there are 240" \
        in found.message, found.message
    assert "h_n[-1]" in found.message
    assert {r.location.line for r in found.related} == {15, 22}


def test_a_layer_count_the_class_takes_is_a_warning_that_says_so() -> None:
    _, findings = _findings("view_layers_from_a_json_config_read_as_one_row.py")
    found = findings[0]
    assert found.severity == "warning"
    assert "holds only while num_layers is 1" in found.message, found.message
    assert "this assumes num_layers is more than 1 where the model is built" in found.message


def test_a_single_layer_site_keeps_the_view_silent() -> None:
    """The same forecaster built with one layer by the file's only site: the view holds."""
    source = (HERE / "view_layers_option_read_as_one_row.py").read_text().replace(
        "build(2)", "build(1)")
    assert [f for f in check_source(source.encode(), "t.py").findings
            if f.severity in ("error", "warning")] == []


def test_a_sum_in_a_loop_is_not_followed() -> None:
    """`d_model += part` in a loop may run any number of times: unknown, and silent."""
    source = (HERE / "ok_sum_widths_added_in_a_loop.py").read_text().replace(
        "for part in [hidden, hidden if bidirectional else 0]:", "for part in [hidden, hidden, 4]:")
    assert [f for f in check_source(source.encode(), "t.py").findings if f.code == "LC007"] == []
