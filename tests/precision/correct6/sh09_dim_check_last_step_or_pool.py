"""out.dim() decides between a batch and one sequence before the last step is taken."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=4, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        last = out[:, -1] if out.dim() == 3 else out[-1]
        return self.fc(last)


def probe():
    out = Model()(torch.randn(3, 5, 4))
    assert out.shape == (3, 2)
    out = Model()(torch.randn(5, 4))
    assert out.shape == (2,)
