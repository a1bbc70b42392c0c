# source: https://github.com/IBM/pytorch-seq2seq/pull/99
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 3, 1), got [1, 3, 8]
"""The first report of the sample's `hidden_size * 2 if bidirectional else 1`, here with an
LSTM cell and bidirectional from the command line: without --bidirectional the decoder's LSTM
has hidden_size 1 and gets the encoder's (h, c) of hidden_size features."""
import argparse

import torch
import torch.nn as nn


class EncoderRNN(nn.Module):
    def __init__(self, vocab_size, hidden_size, bidirectional=False, rnn_cell="lstm"):
        super(EncoderRNN, self).__init__()
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        self.rnn = getattr(nn, rnn_cell.upper())(hidden_size, hidden_size, batch_first=True,
                                                 bidirectional=bidirectional)

    def forward(self, input_var):
        return self.rnn(self.embedding(input_var))


class DecoderRNN(nn.Module):
    def __init__(self, vocab_size, hidden_size, bidirectional=False, rnn_cell="lstm"):
        super(DecoderRNN, self).__init__()
        self.bidirectional_encoder = bidirectional
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        self.rnn = getattr(nn, rnn_cell.upper())(hidden_size, hidden_size, batch_first=True)

    def _cat_directions(self, h):
        if self.bidirectional_encoder:
            h = torch.cat([h[0:h.size(0):2], h[1:h.size(0):2]], 2)
        return h

    def forward(self, inputs, encoder_hidden):
        if isinstance(encoder_hidden, tuple):
            decoder_hidden = tuple([self._cat_directions(h) for h in encoder_hidden])
        else:
            decoder_hidden = self._cat_directions(encoder_hidden)
        return self.rnn(self.embedding(inputs), decoder_hidden)


def probe():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bidirectional", action="store_true", default=False)
    opt = parser.parse_args([])
    hidden_size = 8
    encoder = EncoderRNN(30, hidden_size, bidirectional=opt.bidirectional)
    decoder = DecoderRNN(40, hidden_size * 2 if opt.bidirectional else 1, bidirectional=opt.bidirectional)  # fix: hidden_size * 2 if opt.bidirectional else hidden_size
    _, encoder_hidden = encoder(torch.randint(0, 30, (3, 5)))
    decoder(torch.randint(0, 40, (3, 4)), encoder_hidden)


if __name__ == "__main__":
    probe()
