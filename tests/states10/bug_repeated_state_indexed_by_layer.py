# torch: RuntimeError: Expected hidden size (2, 5, 16), got [4, 5, 16]
# A streaming recognizer runs two bidirectional GRUs one after the other and keeps their
# states in one tensor, (2 * 2 directions, B, H); at each chunk it lists the saved tensor once
# per GRU and indexes the list by the GRU's position, so each GRU gets the other's rows too.
import torch
from torch import nn


class ChunkedEncoder(nn.Module):
    def __init__(self, features=8, hidden=16, blocks=2):
        super().__init__()
        self.blocks = blocks
        self.grus = nn.ModuleList()
        for i in range(blocks):
            self.grus.append(nn.GRU(features if i == 0 else 2 * hidden, hidden, bidirectional=True))

    def forward(self, chunk, saved):
        states = [saved] * self.blocks  # fix: each GRU's own rows: list(saved.split(2, dim=0))
        finals = []
        for i, gru in enumerate(self.grus):
            chunk, h = gru(chunk, states[i])
            finals.append(h)
        return chunk, torch.cat(finals, 0)


def probe():
    encoder = ChunkedEncoder()
    encoder(torch.randn(7, 5, 8), torch.zeros(4, 5, 16))
