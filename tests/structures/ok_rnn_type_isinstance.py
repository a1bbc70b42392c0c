# source: a correct look-alike (torch runs it)
# torch: runs
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, cell, emb, hidden):
        super().__init__()
        self.rnn = nn.LSTM(emb, hidden) if cell == "lstm" else nn.GRU(emb, hidden)

    def forward(self, x, state):
        if isinstance(self.rnn, nn.LSTM):
            state = (state, torch.zeros_like(state))
        return self.rnn(x, state)


decoder = Decoder("gru", 8, 16)
other = Decoder("lstm", 8, 16)


def probe():
    decoder(torch.zeros(5, 3, 8), torch.zeros(1, 3, 16))
    other(torch.zeros(5, 3, 8), torch.zeros(1, 3, 16))
