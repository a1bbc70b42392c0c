# A state tiled to the decoder's width (a repeat count in the last dim), and a state handed in
# expanded over the layers: `repeat(L, 1, 2)` gives 2*H features, `expand(L, -1, -1)` L rows.
import torch
from torch import nn


class Decoder(nn.Module):
    def __init__(self, input_size=8, hidden_size=16, num_layers=2):
        super().__init__()
        self.num_layers = num_layers
        self.project = nn.Linear(4, hidden_size)
        self.rnn = nn.GRU(input_size, 2 * hidden_size, num_layers=num_layers, batch_first=True)
        self.second = nn.GRU(2 * hidden_size, 2 * hidden_size, num_layers=num_layers, batch_first=True)

    def forward(self, x, z, last):
        h_0 = self.project(z).unsqueeze(0).repeat(self.num_layers, 1, 2)
        out, _ = self.rnn(x, h_0)
        out, _ = self.second(out, last.expand(self.num_layers, -1, -1).contiguous())
        return out


def probe():
    data = getattr(torch, "randn")  # data the linter does not see: only the code's own shapes
    Decoder()(data(3, 5, 8), data(3, 4), data(1, 3, 32))
