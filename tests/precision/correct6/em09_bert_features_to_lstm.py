"""Frozen transformer-like features of width d_model feed a BiLSTM built with d_model."""
import torch
import torch.nn as nn


class TinyTransformer(nn.Module):
    def __init__(self, vocab=50, d_model=32):
        super().__init__()
        self.d_model = d_model
        self.emb = nn.Embedding(vocab, d_model)
        layer = nn.TransformerEncoderLayer(d_model, nhead=4, dim_feedforward=64, batch_first=True)
        self.enc = nn.TransformerEncoder(layer, num_layers=1)

    def forward(self, x):
        return self.enc(self.emb(x))


class BertBiLSTM(nn.Module):
    def __init__(self, hidden=10, tags=5):
        super().__init__()
        self.bert = TinyTransformer()
        self.lstm = nn.LSTM(self.bert.d_model, hidden, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(hidden * 2, tags)

    def forward(self, ids):
        with torch.no_grad():
            feats = self.bert(ids)
        return self.classifier(self.lstm(feats)[0])


def probe():
    m = BertBiLSTM().eval()
    out = m(torch.randint(0, 50, (2, 7)))
    assert out.shape == (2, 7, 5)
