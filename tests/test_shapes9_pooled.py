"""Where a recurrent output's features went unseen on the way to a head (round 9's diary,
docs/pending/shapes9.md): weights applied to an output (`torch.bmm(weights, enc_out)`, `attn @
states`, attention pooling) keep the output's features as its last dim, so the result is that
layer's features (flow/ops.py `result_layer`); a layer built with a method that returns the
module itself (`nn.GRU(...).to(device)`, `.double()`) is that layer (flow/layers.py
`module_itself`); and `pad_packed_sequence(out)` of an output whose input is a parameter
unpacks what the call says was packed (flow/ops.py `was_packed`). Each case is written the way
public code writes these (speech-emotion attention GRUs, taggers moved to a device, packed
encoders), torch decides: the linter reports the marked rule at the marked line exactly when
torch raises, and stays silent on the correct ones (heads sized for what reaches them,
attention scores between two outputs, a head on the last layer's h_n)."""

from __future__ import annotations


import pytest

from lstmcheck.lint.engine import check_source
from tests.marked_cases import assert_linter_agrees, assert_torch_agrees

CASES: dict[str, str] = {}

CASES["attention_context_of_a_bidirectional_encoder_into_a_one_direction_head"] = '''import torch
import torch.nn as nn
import torch.nn.functional as F


class AttnClassifier(nn.Module):
    def __init__(self, vocab, emb_dim, hidden, n_classes):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb_dim)
        self.encoder = nn.LSTM(emb_dim, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * hidden, 1)
        self.out = nn.Linear(hidden, n_classes)  # expect: LC007

    def forward(self, tokens):
        enc_out, _ = self.encoder(self.embed(tokens))
        weights = F.softmax(self.score(enc_out).squeeze(-1), dim=1)
        context = torch.bmm(weights.unsqueeze(1), enc_out).squeeze(1)
        return self.out(context)


def probe():
    AttnClassifier(vocab=40, emb_dim=8, hidden=16, n_classes=3)(torch.randint(0, 40, (4, 7)))
'''

CASES["attention_summary_into_a_head_sized_for_every_layer"] = '''import torch
import torch.nn as nn

FEATURES, HIDDEN, LAYERS = 6, 12, 3

rnn = nn.GRU(FEATURES, HIDDEN, num_layers=LAYERS)
score = nn.Linear(HIDDEN, 1)
head = nn.Linear(HIDDEN * LAYERS, 1)  # expect: LC007


def pooled_prediction(series):
    states, _ = rnn(series)                   # (T, B, HIDDEN)
    states = states.transpose(0, 1)           # (B, T, HIDDEN)
    attn = torch.softmax(score(states).squeeze(-1), dim=-1)
    summary = (attn.unsqueeze(1) @ states).squeeze(1)
    return head(summary)


def probe():
    pooled_prediction(torch.randn(10, 5, FEATURES))
'''

CASES["ok_self_attention_scores_then_context_into_a_two_direction_head"] = '''import torch
import torch.nn as nn
import torch.nn.functional as F


class AttnClassifier(nn.Module):
    def __init__(self, vocab, emb_dim, hidden, n_classes):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb_dim)
        self.encoder = nn.LSTM(emb_dim, hidden, batch_first=True, bidirectional=True)
        self.query = nn.Linear(2 * hidden, 2 * hidden)
        self.out = nn.Linear(2 * hidden, n_classes)

    def forward(self, tokens):
        enc_out, _ = self.encoder(self.embed(tokens))
        scores = torch.bmm(self.query(enc_out), enc_out.transpose(1, 2))   # (B, T, T)
        weights = F.softmax(scores, dim=-1)
        context = torch.bmm(weights, enc_out).mean(dim=1)
        return self.out(context)


def probe():
    AttnClassifier(vocab=40, emb_dim=8, hidden=16, n_classes=3)(torch.randint(0, 40, (4, 7)))
'''

CASES["ok_attention_summary_and_flattened_final_states_each_sized"] = '''import torch
import torch.nn as nn

FEATURES, HIDDEN, LAYERS = 6, 12, 3

rnn = nn.GRU(FEATURES, HIDDEN, num_layers=LAYERS)
score = nn.Linear(HIDDEN, 1)
head = nn.Linear(HIDDEN, 1)
flat_head = nn.Linear(HIDDEN * LAYERS, 1)


def predictions(series):
    states, h_n = rnn(series)
    states = states.transpose(0, 1)
    attn = torch.softmax(score(states).squeeze(-1), dim=-1)
    summary = (attn.unsqueeze(1) @ states).squeeze(1)
    every_layer = h_n.transpose(0, 1).reshape(series.size(1), -1)
    return head(summary), flat_head(every_layer)


def probe():
    predictions(torch.randn(10, 5, FEATURES))
'''

