"""States a method sets on its object (lint/flow/set_states.py): `self.hidden = ...` in
`init_hidden`/`reset_state`, called by `forward`, by `__init__`, or on the instance by a training
loop (`model.init_hidden(b)`, `model.hidden = model.init_hidden()`), read by `forward`.

Each case is a small file in the way real code writes it (the PyTorch tagging tutorial's
`model.hidden = model.init_hidden()`, a char-RNN's training loop, a stateful GRU); torch is the
oracle: each case's probe() runs here and must fail as its `torch` entry says (bugs) or run
(look-alikes). The linter must report LC009 on a bug's `# fix:` line, with the severity given,
and nothing on a look-alike.
"""

from __future__ import annotations

import warnings

import pytest

from lstmcheck.api import check_source

BUG_HAN_STYLE_LAST_BATCH_STATE_FROM_METHOD = r'''
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE = 4


class Classifier(nn.Module):
    def __init__(self, vocab, emb=12, hidden=8, batch_size=BATCH_SIZE):
        super().__init__()
        self.batch_size = batch_size
        self.hidden_size = hidden
        self.embed = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 3)
        self._init_hidden_state()

    def _init_hidden_state(self):
        self.hidden_state = torch.zeros(2, self.batch_size, self.hidden_size)  # fix: size it from the batch: _init_hidden_state(len(label)) in the loop

    def forward(self, tokens):
        out, self.hidden_state = self.gru(self.embed(tokens.t()), self.hidden_state)
        return self.fc(out.mean(0))


def probe():
    data = TensorDataset(torch.randint(0, 50, (10, 6)), torch.randint(0, 3, (10,)))
    loader = DataLoader(data, batch_size=BATCH_SIZE, shuffle=True)
    model = Classifier(50)
    criterion = nn.CrossEntropyLoss()
    for tokens, label in loader:
        model._init_hidden_state()
        loss = criterion(model(tokens), label)
        loss.backward()
'''

BUG_INIT_HIDDEN_CALLED_FROM_TRAINING_LOOP = r'''
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

NUM_LAYERS = 2
HIDDEN = 32


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden=HIDDEN, layers=NUM_LAYERS):
        super().__init__()
        self.hidden_size = hidden
        self.embed = nn.Embedding(n_chars, hidden)
        self.rnn = nn.GRU(hidden, hidden, layers, batch_first=True)
        self.decoder = nn.Linear(hidden, n_chars)

    def init_hidden(self, batch_size):
        self.hidden = torch.zeros(1, batch_size, self.hidden_size)  # fix: one row per layer: torch.zeros(NUM_LAYERS, batch_size, self.hidden_size)

    def forward(self, chars):
        out, self.hidden = self.rnn(self.embed(chars), self.hidden)
        return self.decoder(out)


def probe():
    data = TensorDataset(torch.randint(0, 40, (10, 15)), torch.randint(0, 40, (10, 15)))
    loader = DataLoader(data, batch_size=4)
    model = CharRNN(40)
    criterion = nn.CrossEntropyLoss()
    for x, y in loader:
        model.init_hidden(x.size(0))
        logits = model(x)
        loss = criterion(logits.reshape(-1, 40), y.reshape(-1))
        loss.backward()
'''

BUG_RESET_STATE_IN_FORWARD_BIDIRECTIONAL = r'''
import torch
import torch.nn as nn


class SentimentRNN(nn.Module):
    def __init__(self, vocab_size, embedding_dim=32, hidden_dim=16, n_layers=2, output_size=1):
        super().__init__()
        self.n_layers = n_layers
        self.hidden_dim = hidden_dim
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, n_layers, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden_dim, output_size)

    def reset_state(self, batch_size):
        self.hidden = (torch.zeros(self.n_layers, batch_size, self.hidden_dim),  # fix: self.n_layers * 2 rows for the two directions
                       torch.zeros(self.n_layers, batch_size, self.hidden_dim))

    def forward(self, x):
        self.reset_state(x.size(0))
        embeds = self.embedding(x)
        lstm_out, self.hidden = self.lstm(embeds, self.hidden)
        return torch.sigmoid(self.fc(lstm_out[:, -1]))


def probe():
    model = SentimentRNN(vocab_size=50)
    reviews = torch.randint(0, 50, (4, 12))
    model(reviews).sum().backward()
'''

