"""A residual recurrent layer (after siat-nlp/seq2seq-pytorch's RecurrentEncoderLayer, fixed)
builds its feed-forward block with `2 * hidden if bidirectional else hidden`: in each
configuration the block gets the width that configuration passes, and the output after the
residual add has it too."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class FeedForward(nn.Module):
    def __init__(self, input_size, output_size):
        super().__init__()
        self.proj = nn.Linear(input_size, output_size)

    def forward(self, x):
        return self.proj(F.relu(x))


class EncoderLayer(nn.Module):
    def __init__(self, hidden_size=16, bidirectional=True):
        super().__init__()
        width = 2 * hidden_size if bidirectional else hidden_size
        self.rnn = nn.LSTM(hidden_size, hidden_size, batch_first=True, bidirectional=bidirectional)
        self.norm = nn.LayerNorm(width)
        self.feed_forward = FeedForward(2 * hidden_size if bidirectional else hidden_size, width)

    def forward(self, src, scale):
        out, _ = self.rnn(src)
        out = self.norm(out * scale)
        return out + self.feed_forward(out)


def probe():
    EncoderLayer()(torch.randn(2, 5, 16), 0.5)
    EncoderLayer(bidirectional=False)(torch.randn(2, 5, 16), 0.5)
