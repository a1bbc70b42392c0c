# source: https://github.com/IBM/pytorch-seq2seq/pull/184
# rule: LC009
# torch: RuntimeError: Expected hidden size (1, 4, 1), got [1, 4, 128]
"""sample.py sizes the decoder with `hidden_size * 2 if bidirectional else 1`, which is
`(hidden_size * 2) if bidirectional else 1`: with a one-way encoder the decoder gets
hidden_size=1 while the encoder's final state has 128 features."""
import torch
import torch.nn as nn


class EncoderRNN(nn.Module):
    def __init__(self, vocab_size, max_len, hidden_size, n_layers=1, bidirectional=False,
                 rnn_cell="gru"):
        super(EncoderRNN, self).__init__()
        self.max_len = max_len
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        if rnn_cell.lower() == "lstm":
            self.rnn_cell = nn.LSTM
        elif rnn_cell.lower() == "gru":
            self.rnn_cell = nn.GRU
        else:
            raise ValueError("Unsupported RNN Cell: {0}".format(rnn_cell))
        self.rnn = self.rnn_cell(hidden_size, hidden_size, n_layers, batch_first=True,
                                 bidirectional=bidirectional)

    def forward(self, input_var):
        embedded = self.embedding(input_var)
        output, hidden = self.rnn(embedded)
        return output, hidden


class DecoderRNN(nn.Module):
    def __init__(self, vocab_size, max_len, hidden_size, n_layers=1, rnn_cell="gru",
                 bidirectional=False, dropout_p=0):
        super(DecoderRNN, self).__init__()
        self.bidirectional_encoder = bidirectional
        self.max_length = max_len
        self.rnn = nn.GRU(hidden_size, hidden_size, n_layers, batch_first=True)
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        self.out = nn.Linear(hidden_size, vocab_size)

    def _cat_directions(self, h):
        if self.bidirectional_encoder:
            h = torch.cat([h[0:h.size(0):2], h[1:h.size(0):2]], 2)
        return h

    def _init_state(self, encoder_hidden):
        if encoder_hidden is None:
            return None
        return self._cat_directions(encoder_hidden)

    def forward(self, inputs, encoder_hidden):
        decoder_hidden = self._init_state(encoder_hidden)
        embedded = self.embedding(inputs)
        output, hidden = self.rnn(embedded, decoder_hidden)
        return self.out(output), hidden


def build(input_vocab_size, output_vocab_size):
    hidden_size = 128
    bidirectional = False
    max_len = 50
    encoder = EncoderRNN(input_vocab_size, max_len, hidden_size, bidirectional=bidirectional)
    decoder = DecoderRNN(output_vocab_size, max_len, hidden_size * 2 if bidirectional else 1,  # fix: hidden_size * (2 if bidirectional else 1)
                         dropout_p=0.2, bidirectional=bidirectional)
    return encoder, decoder


def probe():
    encoder, decoder = build(30, 40)
    src = torch.randint(0, 30, (4, 7))
    tgt = torch.randint(0, 40, (4, 6))
    _, encoder_hidden = encoder(src)
    decoder(tgt, encoder_hidden)


if __name__ == "__main__":
    probe()
