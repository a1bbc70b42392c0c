"""One unbatched sequence decoded from a latent vector: input (T, F), state (1, H) from a Linear."""
import torch
import torch.nn as nn


class MelodyDecoder(nn.Module):
    def __init__(self, latent, n_notes, hidden):
        super().__init__()
        self.init = nn.Linear(latent, hidden)
        self.rnn = nn.LSTM(n_notes, hidden)
        self.out = nn.Linear(hidden, n_notes)

    def forward(self, z, notes):
        h0 = torch.tanh(self.init(z)).unsqueeze(0)   # (1, hidden): unbatched state
        c0 = torch.zeros_like(h0)
        y, _ = self.rnn(notes, (h0, c0))              # notes: (T, n_notes), unbatched
        return self.out(y)


def probe():
    dec = MelodyDecoder(latent=4, n_notes=12, hidden=9)
    assert dec(torch.randn(4), torch.randn(16, 12)).shape == (16, 12)
