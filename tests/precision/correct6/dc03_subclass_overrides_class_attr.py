"""A base model reads its sizes from class attributes; a subclass overrides them for its data."""
import torch
import torch.nn as nn


class BaseRNN(nn.Module):
    input_size = 10
    hidden_size = 20
    bidirectional = False

    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(self.input_size, self.hidden_size, batch_first=True,
                           bidirectional=self.bidirectional)
        directions = 2 if self.bidirectional else 1
        self.out = nn.Linear(self.hidden_size * directions, 2)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


class AudioRNN(BaseRNN):
    input_size = 40
    bidirectional = True


def probe():
    out = BaseRNN()(torch.randn(2, 5, 10))
    assert out.shape == (2, 2)
    out = AudioRNN()(torch.randn(2, 5, 40))
    assert out.shape == (2, 2)
