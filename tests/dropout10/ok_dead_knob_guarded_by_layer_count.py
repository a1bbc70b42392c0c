# torch: runs
# The same kwargs-configured encoder, written to hand the GRU its dropout only when it stacks
# layers, and to apply the dropout to the output otherwise.
import torch
from torch import nn


class CharEncoder(nn.Module):
    def __init__(self, n_chars, dim, **options):
        super().__init__()
        layers = options.get("layers", 1)
        p = options.get("rnn_dropout", 0.0)
        self.embed = nn.Embedding(n_chars, dim, padding_idx=0)
        self.rnn = nn.GRU(dim, dim, num_layers=layers, batch_first=True,
                          dropout=p if layers > 1 else 0.0)
        self.out_drop = nn.Dropout(p if layers == 1 else 0.0)

    def forward(self, chars):
        out, _ = self.rnn(self.embed(chars))
        return self.out_drop(out)


def probe():
    one = CharEncoder(30, 8, rnn_dropout=0.3)
    two = CharEncoder(30, 8, rnn_dropout=0.3, layers=2)
    chars = torch.randint(1, 30, (4, 11))
    assert one(chars).shape == two(chars).shape == (4, 11, 8)
