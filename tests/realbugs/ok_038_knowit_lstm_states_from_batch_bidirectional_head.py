# source: https://github.com/MUST-Deep-Learning/KnowIt/blob/HEAD/default_archs/LSTM.py
"""KnowIt's default LSTM architecture: the architecture arguments come from an ArchArgs container
(a dataclass in KnowIt; a plain class here, since the probe runs from source), the
states from an InternalState helper that multiplies depth by the number of directions and takes
the batch from x.shape[0] on every call (batch_first is on, the states stay layers-first), and
the head flattens the whole output sequence into nn.Linear(d * width * in_chunk, ...). Looks like
a batch-first state and a head sized for one direction; both are right."""
import math

import torch
from torch import Tensor, nn
from torch.nn import LSTM, Linear, Module


class ArchArgs:
    def __init__(self, width=256, depth=2, dropout=0.5, output_activation=None, bidirectional=False):
        self.width = width
        self.depth = depth
        self.dropout = dropout
        self.output_activation = output_activation
        self.bidirectional = bidirectional


class InternalState:
    def __init__(self, width: int, depth: int, *, bidirect: bool) -> None:
        self.width = width
        self.depth = depth
        self.d = 2 if bidirect else 1

    def initialize(self, batch_size: int) -> None:
        self.h0 = torch.zeros(size=(self.d * self.depth, batch_size, self.width))
        self.c0 = torch.zeros(size=(self.d * self.depth, batch_size, self.width))


class Model(Module):
    def __init__(self, input_dim: list[int], output_dim: list[int], arch_args: dict | None = None) -> None:
        super().__init__()
        self.input_size = input_dim[-1]
        self.model_out_dim = int(math.prod(output_dim))
        self.final_out_shape = output_dim
        arch_args = ArchArgs() if not arch_args else ArchArgs(**arch_args)
        self._internal = InternalState(width=arch_args.width, depth=arch_args.depth,
                                       bidirect=arch_args.bidirectional)
        self.lstm_layers = LSTM(input_size=self.input_size, hidden_size=arch_args.width,
                                num_layers=arch_args.depth, dropout=arch_args.dropout,
                                bidirectional=arch_args.bidirectional, batch_first=True)
        self.model_output = nn.Sequential(
            Linear(in_features=self._internal.d * arch_args.width * input_dim[-2],
                   out_features=self.model_out_dim, bias=False))

    def forward(self, x: Tensor) -> Tensor:
        self._internal.initialize(batch_size=x.shape[0])
        hidden, (h, c) = self.lstm_layers(x, (self._internal.h0, self._internal.c0))
        hidden = hidden.reshape(hidden.shape[0], hidden.shape[1] * hidden.shape[2])
        out = self.model_output(hidden)
        return out.view(x.shape[0], self.final_out_shape[0], self.final_out_shape[1])


def probe():
    model = Model(input_dim=[11, 4], output_dim=[1, 1],
                  arch_args={"width": 16, "depth": 2, "dropout": 0.2, "bidirectional": True})
    assert model(torch.randn(5, 11, 4)).shape == (5, 1, 1)
    assert model(torch.randn(3, 11, 4)).shape == (3, 1, 1)


if __name__ == "__main__":
    probe()