BUG_STATEFUL_GRU_STATE_MADE_IN_CONSTRUCTOR = r'''
import torch
import torch.nn as nn


class StatefulGRU(nn.Module):
    """Keeps its state from one window to the next (truncated backpropagation through time)."""

    def __init__(self, n_features, hidden_size=24, num_layers=3, batch_size=8):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.gru = nn.GRU(n_features, hidden_size, num_layers, batch_first=True)
        self.head = nn.Linear(hidden_size, 1)
        self.reset_hidden(batch_size)

    def reset_hidden(self, batch_size):
        self.h = torch.zeros(batch_size, self.num_layers, self.hidden_size)  # fix: torch.zeros(self.num_layers, batch_size, self.hidden_size): states are never batch-first

    def forward(self, window):
        out, h = self.gru(window, self.h)
        self.h = h.detach()
        return self.head(out[:, -1])


def probe():
    model = StatefulGRU(n_features=5)
    series = torch.randn(8, 20, 5)
    model(series).sum().backward()
'''

BUG_TAGGER_TUTORIAL_HIDDEN_SET_OUTSIDE = r'''
import torch
import torch.nn as nn
import torch.nn.functional as F

EMBEDDING_DIM = 6
HIDDEN_DIM = 6


class LSTMTagger(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, vocab_size, tagset_size):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, num_layers=2)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)
        self.hidden = self.init_hidden()

    def init_hidden(self):
        return (torch.zeros(1, 1, self.hidden_dim),  # fix: one row per layer: torch.zeros(2, 1, self.hidden_dim)
                torch.zeros(1, 1, self.hidden_dim))

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, self.hidden = self.lstm(embeds.view(len(sentence), 1, -1), self.hidden)
        tag_space = self.hidden2tag(lstm_out.view(len(sentence), -1))
        return F.log_softmax(tag_space, dim=1)


def probe():
    model = LSTMTagger(EMBEDDING_DIM, HIDDEN_DIM, 9, 3)
    loss_function = nn.NLLLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for sentence, tags in [(torch.tensor([0, 1, 2, 3]), torch.tensor([0, 1, 2, 0]))]:
        model.zero_grad()
        model.hidden = model.init_hidden()
        tag_scores = model(sentence)
        loss = loss_function(tag_scores, tags)
        loss.backward()
        optimizer.step()
'''

OK_INIT_HIDDEN_PER_BATCH_FROM_TRAINING_LOOP = r'''
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden=32, layers=2):
        super().__init__()
        self.hidden_size = hidden
        self.layers = layers
        self.embed = nn.Embedding(n_chars, hidden)
        self.rnn = nn.GRU(hidden, hidden, layers, batch_first=True)
        self.decoder = nn.Linear(hidden, n_chars)

    def init_hidden(self, batch_size):
        self.hidden = torch.zeros(self.layers, batch_size, self.hidden_size)

    def forward(self, chars):
        out, self.hidden = self.rnn(self.embed(chars), self.hidden)
        return self.decoder(out)


def train(model, loader):
    criterion = nn.CrossEntropyLoss()
    for x, y in loader:
        model.init_hidden(len(x))
        logits = model(x)
        criterion(logits.reshape(-1, 40), y.reshape(-1)).backward()


def probe():
    data = TensorDataset(torch.randint(0, 40, (10, 15)), torch.randint(0, 40, (10, 15)))
    model = CharRNN(40)
    model.init_hidden(4)
    train(model, DataLoader(data, batch_size=4))
    for x, _ in DataLoader(data, batch_size=3):
        model.init_hidden(x.size(0))
        model(x)
'''

OK_RESET_STATE_IN_FORWARD_BIDIRECTIONAL = r'''
import torch
import torch.nn as nn


class SentimentRNN(nn.Module):
    def __init__(self, vocab_size, embedding_dim=32, hidden_dim=16, n_layers=2, output_size=1):
        super().__init__()
        self.n_layers = n_layers
        self.hidden_dim = hidden_dim
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, n_layers, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden_dim, output_size)

    def reset_state(self, batch_size):
        self.hidden = (torch.zeros(self.n_layers * 2, batch_size, self.hidden_dim),
                       torch.zeros(self.n_layers * 2, batch_size, self.hidden_dim))

    def forward(self, x):
        self.reset_state(x.size(0))
        embeds = self.embedding(x)
        lstm_out, self.hidden = self.lstm(embeds, self.hidden)
        return torch.sigmoid(self.fc(lstm_out[:, -1]))


def probe():
    model = SentimentRNN(vocab_size=50)
    model(torch.randint(0, 50, (4, 12))).sum().backward()
    model(torch.randint(0, 50, (3, 7))).sum().backward()
'''

