"""Attention scores with one feature (`Linear(2 * hidden, 1)`) weigh the caller's encoder
states: a last dim of 1 takes the other operand's, so the context has the encoder's width,
which the output layer is sized for."""
import torch
import torch.nn as nn


class Pooler(nn.Module):
    def __init__(self, input_size=8, hidden=16, enc_dim=40, classes=3):
        super().__init__()
        self.rnn = nn.LSTM(input_size, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * hidden, 1)
        self.out = nn.Linear(enc_dim, classes)

    def forward(self, x, enc_states):
        out, _ = self.rnn(x)
        weights = torch.softmax(self.score(out), dim=1)
        context = (weights * enc_states).sum(dim=1)
        return self.out(context)


def probe():
    Pooler()(torch.randn(2, 6, 8), torch.randn(2, 6, 40))
