"""Encoder and decoder share num_layers, so the encoder's (h, c) fits the decoder as is."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_dim, emb_dim, hid_dim, n_layers, dropout):
        super().__init__()
        self.embedding = nn.Embedding(input_dim, emb_dim)
        self.rnn = nn.LSTM(emb_dim, hid_dim, n_layers, dropout=dropout)

    def forward(self, src):
        _, (hidden, cell) = self.rnn(self.embedding(src))
        return hidden, cell


class Decoder(nn.Module):
    def __init__(self, output_dim, emb_dim, hid_dim, n_layers, dropout):
        super().__init__()
        self.embedding = nn.Embedding(output_dim, emb_dim)
        self.rnn = nn.LSTM(emb_dim, hid_dim, n_layers, dropout=dropout)
        self.fc_out = nn.Linear(hid_dim, output_dim)

    def forward(self, token, hidden, cell):
        output, (hidden, cell) = self.rnn(self.embedding(token.unsqueeze(0)), (hidden, cell))
        return self.fc_out(output.squeeze(0)), hidden, cell


def probe():
    enc = Encoder(30, 8, 16, 2, 0.5)
    dec = Decoder(40, 8, 16, 2, 0.5)
    hidden, cell = enc(torch.randint(0, 30, (6, 3)))
    token = torch.zeros(3, dtype=torch.long)
    for _ in range(4):
        logits, hidden, cell = dec(token, hidden, cell)
        token = logits.argmax(1)
