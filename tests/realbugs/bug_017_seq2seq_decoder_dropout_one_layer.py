# source: https://github.com/IBM/pytorch-seq2seq/issues/171
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1
"""pytorch-seq2seq's sample builds DecoderRNN(..., dropout_p=0.2) with the default n_layers=1;
BaseRNN hands dropout_p to the GRU, which warns and applies no dropout."""
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
        self.input_dropout_p = input_dropout_p
        self.input_dropout = nn.Dropout(p=input_dropout_p)
        if rnn_cell.lower() == "lstm":
            self.rnn_cell = nn.LSTM
        elif rnn_cell.lower() == "gru":
            self.rnn_cell = nn.GRU
        else:
            raise ValueError("Unsupported RNN Cell: {0}".format(rnn_cell))
        self.dropout_p = dropout_p


class DecoderRNN(BaseRNN):
    def __init__(self, vocab_size, max_len, hidden_size, sos_id, eos_id, n_layers=1,
                 rnn_cell="gru", bidirectional=False, input_dropout_p=0, dropout_p=0,
                 use_attention=False):
        super(DecoderRNN, self).__init__(vocab_size, max_len, hidden_size, input_dropout_p,
                                         dropout_p, n_layers, rnn_cell)
        self.bidirectional_encoder = bidirectional
        self.rnn = self.rnn_cell(hidden_size, hidden_size, n_layers, batch_first=True, dropout=dropout_p)  # fix: dropout_p only when n_layers > 1
        self.output_size = vocab_size
        self.embedding = nn.Embedding(self.output_size, self.hidden_size)
        self.out = nn.Linear(self.hidden_size, self.output_size)

    def forward(self, inputs):
        embedded = self.input_dropout(self.embedding(inputs))
        output, hidden = self.rnn(embedded)
        return self.out(output), hidden


def probe():
    hidden_size = 16
    decoder = DecoderRNN(40, 50, hidden_size, dropout_p=0.2, use_attention=True,
                         eos_id=1, sos_id=2)
    decoder(torch.randint(0, 40, (3, 5)))


if __name__ == "__main__":
    probe()
