"""Fixed-length sequences: the whole output flattened (B, T*H) for a dense head of T*H."""
import torch
import torch.nn as nn

SEQ_LEN = 12
HIDDEN = 6


class Flat(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(input_size=4, hidden_size=HIDDEN, batch_first=True)
        self.dense = nn.Linear(SEQ_LEN * HIDDEN, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.dense(out.reshape(out.size(0), -1))


def probe():
    result = Flat()(torch.randn(3, SEQ_LEN, 4)).shape
    assert result == (3, 1)
