"""AllenNLP-style seq2seq encoder wrapper with get_output_dim() reading the module's own flags."""
import torch
import torch.nn as nn


class PytorchSeq2SeqWrapper(nn.Module):
    def __init__(self, module):
        super().__init__()
        self._module = module

    def get_output_dim(self):
        return self._module.hidden_size * (2 if self._module.bidirectional else 1)

    def forward(self, x):
        return self._module(x)[0]


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = PytorchSeq2SeqWrapper(nn.LSTM(8, 10, batch_first=True, bidirectional=True))
        self.tag_projection = nn.Linear(self.encoder.get_output_dim(), 5)

    def forward(self, x):
        return self.tag_projection(self.encoder(x))


def probe():
    assert Tagger()(torch.randn(2, 6, 8)).shape == (2, 6, 5)
