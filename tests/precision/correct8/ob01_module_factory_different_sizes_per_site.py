"""A module-level factory builds a layer from its parameters; two call sites give different
but valid sizes, and each layer is fed what its own site built it for."""
import torch
import torch.nn as nn


def make_rnn(in_dim, hid_dim, bidirectional=False, layers=1):
    return nn.LSTM(in_dim, hid_dim, num_layers=layers, batch_first=True,
                   bidirectional=bidirectional)


class Siamese(nn.Module):
    def __init__(self):
        super().__init__()
        self.query_rnn = make_rnn(16, 32, bidirectional=True)
        self.doc_rnn = make_rnn(24, 64, layers=2)
        self.q_proj = nn.Linear(64, 40)
        self.d_proj = nn.Linear(64, 40)

    def forward(self, q, d):
        qo, _ = self.query_rnn(q)
        do, _ = self.doc_rnn(d)
        return (self.q_proj(qo[:, -1]) * self.d_proj(do[:, -1])).sum(-1)


def probe():
    assert Siamese()(torch.randn(3, 5, 16), torch.randn(3, 20, 24)).shape == (3,)
