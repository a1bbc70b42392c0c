"""Two one-way GRUs, one reading the sequence forward and one reversed, their states kept in a
dict keyed by direction; the head takes both final states."""
import torch
import torch.nn as nn


class TwoWay(nn.Module):
    def __init__(self, n_in, hidden, n_out):
        super().__init__()
        self.rnns = nn.ModuleDict({"fwd": nn.GRU(n_in, hidden), "bwd": nn.GRU(n_in, hidden)})
        self.head = nn.Linear(2 * hidden, n_out)
        self.hidden = hidden

    def forward(self, x):
        batch = x.size(1)
        states = {k: x.new_zeros(1, batch, self.hidden) for k in self.rnns}
        inputs = {"fwd": x, "bwd": torch.flip(x, dims=[0])}
        finals = {}
        for key, rnn in self.rnns.items():
            _, finals[key] = rnn(inputs[key], states[key])
        return self.head(torch.cat([finals["fwd"][-1], finals["bwd"][-1]], dim=-1))


def probe():
    assert TwoWay(3, 11, 2)(torch.randn(7, 5, 3)).shape == (5, 2)
