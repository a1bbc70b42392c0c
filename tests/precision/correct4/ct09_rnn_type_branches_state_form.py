"""The state's form follows the layer: init_hidden returns a pair when rnn_type is 'lstm' and a
tensor otherwise; both configurations built and run."""
import torch
import torch.nn as nn


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden, layers, rnn_type="lstm"):
        super().__init__()
        self.rnn_type, self.hidden, self.layers = rnn_type, hidden, layers
        rnn_cls = nn.LSTM if rnn_type == "lstm" else nn.GRU
        self.rnn = rnn_cls(n_chars, hidden, layers, batch_first=True)
        self.fc = nn.Linear(hidden, n_chars)

    def init_hidden(self, batch_size):
        h = torch.zeros(self.layers, batch_size, self.hidden)
        if self.rnn_type == "lstm":
            return (h, torch.zeros_like(h))
        return h

    def forward(self, x, hidden):
        out, hidden = self.rnn(x, hidden)
        return self.fc(out), hidden


def probe():
    for kind in ("lstm", "gru"):
        m = CharRNN(11, 7, 2, kind)
        y, _ = m(torch.randn(3, 5, 11), m.init_hidden(3))
        assert y.shape == (3, 5, 11)
