# torch: runs
# A learned one-hot: the Embedding maps each of n symbols to n features (initialised as the
# identity), and the LSTM reads n features; input_size is both the vocabulary and the width.
import torch
from torch import nn


class SymbolLSTM(nn.Module):
    def __init__(self, n_symbols, hidden=12):
        super().__init__()
        self.embed = nn.Embedding(n_symbols, n_symbols)
        nn.init.eye_(self.embed.weight)
        self.lstm = nn.LSTM(n_symbols, hidden, batch_first=True)

    def forward(self, ids):
        out, _ = self.lstm(self.embed(ids))
        return out


def probe():
    symbols = sorted(set("abracadabra"))
    SymbolLSTM(len(symbols))(torch.randint(0, len(symbols), (3, 4)))