OK_STATEFUL_GRU_RESIZED_WHEN_BATCH_CHANGES = r'''
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class StatefulGRU(nn.Module):
    """Keeps its state between windows; starts a fresh one when the batch changes size."""

    def __init__(self, n_features, hidden_size=24, num_layers=3, batch_size=8):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.gru = nn.GRU(n_features, hidden_size, num_layers, batch_first=True)
        self.head = nn.Linear(hidden_size, 1)
        self.reset_hidden(batch_size)

    def reset_hidden(self, batch_size):
        self.h = torch.zeros(self.num_layers, batch_size, self.hidden_size)

    def forward(self, window):
        if self.h.size(1) != window.size(0):
            self.reset_hidden(window.size(0))
        out, h = self.gru(window, self.h)
        self.h = h.detach()
        return self.head(out[:, -1])


def probe():
    model = StatefulGRU(n_features=5)
    loader = DataLoader(TensorDataset(torch.randn(10, 20, 5)), batch_size=8)
    for (window,) in loader:
        model(window).sum().backward()
'''

OK_TAGGER_TUTORIAL_HIDDEN_SET_OUTSIDE = r'''
import torch
import torch.nn as nn
import torch.nn.functional as F


class LSTMTagger(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, vocab_size, tagset_size, num_layers=2):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, num_layers=num_layers)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)
        self.hidden = self.init_hidden()

    def init_hidden(self):
        return (torch.zeros(self.num_layers, 1, self.hidden_dim),
                torch.zeros(self.num_layers, 1, self.hidden_dim))

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, self.hidden = self.lstm(embeds.view(len(sentence), 1, -1), self.hidden)
        tag_space = self.hidden2tag(lstm_out.view(len(sentence), -1))
        return F.log_softmax(tag_space, dim=1)


def probe():
    model = LSTMTagger(6, 6, 9, 3)
    loss_function = nn.NLLLoss()
    for sentence, tags in [(torch.tensor([0, 1, 2, 3]), torch.tensor([0, 1, 2, 0]))]:
        model.zero_grad()
        model.hidden = model.init_hidden()
        loss = loss_function(model(sentence), tags)
        loss.backward()
        model.hidden = tuple(h.detach() for h in model.hidden)
        loss_function(model(sentence), tags).backward()
'''

_BASE_WITH_SETTER = '''
import torch
import torch.nn as nn


class Base(nn.Module):
    def __init__(self, n_in, hidden, layers, bidirectional=False):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, bidirectional=bidirectional)
        self.hidden_dim, self.layers = hidden, layers

    def init_hidden(self, batch):
        self.hidden = (torch.zeros(self.layers, batch, self.hidden_dim),  # fix: rows for both directions
                       torch.zeros(self.layers, batch, self.hidden_dim))

    def forward(self, x):
        self.init_hidden(x.size(1))
        out, self.hidden = self.lstm(x, self.hidden)
        return out


class BiModel(Base):
    def __init__(self, n_in, hidden, layers):
        super().__init__(n_in, hidden, layers, bidirectional=True)
OVERRIDE

def probe():
    assert Base(3, 4, 2)(torch.randn(5, 2, 3)).shape == (5, 2, 4)
    assert BiModel(3, 4, 2)(torch.randn(5, 2, 3)).shape == (5, 2, 8)
'''
# review8's bx37: the bidirectional subclass keeps the base's one-direction setter
BUG_SUBCLASS_KEEPS_BASE_SETTER = _BASE_WITH_SETTER.replace("OVERRIDE", "")
# review8's sv17: the subclass overrides the setter, so Base.forward's self.init_hidden is its
OK_SUBCLASS_OVERRIDES_SETTER = _BASE_WITH_SETTER.replace("OVERRIDE", '''
    def init_hidden(self, batch):
        self.hidden = (torch.zeros(2 * self.layers, batch, self.hidden_dim),
                       torch.zeros(2 * self.layers, batch, self.hidden_dim))
''')

