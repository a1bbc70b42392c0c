"""Shapes the flow keeps through a LayerNorm, a thin wrapper of nn.Linear and a Sequential
holding a module of the file (flow/normed.py, flow/wrapped.py, flow/parts.py). Each case is a
small realistic model run by torch: an error finding exactly when torch raises, at the line a
person changes; the correct twins travel the same way and get nothing."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from tests.torch_oracle import run_case


def _errors(source: str) -> list:
    return [f for f in check_source(source, "case.py") if f.severity == "error"]


def _line(source: str, text: str) -> int:
    return next(i for i, row in enumerate(source.splitlines(), 1) if text in row)


def _judged(source: str, fix_line_text: str) -> None:
    """The linter's errors against torch's verdict: one where torch raises, at the fix line;
    none where torch runs, and no warning there but one about a configuration no call in
    the file builds (which torch, running the file's own, does not see)."""
    raised, _, _ = run_case(source)
    findings = list(check_source(source, "case.py"))
    errors = [f for f in findings if f.severity == "error"]
    if raised is None:
        unbuilt = "no call in this file builds that configuration"
        assert [f for f in findings if f.severity == "error" or unbuilt not in f.message] == [], \
            [f.message for f in findings]
        return
    assert errors, raised
    line = _line(source, fix_line_text)
    assert any(f.location.line <= line <= f.location.end_line for f in errors), \
        [(f.location.line, f.message) for f in errors]


# Shaped after siat-nlp/seq2seq-pytorch's RecurrentEncoderLayer: a layer norm, then a
# (bidirectional) LSTM over a packed batch, and the layer's input added back.
PACKED_RESIDUAL = '''import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pack_sequence, pad_packed_sequence


class RecurrentEncoderLayer(nn.Module):
    def __init__(self, input_size, hidden_size, bidirectional=True):
        super().__init__()
        self.layer_norm = nn.LayerNorm(input_size)
        self.rnn = nn.LSTM(input_size, hidden_size, batch_first=True, bidirectional=bidirectional)

    def forward(self, packed_src):
        src, src_lens = pad_packed_sequence(packed_src, batch_first=True)
        src = self.layer_norm(src)
        residual = src
        packed_src = pack_padded_sequence(src, src_lens, batch_first=True)
        packed_src, final_state = self.rnn(packed_src)
        src, _ = pad_packed_sequence(packed_src, batch_first=True)
        src = src + residual
        return pack_padded_sequence(src, src_lens, batch_first=True)


def run():
    layer = RecurrentEncoderLayer(INPUT, HIDDEN, bidirectional=BIDIRECTIONAL)
    sequences = [torch.randn(n, INPUT) for n in (9, 8, 6, 3)]
    layer(pack_sequence(sequences))
'''


@pytest.mark.parametrize("size,hidden,bidirectional", [
    (32, 16, True), (32, 32, True), (24, 24, False), (24, 12, False)])
def test_residual_after_a_norm_over_a_packed_batch(size, hidden, bidirectional):
    source = PACKED_RESIDUAL.replace("INPUT", str(size)).replace("HIDDEN", str(hidden)) \
        .replace("BIDIRECTIONAL", str(bidirectional))
    _judged(source, "src = src + residual")


# A pre-norm residual GRU block (the layout of RNN encoders written like Transformer
# blocks): normalised, the GRU, dropout, the normalised input added back. Nothing in the
# file says what goes in: the LayerNorm alone says how wide it is.
PRE_NORM = '''import torch
import torch.nn as nn


class ResidualGRUBlock(nn.Module):
    def __init__(self, d_model, bidirectional, dropout=0.1):
        super().__init__()
        self.norm = nn.LayerNorm(d_model)
        self.gru = nn.GRU(d_model, HIDDEN, batch_first=True, bidirectional=bidirectional)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        x = self.norm(x)
        y, _ = self.gru(x)
        return x + self.dropout(y)


class Encoder(nn.Module):
    def __init__(self, d_model, bidirectional, front_end):
        super().__init__()
        self.front_end = front_end
        self.blocks = nn.ModuleList([ResidualGRUBlock(d_model, bidirectional) for _ in range(2)])

    def forward(self, frames):
        x = self.front_end(frames)
        for block in self.blocks:
            x = block(x)
        return x


def run():
    rows = [[[0.1 * (i + j + k) for k in range(D_MODEL)] for j in range(5)] for i in range(3)]
    Encoder(D_MODEL, BIDIRECTIONAL, nn.Identity())(torch.tensor(rows))
'''


@pytest.mark.parametrize("d_model,hidden,bidirectional", [
    (16, "d_model // 2", True), (16, "d_model", True), (16, "d_model", False), (10, "d_model * 2", False)])
def test_pre_norm_residual_block(d_model, hidden, bidirectional):
    source = PRE_NORM.replace("HIDDEN", hidden).replace("D_MODEL", str(d_model)) \
        .replace("BIDIRECTIONAL", str(bidirectional))
    _judged(source, "return x + self.dropout(y)")


def test_a_norm_of_unknown_width_says_nothing():
    """LayerNorm(d) over what the file does not show gives a tensor d wide: a residual of a
    width the file does not state is not judged."""
    source = PACKED_RESIDUAL.replace("nn.LayerNorm(input_size)", "nn.LayerNorm(input_size * scale)") \
        .replace("bidirectional=True):", "bidirectional=True, scale=1):") \
        .replace("INPUT, HIDDEN", "int(open('width.txt').read()), 16").replace("INPUT", "32") \
        .replace("BIDIRECTIONAL", "True")
    assert _errors(source) == []


# kospeech's DeepSpeech2 head: its own `Linear` (xavier-initialised) after a LayerNorm, over
# a bidirectional GRU.
WRAPPED_HEAD = '''import torch
import torch.nn as nn
from torch import Tensor


class Linear(nn.Module):
    def __init__(self, in_features: int, out_features: int, bias: bool = True) -> None:
        super(Linear, self).__init__()
        self.linear = nn.Linear(in_features, out_features, bias=bias)
        nn.init.xavier_uniform_(self.linear.weight)

    def forward(self, x: Tensor) -> Tensor:
        return self.linear(x)


class SpeechTagger(nn.Module):
    def __init__(self, input_dim=8, rnn_hidden_dim=16, num_classes=5, bidirectional=True):
        super().__init__()
        rnn_output_size = rnn_hidden_dim * 2 if bidirectional else rnn_hidden_dim
        self.rnn = nn.GRU(input_dim, rnn_hidden_dim, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Sequential(
            nn.LayerNorm(rnn_output_size),
            Linear(HEAD, num_classes, bias=False),
        )

    def forward(self, inputs):
        outputs, _ = self.rnn(inputs)
        return self.fc(outputs).log_softmax(dim=-1)


def run():
    SpeechTagger(bidirectional=BIDIRECTIONAL)(torch.randn(2, 9, 8))
'''


@pytest.mark.parametrize("head", ["rnn_hidden_dim", "rnn_output_size"])
@pytest.mark.parametrize("bidirectional", [True, False])
def test_head_of_a_linear_wrapper_in_a_sequential(head, bidirectional):
    source = WRAPPED_HEAD.replace("HEAD", head).replace("BIDIRECTIONAL", str(bidirectional))
    _judged(source, f"Linear({head}, num_classes")


# Tacotron 2's LinearNorm (NVIDIA/tacotron2 layers.py) as the projection after a
# bidirectional LSTM encoder, applied directly.
LINEAR_NORM = '''import torch
from torch import nn


class LinearNorm(torch.nn.Module):
    def __init__(self, in_dim, out_dim, bias=True, w_init_gain='linear'):
        super(LinearNorm, self).__init__()
        self.linear_layer = torch.nn.Linear(in_dim, out_dim, bias=bias)

        torch.nn.init.xavier_uniform_(
            self.linear_layer.weight,
            gain=torch.nn.init.calculate_gain(w_init_gain))

    def forward(self, x):
        return self.linear_layer(x)


class Encoder(nn.Module):
    def __init__(self, embedding_dim=12, hidden=UNITS, out_dim=6):
        super(Encoder, self).__init__()
        self.lstm = nn.LSTM(embedding_dim, hidden, 1, batch_first=True, bidirectional=True)
        self.projection = LinearNorm(PROJECTED, out_dim, w_init_gain='tanh')

    def forward(self, x):
        outputs, _ = self.lstm(x)
        return torch.tanh(self.projection(outputs))


def run():
    Encoder()(torch.randn(2, 7, 12))
'''


@pytest.mark.parametrize("units,projected", [(8, "hidden"), (8, "hidden * 2"), (8, "16"), (8, "8")])
def test_projection_through_linear_norm(units, projected):
    source = LINEAR_NORM.replace("UNITS", str(units)).replace("PROJECTED", projected)
    _judged(source, f"LinearNorm({projected}, out_dim")


def test_a_module_doing_more_than_a_linear_is_not_a_linear():
    """A wrapper whose forward does more than apply its Linear (here it slices the features
    first) is inlined as a module, not read as a Linear of the sizes its call passes."""
    source = LINEAR_NORM.replace("UNITS", "8").replace("PROJECTED", "hidden") \
        .replace("return self.linear_layer(x)", "return self.linear_layer(x[..., :x.size(-1) // 2])")
    assert run_case(source)[0] is None
    assert _errors(source) == []


# A classifier module of the file behind a LayerNorm in a Sequential: the Sequential is
# applied part by part, the module inlined with the normalised outputs.
CLASSIFIER = '''import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, in_dim, n_classes, p=0.2):
        super().__init__()
        self.drop = nn.Dropout(p)
        self.out = nn.Linear(in_dim, n_classes)

    def forward(self, x):
        x = self.drop(torch.relu(x))
        return self.out(x)


class BiTagger(nn.Module):
    def __init__(self, vocab=50, emb=10, hidden=12, n_tags=4):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Sequential(nn.LayerNorm(2 * hidden), Classifier(IN_DIM, n_tags))

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return self.head(out)


def run():
    BiTagger()(torch.randint(0, 50, (3, 8)))
'''


@pytest.mark.parametrize("in_dim", ["2 * hidden", "hidden"])
def test_module_of_the_file_inside_a_sequential(in_dim):
    source = CLASSIFIER.replace("IN_DIM", in_dim)
    _judged(source, "self.out = nn.Linear(in_dim, n_classes)")
