"""init_hidden returns a list [h, c]; the caller turns it into a tuple before the call, and
the layer's returned tuple is detached element by element between chunks."""
import torch
import torch.nn as nn


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden=32, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(n_chars, hidden, layers, batch_first=True, dropout=0.3)
        self.fc = nn.Linear(hidden, n_chars)
        self.hidden, self.layers = hidden, layers

    def init_hidden(self, batch_size):
        return [torch.zeros(self.layers, batch_size, self.hidden) for _ in range(2)]

    def forward(self, x, hidden):
        out, hidden = self.lstm(x, hidden)
        return self.fc(out.reshape(-1, self.hidden)), hidden


def probe():
    net = CharRNN(20)
    h = tuple(net.init_hidden(6))
    for _ in range(3):
        h = tuple(each.detach() for each in h)
        logits, h = net(torch.randn(6, 10, 20), h)
    assert logits.shape == (60, 20)
