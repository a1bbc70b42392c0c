# source: https://github.com/OpenNMT/OpenNMT-py/issues/358 (fixed by pull request #353)
# torch: AttributeError: 'tuple' object has no attribute 'dim'
# -rnn_type GRU crashes StdRNNDecoder: the decoder state keeps the encoder's final state in a
# tuple, as an LSTM's (h, c) is kept, and hands the tuple to nn.GRU.
import torch
import torch.nn as nn


class StdRNNDecoder(nn.Module):
    def __init__(self, rnn_type, emb_size, hidden_size, num_layers):
        super().__init__()
        self.rnn = getattr(nn, rnn_type)(emb_size, hidden_size, num_layers=num_layers)

    def forward(self, emb, enc_final):
        hidden = (enc_final,)
        output, hidden = self.rnn(emb, hidden)  # fix: pass hidden[0] when rnn_type is GRU
        return output, hidden


def probe():
    decoder = StdRNNDecoder("GRU", 8, 16, 1)
    decoder(torch.zeros(5, 3, 8), torch.zeros(1, 3, 16))
