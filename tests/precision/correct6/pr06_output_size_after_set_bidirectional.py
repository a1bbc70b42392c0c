"""A builder flips bidirectional on after construction-time defaults; the width is read afterwards."""
import torch
import torch.nn as nn


class EncoderBuilder:
    def __init__(self, input_size):
        self.input_size = input_size
        self.hidden = 16
        self.bidirectional = False

    def bidir(self):
        self.bidirectional = True
        self.hidden //= 2
        return self

    @property
    def output_size(self):
        return self.hidden * (2 if self.bidirectional else 1)

    def build(self):
        return nn.LSTM(self.input_size, self.hidden, batch_first=True, bidirectional=self.bidirectional)


def probe():
    builder = EncoderBuilder(9).bidir()
    rnn = builder.build()
    head = nn.Linear(builder.output_size, 2)
    out = head(rnn(torch.randn(2, 3, 9))[0])
    assert out.shape == (2, 3, 2)
