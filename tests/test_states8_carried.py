"""A state carried from one call to the next (lint/flow/carried.py, rules/carried_states.py):
`forward` reads back the final state the previous call stored on `self` (`out, self.state =
self.gru(x, self.state)`), made for that call's batch, while the file's DataLoader keeps a shorter
last batch. LC009 warns at the read, naming the assumption (the data's rows are not a multiple of
the batch size); silent with drop_last=True, when forward re-makes the state for a batch of
another size before the read, or when another method resets it.

torch is the oracle: each case's probe() runs here and fails as its `torch` entry says (bugs) or
runs (look-alikes).
"""

from __future__ import annotations

import warnings

import pytest

from lstmcheck.api import check_source

BUG_LANGUAGE_MODEL_STATE_ACROSS_BATCHES = r'''import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE = 4
VOCAB = 30


class WordLM(nn.Module):
    def __init__(self, vocab=VOCAB, emb=16, hidden=32):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.decoder = nn.Linear(hidden, vocab)
        self.state = None

    def forward(self, tokens):
        out, self.state = self.gru(self.embed(tokens), self.state)  # fix: start from None when self.state.size(1) != tokens.size(0)
        self.state = self.state.detach()
        return self.decoder(out)


def probe():
    data = TensorDataset(torch.randint(0, VOCAB, (10, 9)), torch.randint(0, VOCAB, (10, 9)))
    model = WordLM()
    criterion = nn.CrossEntropyLoss()
    for tokens, targets in DataLoader(data, batch_size=BATCH_SIZE, shuffle=True):
        logits = model(tokens)
        criterion(logits.reshape(-1, VOCAB), targets.reshape(-1)).backward()
'''

BUG_STATEFUL_FORECASTER_REUSES_LAST_STATE = r'''import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class StatefulForecaster(nn.Module):
    """Carries the LSTM's state from one window to the next, as the series continues."""

    def __init__(self, n_series, hidden=16, layers=2):
        super().__init__()
        self.hidden_size = hidden
        self.layers = layers
        self.lstm = nn.LSTM(n_series, hidden, layers, batch_first=True)
        self.out = nn.Linear(hidden, n_series)
        self.hidden = None

    def forward(self, x):
        if self.hidden is None:
            state = (torch.zeros(self.layers, x.size(0), self.hidden_size),
                     torch.zeros(self.layers, x.size(0), self.hidden_size))
        else:
            state = self.hidden  # fix: reuse it only when self.hidden[0].size(1) == x.size(0)
        y, self.hidden = self.lstm(x, state)
        self.hidden = tuple(h.detach() for h in self.hidden)
        return self.out(y[:, -1])


def probe():
    windows = TensorDataset(torch.randn(20, 12, 3), torch.randn(20, 3))
    loader = DataLoader(windows, batch_size=8)
    model = StatefulForecaster(3)
    criterion = nn.MSELoss()
    for x, y in loader:
        criterion(model(x), y).backward()
'''

OK_LANGUAGE_MODEL_RESET_EACH_BATCH = r'''import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

VOCAB = 30


class WordLM(nn.Module):
    def __init__(self, vocab=VOCAB, emb=16, hidden=32):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.decoder = nn.Linear(hidden, vocab)
        self.state = None

    def reset_state(self):
        self.state = None

    def forward(self, tokens):
        out, self.state = self.gru(self.embed(tokens), self.state)
        return self.decoder(out)


def probe():
    data = TensorDataset(torch.randint(0, VOCAB, (10, 9)), torch.randint(0, VOCAB, (10, 9)))
    model = WordLM()
    criterion = nn.CrossEntropyLoss()
    for tokens, targets in DataLoader(data, batch_size=4, shuffle=True):
        model.reset_state()
        logits = model(tokens)
        criterion(logits.reshape(-1, VOCAB), targets.reshape(-1)).backward()
'''

OK_LANGUAGE_MODEL_STATE_DROP_LAST = r'''import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE = 4
VOCAB = 30


class WordLM(nn.Module):
    def __init__(self, vocab=VOCAB, emb=16, hidden=32):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.decoder = nn.Linear(hidden, vocab)
        self.state = None

    def forward(self, tokens):
        out, self.state = self.gru(self.embed(tokens), self.state)
        self.state = self.state.detach()
        return self.decoder(out)


def probe():
    data = TensorDataset(torch.randint(0, VOCAB, (10, 9)), torch.randint(0, VOCAB, (10, 9)))
    model = WordLM()
    criterion = nn.CrossEntropyLoss()
    for tokens, targets in DataLoader(data, batch_size=BATCH_SIZE, shuffle=True, drop_last=True):
        logits = model(tokens)
        criterion(logits.reshape(-1, VOCAB), targets.reshape(-1)).backward()
'''

