"""A bidirectional encoder's state handed to a one-way decoder with its directions
concatenated (`torch.cat([h[0:h.size(0):2], h[1:h.size(0):2]], 2)`, IBM seq2seq's
`_cat_directions`, OpenNMT's `_fix_enc_hidden`): the flow slices each direction's rows and
follows the result into the decoder. torch is the oracle: a forward pre-hook records the state
each GRU is handed; the flow's feed must carry the same shape, and LC009 is an error exactly
when torch raises."""

from __future__ import annotations


import pytest

from tests.torch_oracle import states_torch_sees
from lstmcheck.api import check_source
from lstmcheck.lint.extract import extract

SOURCE = '''
import torch
import torch.nn as nn


class EncoderRNN(nn.Module):
    def __init__(self, vocab, hidden, n_layers=1):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.rnn = nn.GRU(hidden, hidden, n_layers, batch_first=True, bidirectional=True)

    def forward(self, tokens):
        return self.rnn(self.embedding(tokens))


class DecoderRNN(nn.Module):
    def __init__(self, vocab, hidden, n_layers=1):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.rnn = nn.GRU(hidden, hidden, n_layers, batch_first=True)

    def _cat_directions(self, h):
        return torch.cat([h[0:h.size(0):2], h[1:h.size(0):2]], 2)

    def forward(self, tokens, encoder_hidden):
        hidden = self._cat_directions(encoder_hidden)
        return self.rnn(self.embedding(tokens), hidden)


def train():
    encoder = EncoderRNN(30, 8, n_layers=LAYERS)
    decoder = DecoderRNN(40, DECODER_HIDDEN, n_layers=LAYERS)
    _, encoder_hidden = encoder(torch.zeros(4, 7, dtype=torch.long))
    decoder(torch.zeros(4, 5, dtype=torch.long), encoder_hidden)
'''


# OpenNMT's form: a helper defined inside the method, testing the method's `self`.
NESTED = SOURCE.replace('''    def forward(self, tokens, encoder_hidden):
        hidden = self._cat_directions(encoder_hidden)''', '''    def init_state(self, encoder_final):
        def _fix_enc_hidden(hidden):
            if self.bidirectional_encoder:
                hidden = torch.cat([hidden[0:hidden.size(0):2], hidden[1:hidden.size(0):2]], 2)
            return hidden
        return _fix_enc_hidden(encoder_final)

    def forward(self, tokens, encoder_hidden):
        hidden = self.init_state(encoder_hidden)''').replace(
    "        self.rnn = nn.GRU(hidden, hidden, n_layers, batch_first=True)\n",
    "        self.rnn = nn.GRU(hidden, hidden, n_layers, batch_first=True)\n"
    "        self.bidirectional_encoder = True\n")


@pytest.mark.parametrize("style", [SOURCE, NESTED], ids=["method", "nested"])
@pytest.mark.parametrize("layers,decoder_hidden", [(1, 16), (1, 8), (2, 16), (2, 8)])
def test_concatenated_directions_reach_the_decoder(style, layers, decoder_hidden):
    assert style is SOURCE or "def _fix_enc_hidden" in style
    source = style.replace("LAYERS", str(layers)).replace("DECODER_HIDDEN", str(decoder_hidden))
    (state,), raised = states_torch_sees(source)
    decoder_line = source.splitlines().index(
        "        self.rnn = nn.GRU(hidden, hidden, n_layers, batch_first=True)") + 1
    known = {tuple(d.value for d in f.states[0].dims) for f in extract(source, "d.py").feeds
             if f.layer.line == decoder_line and f.states and f.states[0] is not None
             and f.states[0].dims is not None
             and all(d is not None and d.value is not None for d in f.states[0].dims)}
    assert known == {state}
    errors = [f for f in check_source(source, "d.py") if f.code == "LC009" and f.severity == "error"]
    assert bool(errors) == raised, errors
