"""A small AttrDict (the Hydra/OmegaConf habit of `cfg.model.hidden`) over a nested dict; the
layer and its bidirectional head read the same nested fields."""
import torch
import torch.nn as nn


class AttrDict(dict):
    def __getattr__(self, key):
        value = self[key]
        return AttrDict(value) if isinstance(value, dict) else value


cfg = AttrDict({
    "data": {"n_features": 11},
    "model": {"hidden": 18, "layers": 2, "bidirectional": True, "dropout": 0.2},
})


class Net(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        m = cfg.model
        self.rnn = nn.LSTM(cfg.data.n_features, m.hidden, m.layers, batch_first=True,
                           dropout=m.dropout, bidirectional=m.bidirectional)
        self.fc = nn.Linear(m.hidden * (2 if m.bidirectional else 1), 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def probe():
    assert Net(cfg)(torch.randn(3, 10, 11)).shape == (3, 1)