BUGS = {
    "bug_tagger_tutorial_hidden_set_outside": (BUG_TAGGER_TUTORIAL_HIDDEN_SET_OUTSIDE, "error", "RuntimeError: Expected hidden[0] size (2, 1, 6), got [1, 1, 6]"),
    "bug_reset_state_in_forward_bidirectional": (BUG_RESET_STATE_IN_FORWARD_BIDIRECTIONAL, "error", "RuntimeError: Expected hidden[0] size (4, 4, 16), got [2, 4, 16]"),
    "bug_stateful_gru_state_made_in_constructor": (BUG_STATEFUL_GRU_STATE_MADE_IN_CONSTRUCTOR, "error", "RuntimeError: Expected hidden size (3, 8, 24), got [8, 3, 24]"),
    "bug_init_hidden_called_from_training_loop": (BUG_INIT_HIDDEN_CALLED_FROM_TRAINING_LOOP, "error", "RuntimeError: Expected hidden size (2, 4, 32), got [1, 4, 32]"),
    "bug_subclass_keeps_base_setter": (BUG_SUBCLASS_KEEPS_BASE_SETTER, "error", "RuntimeError: Expected hidden[0] size (4, 2, 4), got [2, 2, 4]"),
    "bug_han_style_last_batch_state_from_method": (BUG_HAN_STYLE_LAST_BATCH_STATE_FROM_METHOD, "warning", "RuntimeError: Expected hidden size (2, 2, 8), got [2, 4, 8]"),
}
LOOKALIKES = {
    "ok_init_hidden_per_batch_from_training_loop": OK_INIT_HIDDEN_PER_BATCH_FROM_TRAINING_LOOP,
    "ok_reset_state_in_forward_bidirectional": OK_RESET_STATE_IN_FORWARD_BIDIRECTIONAL,
    "ok_stateful_gru_resized_when_batch_changes": OK_STATEFUL_GRU_RESIZED_WHEN_BATCH_CHANGES,
    "ok_tagger_tutorial_hidden_set_outside": OK_TAGGER_TUTORIAL_HIDDEN_SET_OUTSIDE,
    "ok_subclass_overrides_setter": OK_SUBCLASS_OVERRIDES_SETTER,
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
    text, _, expected = BUGS[name]
    assert _torch_says(text) == expected


@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_torch_runs_each_lookalike(name: str) -> None:
    assert _torch_says(LOOKALIKES[name]) == "runs"


@pytest.mark.parametrize("name", sorted(BUGS))
def test_state_set_by_a_method_is_reported_at_the_fix_line(name: str) -> None:
    text, severity, _ = BUGS[name]
    line = _fix_line(text)
    findings = [f for f in check_source(text, f"{name}.py") if f.code == "LC009"]
    assert [(f.location.line, f.severity) for f in findings] == [(line, severity)]


@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_lookalike_states_set_by_a_method_are_silent(name: str) -> None:
    assert check_source(LOOKALIKES[name], f"{name}.py") == ()


def test_message_names_the_layer_and_the_rows_it_needs() -> None:
    text = BUGS["bug_reset_state_in_forward_bidirectional"][0]
    (finding,) = check_source(text, "sentiment.py")
    assert "bidirectional nn.LSTM at line 12 needs (4, 4, 16)" in finding.message


def test_a_method_that_may_return_early_leaves_nothing_known() -> None:
    """`if self.hidden is not None: return` before the assignment: not every way sets it."""
    text = BUGS["bug_reset_state_in_forward_bidirectional"][0].replace(
        "    def reset_state(self, batch_size):\n",
        "    def reset_state(self, batch_size):\n        if batch_size > 64:\n            return\n")
    assert "return" in text
    assert [f for f in check_source(text, "sentiment.py") if f.code == "LC009"] == []


def test_passing_the_model_to_a_function_forgets_what_it_keeps() -> None:
    """`model.init_hidden(b)`, then `reset(model)` which may set another state, then `model(x)`."""
    text = BUGS["bug_init_hidden_called_from_training_loop"][0].replace(
        "        model.init_hidden(x.size(0))\n",
        "        model.init_hidden(x.size(0))\n        prepare(model)\n")
    assert "prepare(model)" in text
    assert [f for f in check_source(text, "char_rnn.py") if f.code == "LC009"] == []
