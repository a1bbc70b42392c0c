"""`out, hidden = self.lstm(x)` then `self.fc(hidden)`: with an LSTM, `hidden` is the pair
(h_n, c_n), not a tensor (GRU code moved to an LSTM keeps this line). LC011 at the use; torch
is the oracle for every case."""

from __future__ import annotations

import pytest

from lstmcheck.lint.engine import check_source
from tests.marked_cases import assert_linter_agrees, assert_torch_agrees

_MODEL = '''
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, vocab=50, embed=16, hidden=32, classes=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, embed)
        self.rnn = nn.{kind}(embed, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, tokens):
        out, hidden = self.rnn(self.embed(tokens))
        {use}


def probe():
    Classifier()(torch.randint(0, 50, (4, 9)))
'''

CASES = {
    "lstm_pair_into_the_head": _MODEL.format(
        kind="LSTM", use="return self.fc(hidden)  # expect: LC011 error"),
    "lstm_pair_into_the_head_squeezed_name": _MODEL.format(
        kind="LSTM", use="state = hidden\n        return self.fc(state)  # expect: LC011 error"),
    "lstm_pair_into_another_lstm": _MODEL.format(
        kind="LSTM", use="return nn.LSTM(32, 8)(hidden)  # expect: LC011 error"),
    "lstm_last_layer_state_taken_first": _MODEL.format(
        kind="LSTM", use="h_n, c_n = hidden\n        return self.fc(h_n[-1])"),
    "lstm_pair_indexed_for_h_n": _MODEL.format(
        kind="LSTM", use="return self.fc(hidden[0][-1])"),
    "gru_state_is_one_tensor": _MODEL.format(
        kind="GRU", use="return self.fc(hidden[-1])"),
    "lstm_pair_handed_on_as_states": _MODEL.format(
        kind="LSTM", use="out2, _ = nn.LSTM(32, 32, batch_first=True)(out, hidden)\n"
                         "        return self.fc(out2[:, -1])"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_torch_agrees_with_the_marks(name: str) -> None:
    pytest.importorskip("torch")
    assert_torch_agrees(CASES[name], "state_pair_case",
                        errors=(RuntimeError, ValueError, TypeError, AttributeError))


@pytest.mark.parametrize("name", sorted(CASES))
def test_linter_reports_the_marked_rule_at_its_line(name: str) -> None:
    assert_linter_agrees(name, CASES[name])


def test_the_message_names_the_pair_and_the_fix_takes_h_n() -> None:
    finding = next(f for f in check_source(CASES["lstm_pair_into_the_head"].encode(), "m.py").findings
                   if f.code == "LC011")
    assert "`hidden` is the state pair (h_n, c_n)" in finding.message
    assert "must be Tensor, not tuple" in finding.message
    assert "h_n[-1]" in finding.fix.description
