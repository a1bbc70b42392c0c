"""The review classifier with its head's width summed right: the pooling term doubles as the
last step's did."""
import torch
import torch.nn as nn


class ReviewClassifier(nn.Module):
    def __init__(self, emb_dim, hidden, n_cls, bidirectional=True, use_mean_pool=True):
        super().__init__()
        self.use_mean_pool = use_mean_pool
        self.rnn = nn.LSTM(emb_dim, hidden, batch_first=True, bidirectional=bidirectional)
        directions = 2 if bidirectional else 1
        head_in = hidden * directions
        if use_mean_pool:
            head_in += hidden * directions
        self.head = nn.Linear(head_in, n_cls)

    def forward(self, x):
        out, _ = self.rnn(x)
        feats = out[:, -1]
        if self.use_mean_pool:
            feats = torch.cat([feats, out.mean(dim=1)], dim=1)
        return self.head(feats)


def probe():
    ReviewClassifier(emb_dim=12, hidden=10, n_cls=2)(torch.randn(3, 8, 12))
    ReviewClassifier(emb_dim=12, hidden=10, n_cls=2, bidirectional=False, use_mean_pool=False)(torch.randn(3, 8, 12))
