"""An attention vector made with the legacy constructor torch.Tensor(2 * hidden) over a BiGRU."""
import torch
import torch.nn as nn


class AttnClassifier(nn.Module):
    def __init__(self, n_in=6, hidden=8, classes=3):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.v = nn.Parameter(torch.Tensor(2 * hidden))
        nn.init.normal_(self.v)
        self.fc = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        out, _ = self.rnn(x)
        weights = torch.softmax(out @ self.v, dim=1)
        return self.fc((weights.unsqueeze(-1) * out).sum(1))


def probe():
    out = AttnClassifier()(torch.randn(2, 5, 6))
    assert out.shape == (2, 3)
