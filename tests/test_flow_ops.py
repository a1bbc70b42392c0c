"""Tensor ops as real models write them, through the whole flow: the state a decoder is
handed must be the shape torch hands it (a forward pre-hook records it), and LC009 reports
exactly when torch raises."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from lstmcheck.lint.extract import extract
from tests.torch_oracle import states_torch_sees

BRIDGE = '''import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, layers, decoder_layers):
        super().__init__()
        self.layers = layers
        self.encoder = nn.LSTM(6, 10, num_layers=layers, batch_first=True, bidirectional=True)
        self.decoder = nn.LSTM(6, 10, num_layers=decoder_layers, batch_first=True)

    def forward(self, source, target):
        _, (h, c) = self.encoder(source)
        h = h.view(self.layers, 2, source.size(0), 10).SUM
        c = c.view(self.layers, 2, source.size(0), 10).SUM
        out, _ = self.decoder(target, (h, c))
        return out


def train():
    Seq2Seq(LAYERS, DECODER_LAYERS)(torch.randn(3, 5, 6), torch.randn(3, 4, 6))
'''


@pytest.mark.parametrize("summed", ["sum(axis=1)", "sum(dim=1)", "sum(1)", "mean(axis=1, keepdims=False)",
                                    "amax(1)", "sum(1, keepdim=True).squeeze(1)"])
@pytest.mark.parametrize("layers,decoder_layers", [(2, 2), (2, 1)])
def test_directions_summed_into_a_decoders_state(summed, layers, decoder_layers):
    source = BRIDGE.replace("SUM", summed).replace("DECODER_LAYERS", str(decoder_layers)) \
        .replace("LAYERS", str(layers))
    (state,), raised = states_torch_sees(source)
    decoder_line = source.splitlines().index("        out, _ = self.decoder(target, (h, c))") + 1
    shapes = {tuple(d.value for d in f.states[0].dims) for f in extract(source, "bridge.py").feeds
              if f.location.line == decoder_line and f.states and f.states[0] is not None
              and f.states[0].dims is not None and all(d is not None for d in f.states[0].dims)}
    assert shapes == {state}
    errors = [f for f in check_source(source, "bridge.py") if f.code == "LC009" and f.severity == "error"]
    assert bool(errors) == raised


UNPACKED = '''import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 10, num_layers=2, batch_first=True)

    def forward(self, x):
        batch, steps, features = SHAPE
        h0 = torch.zeros(2, batch, 10)
        out, _ = self.lstm(x, (h0, h0))
        return out.reshape(-1, 10)


def train():
    Tagger()(torch.randn(3, 5, 6))
'''


@pytest.mark.parametrize("shape", ["x.shape", "x.size()", "x.data.shape"])
def test_the_dims_a_function_unpacks_from_its_input(shape):
    source = UNPACKED.replace("SHAPE", shape)
    (state,), raised = states_torch_sees(source)
    assert state == (2, 3, 10) and not raised
    lstm_line = source.splitlines().index("        out, _ = self.lstm(x, (h0, h0))") + 1
    # the forward's own walk (no call to inline), where x is any tensor: its state's batch
    # is x's first dim
    own = source.split("\n\ndef train")[0] + "\n"
    named = [f for f in extract(own, "tagger.py").feeds if f.location.line == lstm_line
             and f.states and f.states[0] is not None and f.states[0].dims is not None
             and f.states[0].dims[1] is not None and f.states[0].dims[1].value is None]
    assert [str(f.states[0].dims[1]) for f in named] == ["x.size(0)"]
    assert not check_source(source, "tagger.py")
