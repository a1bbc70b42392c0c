# expect: LC008 line 26
"""A BatchRNN-style stack: bidirectional layers that do not sum their directions, but the next
layer is built for H."""
import torch
import torch.nn as nn

SUPPORTED_RNNS = {"lstm": nn.LSTM, "gru": nn.GRU}


class BatchRNN(nn.Module):
    def __init__(self, input_size, hidden_size, rnn_type=nn.LSTM, bidirectional=False):
        super().__init__()
        self.rnn = rnn_type(input_size=input_size, hidden_size=hidden_size, bidirectional=bidirectional)

    def forward(self, x):
        x, _ = self.rnn(x)
        return x


class Stack(nn.Module):
    def __init__(self, rnn_type="lstm", features=16, hidden=12, layers=3):
        super().__init__()
        rnn_class = SUPPORTED_RNNS[rnn_type]
        rnns = [BatchRNN(features, hidden, rnn_type=rnn_class, bidirectional=True)]
        for _ in range(layers - 1):
            rnns.append(BatchRNN(hidden, hidden, rnn_type=rnn_class, bidirectional=True))  # fix: 2 * hidden
        self.rnns = nn.Sequential(*rnns)

    def forward(self, x):
        return self.rnns(x)


def probe():
    Stack()(torch.randn(7, 2, 16))