OK_STATEFUL_FORECASTER_CHECKS_BATCH = r'''import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class StatefulForecaster(nn.Module):
    """Carries the state between windows while the batch keeps its size."""

    def __init__(self, n_series, hidden=16, layers=2):
        super().__init__()
        self.hidden_size = hidden
        self.layers = layers
        self.lstm = nn.LSTM(n_series, hidden, layers, batch_first=True)
        self.out = nn.Linear(hidden, n_series)
        self.hidden = None

    def forward(self, x):
        if self.hidden is None or self.hidden[0].size(1) != x.size(0):
            self.hidden = (torch.zeros(self.layers, x.size(0), self.hidden_size),
                           torch.zeros(self.layers, x.size(0), self.hidden_size))
        y, self.hidden = self.lstm(x, self.hidden)
        self.hidden = tuple(h.detach() for h in self.hidden)
        return self.out(y[:, -1])


def probe():
    windows = TensorDataset(torch.randn(20, 12, 3), torch.randn(20, 3))
    model = StatefulForecaster(3)
    criterion = nn.MSELoss()
    for x, y in DataLoader(windows, batch_size=8):
        criterion(model(x), y).backward()
'''

BUGS = {
    "bug_stateful_forecaster_reuses_last_state": (BUG_STATEFUL_FORECASTER_REUSES_LAST_STATE, "RuntimeError: Expected hidden[0] size (2, 4, 16), got [2, 8, 16]"),
    "bug_language_model_state_across_batches": (BUG_LANGUAGE_MODEL_STATE_ACROSS_BATCHES, "RuntimeError: Expected hidden size (1, 2, 32), got [1, 4, 32]"),
}
LOOKALIKES = {
    "ok_language_model_reset_each_batch": OK_LANGUAGE_MODEL_RESET_EACH_BATCH,
    "ok_language_model_state_drop_last": OK_LANGUAGE_MODEL_STATE_DROP_LAST,
    "ok_stateful_forecaster_checks_batch": OK_STATEFUL_FORECASTER_CHECKS_BATCH,
}


def _torch_says(text: str) -> str:
    """What torch does with the case's probe(): 'runs' or 'Type: first line'."""
    namespace: dict = {"__name__": "states8_case"}
    exec(compile(text, "<case>", "exec"), namespace)  # noqa: S102 - our own cases
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            namespace["probe"]()
        except Exception as exc:  # noqa: BLE001 - what torch raises is the observation
            return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return "runs"


def _fix_line(text: str) -> int:
    lines = [n for n, line in enumerate(text.splitlines(), 1) if "# fix:" in line]
    assert len(lines) == 1
    return lines[0]


@pytest.mark.parametrize("name", sorted(BUGS))
def test_torch_fails_each_bug(name: str) -> None:
    text, expected = BUGS[name]
    assert _torch_says(text) == expected


@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_torch_runs_each_lookalike(name: str) -> None:
    assert _torch_says(LOOKALIKES[name]) == "runs"


@pytest.mark.parametrize("name", sorted(BUGS))
def test_carried_state_is_a_warning_at_the_read(name: str) -> None:
    text, _ = BUGS[name]
    findings = [f for f in check_source(text, f"{name}.py") if f.code == "LC009"]
    assert [(f.location.line, f.severity) for f in findings] == [(_fix_line(text), "warning")]
    (finding,) = findings
    assert "returned on the previous call" in finding.message
    assert "not a multiple of the batch size" in finding.message
    assert len(finding.related) == 2


@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_lookalike_carried_states_are_silent(name: str) -> None:
    assert check_source(LOOKALIKES[name], f"{name}.py") == ()


def test_the_notes_point_at_the_store_and_the_loader() -> None:
    text = BUGS["bug_language_model_state_across_batches"][0]
    (finding,) = check_source(text, "lm.py")
    lines = text.splitlines()
    stored, loader = (r.location.line for r in finding.related)
    assert "out, self.state = self.gru(" in lines[stored - 1]
    assert "DataLoader(data, batch_size=BATCH_SIZE" in lines[loader - 1]
    assert "batches of 4 rows" in finding.message


def test_a_loader_of_single_rows_has_no_short_batch() -> None:
    text = BUGS["bug_language_model_state_across_batches"][0].replace(
        "DataLoader(data, batch_size=BATCH_SIZE, shuffle=True)", "DataLoader(data, shuffle=True)")
    assert [f for f in check_source(text, "lm.py") if f.code == "LC009"] == []
