# source: https://github.com/IBM/pytorch-seq2seq/issues/101
# rule: LC009
# torch: RuntimeError: Expected hidden size (1, 4, 16), got [2, 4, 16]
"""sample.py with the encoder changed to n_layers=2 and the decoder left at its default of one
layer: the encoder's (2, B, H) final state is handed to a one-layer decoder RNN."""
import torch
import torch.nn as nn


class BaseRNN(nn.Module):
    def __init__(self, vocab_size, max_len, hidden_size, input_dropout_p, dropout_p, n_layers,
                 rnn_cell):
        super(BaseRNN, self).__init__()
        self.vocab_size = vocab_size
        self.max_len = max_len
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.input_dropout = nn.Dropout(p=input_dropout_p)
        if rnn_cell.lower() == "lstm":
            self.rnn_cell = nn.LSTM
        elif rnn_cell.lower() == "gru":
            self.rnn_cell = nn.GRU
        else:
            raise ValueError("Unsupported RNN Cell: {0}".format(rnn_cell))
        self.dropout_p = dropout_p


class EncoderRNN(BaseRNN):
    def __init__(self, vocab_size, max_len, hidden_size, input_dropout_p=0, dropout_p=0,
                 n_layers=1, bidirectional=False, rnn_cell="gru", variable_lengths=False):
        super(EncoderRNN, self).__init__(vocab_size, max_len, hidden_size, input_dropout_p,
                                         dropout_p, n_layers, rnn_cell)
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        self.rnn = self.rnn_cell(hidden_size, hidden_size, n_layers, batch_first=True,
                                 bidirectional=bidirectional, dropout=dropout_p)

    def forward(self, input_var):
        embedded = self.input_dropout(self.embedding(input_var))
        return self.rnn(embedded)


class DecoderRNN(BaseRNN):
    def __init__(self, vocab_size, max_len, hidden_size, sos_id, eos_id, n_layers=1,
                 rnn_cell="gru", bidirectional=False, input_dropout_p=0, dropout_p=0):
        super(DecoderRNN, self).__init__(vocab_size, max_len, hidden_size, input_dropout_p,
                                         dropout_p, n_layers, rnn_cell)
        self.bidirectional_encoder = bidirectional
        self.rnn = self.rnn_cell(hidden_size, hidden_size, n_layers, batch_first=True,
                                 dropout=dropout_p)
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        self.out = nn.Linear(hidden_size, vocab_size)

    def _cat_directions(self, h):
        if self.bidirectional_encoder:
            h = torch.cat([h[0:h.size(0):2], h[1:h.size(0):2]], 2)
        return h

    def forward(self, inputs, encoder_hidden):
        decoder_hidden = self._cat_directions(encoder_hidden)
        output, hidden = self.rnn(self.embedding(inputs), decoder_hidden)
        return self.out(output), hidden


def probe():
    hidden_size = 16
    bidirectional = False
    max_len = 50
    encoder = EncoderRNN(30, max_len, hidden_size, n_layers=2, bidirectional=bidirectional,
                         variable_lengths=True)
    decoder = DecoderRNN(40, max_len, hidden_size * 2 if bidirectional else hidden_size,  # fix: pass n_layers=2 here too, like the encoder
                         bidirectional=bidirectional, eos_id=1, sos_id=2)
    _, encoder_hidden = encoder(torch.randint(0, 30, (4, 7)))
    decoder(torch.randint(0, 40, (4, 5)), encoder_hidden)


if __name__ == "__main__":
    probe()
