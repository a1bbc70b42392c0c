"""A JSON config saved by a previous run, read back into the model."""
import json
import os
import tempfile

import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, emb_dim, hid_dim, n_layers, dropout, vocab=50):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb_dim)
        self.rnn = nn.LSTM(emb_dim, hid_dim, n_layers, dropout=dropout)
        self.fc = nn.Linear(hid_dim, vocab)

    def forward(self, src):
        return self.fc(self.rnn(self.embedding(src))[0])


def probe():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "config.json")
        with open(path, "w") as f:
            json.dump({"emb_dim": 12, "hid_dim": 18, "n_layers": 2, "dropout": 0.4}, f)
        with open(path) as f:
            params = json.load(f)
    assert Model(**params)(torch.randint(0, 50, (7, 2))).shape == (7, 2, 50)
