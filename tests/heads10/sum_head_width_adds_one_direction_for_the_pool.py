"""A review classifier joins the BiLSTM's last step with the mean over its steps when pooling is
on; the head's width is summed term by term where the model is built, and the pooling term adds
one direction's `hidden` where the pooled features have both."""
import torch
import torch.nn as nn


class ReviewClassifier(nn.Module):
    def __init__(self, emb_dim, hidden, n_cls, bidirectional=True, use_mean_pool=True):
        super().__init__()
        self.use_mean_pool = use_mean_pool
        self.rnn = nn.LSTM(emb_dim, hidden, batch_first=True, bidirectional=bidirectional)
        head_in = hidden
        if bidirectional:
            head_in *= 2
        if use_mean_pool:
            head_in += hidden
        self.head = nn.Linear(head_in, n_cls)  # expect: LC007

    def forward(self, x):
        out, _ = self.rnn(x)
        feats = out[:, -1]
        if self.use_mean_pool:
            feats = torch.cat([feats, out.mean(dim=1)], dim=1)
        return self.head(feats)


def probe():
    ReviewClassifier(emb_dim=12, hidden=10, n_cls=2)(torch.randn(3, 8, 12))
