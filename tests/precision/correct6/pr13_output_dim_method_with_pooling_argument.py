"""get_output_dim(pooling) gives 2h for 'cat' and h for 'sum'; each head asks for its own."""
import torch
import torch.nn as nn


class BiEncoder(nn.Module):
    def __init__(self, n_in=5, hidden=6):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)

    def get_output_dim(self, pooling="cat"):
        return 2 * self.hidden if pooling == "cat" else self.hidden

    def forward(self, x, pooling="cat"):
        out, _ = self.rnn(x)
        if pooling == "sum":
            out = out[..., : self.hidden] + out[..., self.hidden:]
        return out


def probe():
    enc = BiEncoder()
    cat_head = nn.Linear(enc.get_output_dim("cat"), 2)
    sum_head = nn.Linear(enc.get_output_dim("sum"), 2)
    x = torch.randn(2, 4, 5)
    out = cat_head(enc(x))
    assert out.shape == sum_head(enc(x, "sum")).shape == (2, 4, 2)
