"""AllenNLP-style get_input_dim/get_output_dim methods chain two encoders."""
import torch
import torch.nn as nn


class Seq2SeqEncoder(nn.Module):
    def __init__(self, input_dim, hidden_dim, bidirectional):
        super().__init__()
        self._module = nn.LSTM(input_dim, hidden_dim, batch_first=True, bidirectional=bidirectional)

    def get_input_dim(self):
        return self._module.input_size

    def get_output_dim(self):
        return self._module.hidden_size * (2 if self._module.bidirectional else 1)

    def forward(self, x):
        return self._module(x)[0]


def probe():
    first = Seq2SeqEncoder(12, 7, True)
    second = Seq2SeqEncoder(first.get_output_dim(), 5, False)
    proj = nn.Linear(second.get_output_dim(), 3)
    out = proj(second(first(torch.randn(2, 4, 12))))
    assert out.shape == (2, 4, 3)
