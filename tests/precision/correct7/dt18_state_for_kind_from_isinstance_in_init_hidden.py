"""A dict-picked class and an init_hidden that returns (h, c) or h by isinstance of the layer."""
import torch
import torch.nn as nn

RNN_CLASSES = {"LSTM": nn.LSTM, "GRU": nn.GRU, "RNN": nn.RNN}


class LM(nn.Module):
    def __init__(self, cell, vocab, emb, hidden, layers):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.rnn = RNN_CLASSES[cell](emb, hidden, layers)
        self.out = nn.Linear(hidden, vocab)
        self.hidden, self.layers = hidden, layers

    def init_hidden(self, batch):
        h = torch.zeros(self.layers, batch, self.hidden)
        if isinstance(self.rnn, nn.LSTM):
            return h, torch.zeros_like(h)
        return h

    def forward(self, x, state):
        y, state = self.rnn(self.emb(x), state)
        return self.out(y), state


def probe():
    for cell in RNN_CLASSES:
        model = LM(cell, 20, 6, 8, 2)
        y, _ = model(torch.randint(0, 20, (5, 3)), model.init_hidden(3))
        assert y.shape == (5, 3, 20)
