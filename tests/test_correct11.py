"""Round 11's wild corpus: correct research and student code that looks like the linter's bugs,
and bugs made from it by one plausible edit.

tests/correct11/ holds small correct programs rebuilt from public repositories of /tmp/wild (each
names its repository and commit): states with literal row counts, heads sized for every layer
and direction, layers in ModuleLists and Sequentials, getattr(nn, rnn_type), packed input,
one-step decoders, shrinking batches. tests/buggy11/ holds one edit to ten of them, each marking
its line to fix with `# expect: LCxxx`. torch is the oracle: a correct file's probe() runs
without an exception or a warning, a buggy file's fails inside torch. The linter never raises an
error on a correct file (any warning is listed below as a strict expected failure) and reports
the marked rule at the marked line of a buggy one (what it misses is listed the same way).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source
from tests.marked_cases import (
    assert_linter_agrees,
    expected_mark,
    probe_fails,
    probe_outcome,
    with_known_gap,
)

HERE = Path(__file__).parent
CORRECT = sorted((HERE / "correct11").glob("ok_*.py"))
BUGGY = sorted((HERE / "buggy11").glob("bug_*.py"))

TORCH_FAILURES = (RuntimeError, ValueError, TypeError, AttributeError, IndexError)
# Correct files on which the linter warns. None today; an entry is a precision debt.
WARNED: dict[str, str] = {}

# Buggy files the linter does not report at the marked line yet.
NOT_REPORTED_AT_MARK = {
    "bug_darnn_encoder_state_batch_from_time_axis": "X.data.new(1, X.size(1), h) of an unknown X",
    "bug_drqa_next_layer_input_one_direction": "layers appended in a loop, applied as rnns[i]",
    "bug_esim_projection_drops_directions": "the encoder's output is lost through the module's "
                                            "inlined forward (input None)",
    "bug_hred_context_input_forgets_directions": "h_n.transpose(1, 0).view(n, -1) into a "
                                                 "second module's RNN",
    "bug_mos_state_width_same_for_all_layers": "per-layer states in a list comprehension",
    "bug_show_attend_tell_cell_without_context": "a cat of an embedding slice and an attention "
                                                 "sum into a cell in a loop",
}






def test_the_corpora_are_as_the_brief_asks() -> None:
    assert 20 <= len(CORRECT) <= 30 and len(BUGGY) == 10
    assert all(expected_mark(p.read_text()) is None for p in CORRECT)
    assert all(expected_mark(p.read_text()) is not None for p in BUGGY)
    assert all("@" in p.read_text().split('"""')[1] for p in CORRECT)  # repository@commit
    assert set(WARNED) <= {p.stem for p in CORRECT}
    assert set(NOT_REPORTED_AT_MARK) <= {p.stem for p in BUGGY}


@pytest.mark.parametrize("path", CORRECT, ids=lambda p: p.stem)
def test_torch_runs_the_correct_file_cleanly(path: Path) -> None:
    pytest.importorskip("torch")
    assert probe_outcome(path.read_text(), f"correct11_{path.stem}") == ("runs", [])


@pytest.mark.parametrize("path", BUGGY, ids=lambda p: p.stem)
def test_torch_fails_on_the_buggy_file(path: Path) -> None:
    pytest.importorskip("torch")
    assert probe_fails(path.read_text(), f"buggy11_{path.stem}", errors=TORCH_FAILURES)


@pytest.mark.parametrize("path", CORRECT, ids=lambda p: p.stem)
def test_no_error_on_correct_code(path: Path) -> None:
    errors = [(f.code, f.location.line, f.message)
              for f in check_source(path.read_bytes(), path.name).findings if f.severity == "error"]
    assert errors == []


@pytest.mark.parametrize("path", [with_known_gap(p, WARNED) for p in CORRECT])
def test_nothing_at_all_on_correct_code(path: Path) -> None:
    assert_linter_agrees(path.stem, path.read_text())


@pytest.mark.parametrize("path", [with_known_gap(p, NOT_REPORTED_AT_MARK) for p in BUGGY])
def test_bug_is_reported_at_its_mark(path: Path) -> None:
    assert_linter_agrees(path.stem, path.read_text())


def _notebook(*cells: list[str]) -> bytes:
    return json.dumps({"cells": [{"cell_type": "code", "source": c, "metadata": {},
                                  "outputs": [], "execution_count": None} for c in cells],
                       "metadata": {"language_info": {"name": "python"}},
                       "nbformat": 4, "nbformat_minor": 2}).encode()


def test_a_cell_indented_throughout_runs_in_jupyter_and_is_checked() -> None:
    """IPython dedents a cell whose first line is indented (its `leading_indent` clean-up), as
    in L1aoXingyu/code-of-learn-deep-learning-with-pytorch chapter5_RNN/nlp/n-gram.ipynb: no
    LC000, and a finding in it is placed at the source's own column."""
    source = _notebook([" trigram = [(i, i + 1) for i in range(3)]\n"],
                       ["import torch.nn as nn\n"],
                       ["  lstm = nn.LSTM(10, 20, num_layers=1, dropout=0.5)\n",
                        "  gru = nn.GRU(10, 20)\n"])
    findings = check_source(source, "book.ipynb").findings
    assert [(f.code, f.cell, f.location.line, f.location.column) for f in findings] == [
        ("LC006", 3, 1, 40)]


def test_a_cell_indented_unevenly_is_still_a_syntax_error() -> None:
    source = _notebook(["  x = 1\n", "y = 2\n", "   z = 3\n"],
                       ["import torch.nn as nn\n", "lstm = nn.LSTM(10, 20)\n"])
    assert [(f.code, f.cell) for f in check_source(source, "book.ipynb").findings] == [("LC000", 1)]


def test_a_parameter_cast_before_the_layer_is_still_the_layer_input() -> None:
    """`self.LSTM_stack(x.float())` with x a parameter and sizes from an imported config (the
    GE2E embedder of HarryVolek/PyTorch_Speaker_Verification as written): the output's width
    is the layer's, so a head sized for one direction is reported."""
    source = b'''import torch.nn as nn
from hparam import hparam as hp


class SpeechEmbedder(nn.Module):
    def __init__(self):
        super(SpeechEmbedder, self).__init__()
        self.LSTM_stack = nn.LSTM(hp.data.nmels, hp.model.hidden, num_layers=hp.model.num_layer,
                                  batch_first=True, bidirectional=True)
        self.projection = nn.Linear(hp.model.hidden, hp.model.proj)

    def forward(self, x):
        x, _ = self.LSTM_stack(x.float())
        x = x[:,x.size(1)-1]
        x = self.projection(x.float())
        return x
'''
    findings = check_source(source, "speech_embedder_net.py").findings
    assert [(f.code, f.severity, f.location.line) for f in findings] == [("LC007", "error", 10)]
