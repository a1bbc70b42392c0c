"""Encoder/decoder of a seq2seq package; the bug is in train.py."""
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, emb, hidden, n_layers):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hidden, n_layers, batch_first=True)

    def forward(self, src):
        _, state = self.rnn(self.embedding(src))
        return state


class Decoder(nn.Module):
    def __init__(self, vocab, emb, hidden, n_layers):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hidden, n_layers, batch_first=True)
        self.fc = nn.Linear(hidden, vocab)

    def forward(self, tgt, state):
        out, state = self.rnn(self.embedding(tgt), state)
        return self.fc(out), state
