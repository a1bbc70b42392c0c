"""Constructor defaults num_layers=1, dropout=0.0; the one site passes 3 layers and 0.2."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, emb, hid, num_layers=1, dropout=0.0):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hid, num_layers, dropout=dropout, batch_first=True)

    def forward(self, x):
        return self.rnn(self.embed(x))[0]


encoder = Encoder(30, 8, 16, num_layers=3, dropout=0.2)


def probe():
    encoder(torch.randint(0, 30, (2, 5)))
