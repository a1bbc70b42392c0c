"""The pooling classifier with its classifier sized for the projection, and a second head fed
the projection joined with the pooled features: each module takes what reaches it."""
import torch
import torch.nn as nn


class PooledClassifier(nn.Module):
    def __init__(self, n_feat, hidden, n_cls):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, hidden)
        self.dropout = nn.Dropout(0.3)
        self.cls = nn.Linear(hidden, n_cls)
        self.aux = nn.Linear(3 * hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        pooled = out.mean(dim=1)
        feat = self.dropout(torch.tanh(self.fc(pooled)))
        return self.cls(feat), self.aux(torch.cat([feat, pooled], dim=1))


def probe():
    PooledClassifier(n_feat=6, hidden=10, n_cls=4)(torch.randn(3, 12, 6))
