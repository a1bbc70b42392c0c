"""A conditioning vector (a speaker or style embedding) projected to H and expanded to every
layer as h_0: `unsqueeze(0).expand(L, -1, -1).contiguous()`."""
import torch
import torch.nn as nn


class ConditionedDecoder(nn.Module):
    def __init__(self, n_in, hidden, layers, n_speakers, spk_dim):
        super().__init__()
        self.speaker = nn.Embedding(n_speakers, spk_dim)
        self.to_h = nn.Linear(spk_dim, hidden)
        self.gru = nn.GRU(n_in, hidden, layers, batch_first=True)
        self.layers = layers

    def forward(self, x, speaker_ids):
        h = torch.tanh(self.to_h(self.speaker(speaker_ids)))
        h0 = h.unsqueeze(0).expand(self.layers, -1, -1).contiguous()
        return self.gru(x, h0)[0]


def probe():
    dec = ConditionedDecoder(20, 16, 3, 4, 8)
    assert dec(torch.randn(2, 7, 20), torch.tensor([0, 3])).shape == (2, 7, 16)
