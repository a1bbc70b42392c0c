"""An attention-free pooling classifier: the mean of the BiGRU's steps goes through a
projection to `hidden` and then to the classifier, which was sized for the pooled features
the projection replaced. Written in forward, not in a Sequential: the same fact."""
import torch
import torch.nn as nn


class PooledClassifier(nn.Module):
    def __init__(self, n_feat, hidden, n_cls):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, hidden)
        self.dropout = nn.Dropout(0.3)
        self.cls = nn.Linear(2 * hidden, n_cls)  # expect: LC007

    def forward(self, x):
        out, _ = self.rnn(x)
        pooled = out.mean(dim=1)
        feat = self.dropout(torch.tanh(self.fc(pooled)))
        return self.cls(feat)


def probe():
    PooledClassifier(n_feat=6, hidden=10, n_cls=4)(torch.randn(3, 12, 6))
