"""A local namespace named `layers` with its own LSTM taking (units, return_sequences) (a
Keras port), next to torch's."""
import torch
import torch.nn as torch_nn


class layers:  # noqa: N801 - mirrors keras.layers
    class LSTM(torch_nn.Module):
        def __init__(self, units, return_sequences=False):
            super().__init__()
            self.units, self.return_sequences = units, return_sequences
            self.inner = torch_nn.LazyLinear(units)

        def forward(self, x):
            y = torch.tanh(self.inner(x))
            return y if self.return_sequences else y[:, -1]


def probe():
    model = torch_nn.Sequential(layers.LSTM(32, return_sequences=True), layers.LSTM(8))
    assert model(torch.randn(2, 5, 3)).shape == (2, 8)
    rnn = torch_nn.LSTM(3, 8, batch_first=True)
    assert rnn(torch.randn(2, 5, 3))[0].shape == (2, 5, 8)
