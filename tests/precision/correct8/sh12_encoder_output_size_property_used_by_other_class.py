"""AllenNLP style: an encoder exposes get_output_dim() from its layer; a tagger built around
any encoder sizes its projection from it."""
import torch
import torch.nn as nn


class LstmSeq2SeqEncoder(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False):
        super().__init__()
        self._module = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True,
                               bidirectional=bidirectional)

    def get_output_dim(self):
        return self._module.hidden_size * (2 if self._module.bidirectional else 1)

    def forward(self, x):
        return self._module(x)[0]


class SimpleTagger(nn.Module):
    def __init__(self, encoder, num_tags):
        super().__init__()
        self.encoder = encoder
        self.tag_projection_layer = nn.Linear(encoder.get_output_dim(), num_tags)

    def forward(self, embedded):
        return self.tag_projection_layer(self.encoder(embedded))


def probe():
    for bidir in (False, True):
        tagger = SimpleTagger(LstmSeq2SeqEncoder(10, 14, 2, bidir), 6)
        assert tagger(torch.randn(2, 7, 10)).shape == (2, 7, 6)
