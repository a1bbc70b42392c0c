"""Findings at the line the user changes (docs/findings.md, "The policy"): tests/fixsite11/
holds small realistic programs, each `bug_*` marked `# expect: LCNNN` at its fix line and each
`ok_*` a correct look-alike. torch runs every probe() and must fail exactly on the marked ones;
the linter must report the marked rule on the marked line, and nothing on a look-alike. The
other side of each mistake stays in view as a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source
from tests.marked_cases import assert_linter_agrees, assert_torch_agrees, expected_mark

CASES = {p.stem: p.read_text() for p in sorted((Path(__file__).parent / "fixsite11").glob("*.py"))}


@pytest.mark.parametrize("name", sorted(CASES))
def test_torch_agrees_with_the_marks(name: str) -> None:
    pytest.importorskip("torch")
    assert_torch_agrees(CASES[name], "fixsite11_case", errors=(ValueError, RuntimeError, TypeError),
                        dropout_warning=False)


@pytest.mark.parametrize("name", sorted(CASES))
def test_linter_reports_the_marked_rule_at_its_line(name: str) -> None:
    assert_linter_agrees(name, CASES[name], only_errors=True)


def _finding(name: str, code: str):
    (finding,) = [f for f in check_source(CASES[name].encode(), f"{name}.py").findings
                  if f.code == code]
    return finding


def _note_lines(finding) -> set[int]:
    return {r.location.line for r in finding.related}


def test_states_to_merge_keep_where_they_are_handed_over_and_the_flag_as_notes() -> None:
    finding = _finding("bug_bidirectional_encoder_state_to_decoder", "LC009")
    assert {15, 21} <= _note_lines(finding)  # nn.LSTM(..., bidirectional=True); the decoder call


def test_reverse_states_go_where_they_are_handed_over_the_maker_a_note() -> None:
    finding = _finding("bug_one_way_encoder_state_to_bidirectional_decoder", "LC009")
    assert 17 in _note_lines(finding)  # `_, (hidden, cell) = self.encoder(past)`
    assert "where it is handed over" in finding.message


def test_a_bridge_linear_keeps_where_it_is_applied_and_the_state_as_notes() -> None:
    finding = _finding("bug_bridge_linear_sized_for_encoder", "LC009")
    assert {21, 22} <= _note_lines(finding)
    assert "out_features=12" in finding.fix.description


def test_a_rejected_default_keeps_the_use_and_the_site_as_notes() -> None:
    finding = _finding("bug_dropout_default_false", "LC005")
    assert {13, 22} <= _note_lines(finding)  # nn.GRU(..., dropout=rnn_dropout), Recognizer(...)
    assert not any("through **" in r.message for r in finding.related)


def test_two_depths_one_call_sets_keep_both_layers_arguments_as_notes() -> None:
    finding = _finding("bug_encoder_decoder_layers_separate", "LC009")
    assert {13, 14} <= _note_lines(finding)
    assert finding.location.line == expected_mark(CASES["bug_encoder_decoder_layers_separate"]).line
