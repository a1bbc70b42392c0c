"""States for a bidirectional stack sized num_layers * num_directions, batch from the input."""
import torch
import torch.nn as nn


class BiEncoder(nn.Module):
    def __init__(self, emb_dim, hid_dim, n_layers):
        super().__init__()
        self.n_layers, self.hid_dim = n_layers, hid_dim
        self.rnn = nn.GRU(emb_dim, hid_dim, n_layers, bidirectional=True)

    def forward(self, src):
        h0 = torch.zeros(self.n_layers * 2, src.shape[1], self.hid_dim)
        outputs, hidden = self.rnn(src, h0)
        return outputs, hidden


def probe():
    BiEncoder(6, 10, 3)(torch.randn(7, 4, 6))
