"""Bidirectional two-layer GRU: the last layer's two directions h_n[-2], h_n[-1] joined."""
import torch
import torch.nn as nn


class TextRNN(nn.Module):
    def __init__(self, vocab, emb, hid, n_cls):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hid, num_layers=2, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(hid * 2, n_cls)

    def forward(self, text):
        _, hidden = self.rnn(self.embedding(text))
        hidden = torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)
        return self.fc(hidden)


def probe():
    assert TextRNN(40, 8, 12, 3)(torch.randint(0, 40, (5, 9))).shape == (5, 3)