CASES["layers_moved_with_to_device_head_for_one_direction"] = '''import torch
import torch.nn as nn

device = torch.device("cpu")


class Tagger(nn.Module):
    def __init__(self, n_features, hidden_dim, n_tags):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden_dim, batch_first=True, bidirectional=True).to(device)
        self.fc = nn.Linear(hidden_dim, n_tags).to(device)  # expect: LC007

    def forward(self, x):
        out, _ = self.lstm(x.to(device))
        return self.fc(out)


def probe():
    Tagger(n_features=5, hidden_dim=10, n_tags=4)(torch.randn(2, 8, 5))
'''

CASES["layers_cast_with_double_input_size_of_hidden"] = '''import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, vocab_size=100, embed_size=24, hidden_size=32):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_size).double()
        self.gru = nn.GRU(hidden_size, hidden_size).double()  # expect: LC008
        self.proj = nn.Linear(hidden_size, 1).double()

    def forward(self, tokens):
        out, _ = self.gru(self.embedding(tokens))
        return self.proj(out[-1])


def probe():
    Forecaster()(torch.randint(0, 100, (9, 3)))
'''

CASES["ok_layers_moved_and_cast_sized_right"] = '''import torch
import torch.nn as nn

device = torch.device("cpu")


class Tagger(nn.Module):
    def __init__(self, n_features, hidden_dim, n_tags):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden_dim, batch_first=True, bidirectional=True).to(device)
        self.fc = nn.Linear(2 * hidden_dim, n_tags).to(device)
        self.embedding = nn.Embedding(50, n_features).float().train()

    def forward(self, tokens):
        out, _ = self.lstm(self.embedding(tokens))
        return self.fc(out)


def probe():
    Tagger(n_features=5, hidden_dim=10, n_tags=4)(torch.randint(0, 50, (2, 8)))
'''

CASES["packed_input_parameter_unpacked_output_into_a_one_direction_head"] = '''import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class PackedEncoder(nn.Module):
    def __init__(self, input_dim, hidden_dim, output_dim):
        super().__init__()
        self.rnn = nn.GRU(input_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(hidden_dim, output_dim)  # expect: LC007

    def forward(self, packed):
        output, _ = self.rnn(packed)
        output, lengths = pad_packed_sequence(output, batch_first=True)
        return self.proj(output)


def probe():
    encoder = PackedEncoder(4, 6, 3)
    x = torch.randn(3, 5, 4)
    encoder(pack_padded_sequence(x, torch.tensor([5, 3, 2]), batch_first=True))
'''

CASES["ok_packed_input_parameter_output_and_last_layer_state_heads"] = '''import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class PackedEncoder(nn.Module):
    def __init__(self, input_dim, hidden_dim, output_dim):
        super().__init__()
        self.rnn = nn.GRU(input_dim, hidden_dim, num_layers=2)
        self.proj = nn.Linear(hidden_dim, output_dim)

    def forward(self, packed):
        output, h_n = self.rnn(packed)
        output, lengths = pad_packed_sequence(output)
        return self.proj(output), self.proj(h_n[-1])


def probe():
    encoder = PackedEncoder(4, 6, 3)
    x = torch.randn(5, 3, 4)
    encoder(pack_padded_sequence(x, torch.tensor([5, 3, 2])))
'''


@pytest.mark.parametrize("name", sorted(CASES))
def test_torch_agrees_with_the_marks(name: str) -> None:
    pytest.importorskip("torch")
    assert_torch_agrees(CASES[name], "shapes9_pooled_case",
                        errors=(RuntimeError, ValueError, TypeError, IndexError), dropout_warning=False)


@pytest.mark.parametrize("name", sorted(CASES))
def test_linter_reports_the_marked_rule_at_its_line(name: str) -> None:
    assert_linter_agrees(name, CASES[name], only_errors=True)


def test_a_head_sized_for_every_layer_is_told_it_gets_one_layers_features() -> None:
    source = CASES["attention_summary_into_a_head_sized_for_every_layer"]
    found = next(f for f in check_source(source.encode(), "pool.py").findings if f.code == "LC007")
    assert "expects 36 features" in found.message and "gives 12" in found.message, found.message
    assert "all 3 layers" in found.message and "not bidirectional" not in found.message, found.message


def test_the_context_names_both_directions() -> None:
    source = CASES["attention_context_of_a_bidirectional_encoder_into_a_one_direction_head"]
    found = next(f for f in check_source(source.encode(), "attn.py").findings if f.code == "LC007")
    assert "2*16 = 32" in found.message and "both directions" in found.message, found.message
