# source: https://github.com/pytorch-lifestream/pytorch-lifestream/pull/109 ("Fix GRU multilayer
# hidden size init"): ptls's RnnEncoder kept a trainable starter of one row and expanded it with
# -1 in the layers' dim, so a GRU of num_layers > 1 got a (1, B, H) h_0. The fix expands it to
# num_layers * num_dir rows. Here the starter comes out of a Linear (a rank the walk cannot see).
import torch
from torch import nn


class RnnEncoder(nn.Module):
    def __init__(self, input_size, context_size, hidden_size, num_layers=2):
        super().__init__()
        self.num_layers = num_layers
        self.starter = nn.Linear(context_size, hidden_size)
        self.rnn = nn.GRU(input_size, hidden_size, num_layers=num_layers, batch_first=True)

    def forward(self, x, context):
        h_0 = torch.tanh(self.starter(context)).expand(1, -1, -1).contiguous()  # expect: LC009 error
        out, _ = self.rnn(x, h_0)
        return out


def probe():
    data = getattr(torch, "randn")  # data the linter does not see: only the code's own shapes
    encoder = RnnEncoder(6, 4, 16)
    encoder(data(3, 5, 6), data(1, 3, 4))
