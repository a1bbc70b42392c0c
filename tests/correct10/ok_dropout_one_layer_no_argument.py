"""A one-layer LSTM with an embedding dropout knob: the knob goes to nn.Dropout only."""
import torch
import torch.nn as nn


class Reader(nn.Module):
    def __init__(self, vocab=90, emb=24, hidden=24, emb_dropout=0.3):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.emb_drop = nn.Dropout(p=emb_dropout)
        self.lstm = nn.LSTM(emb, hidden, bidirectional=True, batch_first=True)

    def forward(self, tokens):
        return self.lstm(self.emb_drop(self.emb(tokens)))[0]


def probe():
    Reader()(torch.randint(0, 90, (2, 10)))
