"""Multi-scale: GRUs built alike in a list, each reading the input strided by its own rate
(x[:, ::rate]); none reads another's output, the pooled finals are concatenated."""
import torch
import torch.nn as nn

RATES = (1, 2, 4)


class MultiScale(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.grus = nn.ModuleList(nn.GRU(n_in, hidden, batch_first=True) for _ in RATES)
        self.head = nn.Linear(hidden * len(RATES), 2)

    def forward(self, x):
        finals = []
        for rate, gru in zip(RATES, self.grus):
            _, h = gru(x[:, ::rate])
            finals.append(h[-1])
        return self.head(torch.cat(finals, dim=-1))


def probe():
    assert MultiScale(6, 8)(torch.randn(2, 16, 6)).shape == (2, 2)
