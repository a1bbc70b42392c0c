"""One report per mistake: a method walked once with the batch a call gives and once on its own
says the same LC011 with `(4, 8, 64)` and `(4, ?, 64)`; only the better-known one is kept
(new-user trial: `--statistics` counted 2 LC011 for one line)."""

from __future__ import annotations

from dataclasses import replace

import pytest
import torch

from lstmcheck.lint.engine import check_source
from lstmcheck.lint.unique import unique
from lstmcheck.records import Finding, Location

SOURCE = """
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, vocab=1000, emb=50, hidden=64, layers=2):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, layers, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 4)

    def forward(self, x):
        out, (h, c) = self.gru(self.emb(x))
        return self.head(h[-1])


net = Net()
y = net(torch.randint(0, 1000, (8, 12)))
"""


def test_one_mistake_met_by_two_walks_is_reported_once():
    with pytest.raises(ValueError, match="too many values to unpack"):
        exec(compile(SOURCE, "<net>", "exec"), {"torch": torch})
    (finding,) = [f for f in check_source(SOURCE.encode(), "m.py").findings if f.code == "LC011"]
    assert "(4, 8, 64)" in finding.message


def _finding(message: str, line: int = 3) -> Finding:
    return Finding(code="LC009", name="initial-state-mismatch", severity="error", path="m.py",
                   location=Location(line, 1, line, 9), message=message)


def test_only_shapes_that_differ_in_what_they_leave_unknown_are_one():
    known, unknown = _finding("h_0 is (2, 8, 64) but needs (4, 8, 64)"), \
        _finding("h_0 is (2, ?, 64) but needs (4, ?, 64)")
    assert unique([unknown, known]) == [known]
    assert unique([known, unknown]) == [known]
    other_state = _finding("c_0 is (2, 8, 64) but needs (4, 8, 64)")
    elsewhere = _finding("h_0 is (2, ?, 64) but needs (4, ?, 64)", line=9)
    warning = replace(unknown, severity="warning")
    assumed = _finding("h_0 is wrong (this assumes hidden=64, layers=2)")
    assumed_other = _finding("h_0 is wrong (this assumes hidden=32, layers=1)")
    assert unique([known, other_state, elsewhere, warning]) == [known, other_state, elsewhere, warning]
    assert unique([assumed, assumed_other]) == [assumed, assumed_other]


def test_a_warning_that_only_adds_an_assumption_to_an_error_at_its_place_is_one_with_it():
    """The seq2seq tutorial's decoder, `embedding(input).view(1, 1, -1)`, walked with a token
    a call gives (an error) and on its own under the one-index-per-position assumption (a
    warning saying the same and what it assumes): one mistake, the error is kept."""
    error = _finding("nn.GRU expects input_size=9 features but .view(...) gives 8")
    warning = replace(_finding(error.message + " (this assumes the indices are one per "
                               "position (then its -1 is the embedding's 8 features))"),
                      severity="warning")
    assert unique([warning, error]) == [error]
    assert unique([error, warning]) == [error]
    elsewhere = replace(warning, location=Location(9, 1, 9, 9))
    other = replace(warning, message="nn.GRU expects 7 (this assumes x)")
    assert unique([error, elsewhere, other]) == [error, elsewhere, other]
