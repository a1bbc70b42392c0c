# fairseq's LSTMEncoder as written (https://github.com/facebookresearch/fairseq/blob/main/fairseq/models/lstm.py):
# the size tuple counts both directions when the encoder is bidirectional, and a learned first
# state expanded from a size tuple (fast_abs_rl's `init_h.unsqueeze(1).expand(*size)`).
import torch
from torch import nn


class LSTMEncoder(nn.Module):
    def __init__(self, embed_dim=8, hidden_size=16, num_layers=2, bidirectional=True):
        super().__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.bidirectional = bidirectional
        self.lstm = nn.LSTM(embed_dim, hidden_size, num_layers=num_layers, bidirectional=bidirectional)
        self.gru = nn.GRU(embed_dim, hidden_size, num_layers=num_layers)
        self.init_h = nn.Parameter(torch.zeros(num_layers, hidden_size))

    def forward(self, x):
        bsz = x.size(1)
        if self.bidirectional:
            state_size = 2 * self.num_layers, bsz, self.hidden_size
        else:
            state_size = self.num_layers, bsz, self.hidden_size
        h0 = x.new_zeros(*state_size)
        c0 = x.new_zeros(*state_size)
        out, (h, c) = self.lstm(x, (h0, c0))
        size = (self.init_h.size(0), bsz, self.init_h.size(1))
        out2, _ = self.gru(x, self.init_h.unsqueeze(1).expand(*size).contiguous())
        return out, out2


def probe():
    data = getattr(torch, "randn")  # data the linter does not see: only the code's own shapes
    LSTMEncoder()(data(5, 3, 8))
    LSTMEncoder(bidirectional=False)(data(5, 3, 8))
