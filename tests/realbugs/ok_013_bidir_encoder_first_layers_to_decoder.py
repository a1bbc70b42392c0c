# source: https://github.com/spro/practical-pytorch/issues/97
"""Batched seq2seq: a 2-layer bidirectional encoder's hidden (4, B, H) is sliced with
encoder_hidden[:decoder.n_layers] before the decoder: (2, B, H), which the decoder accepts
(whether those are the best states to take is the thread's question, not a shape error)."""
import torch
import torch.nn as nn


class EncoderRNN(nn.Module):
    def __init__(self, input_size, hidden_size, n_layers=1, dropout=0.1):
        super(EncoderRNN, self).__init__()
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(input_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers, dropout=dropout, bidirectional=True)

    def forward(self, input_seqs, input_lengths, hidden=None):
        embedded = self.embedding(input_seqs)
        packed = torch.nn.utils.rnn.pack_padded_sequence(embedded, input_lengths)
        outputs, hidden = self.gru(packed, hidden)
        outputs, output_lengths = torch.nn.utils.rnn.pad_packed_sequence(outputs)
        outputs = outputs[:, :, :self.hidden_size] + outputs[:, :, self.hidden_size:]
        return outputs, hidden


class DecoderRNN(nn.Module):
    def __init__(self, hidden_size, output_size, n_layers=1, dropout=0.1):
        super(DecoderRNN, self).__init__()
        self.n_layers = n_layers
        self.embedding = nn.Embedding(output_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers, dropout=dropout)
        self.out = nn.Linear(hidden_size, output_size)

    def forward(self, input_seq, last_hidden):
        embedded = self.embedding(input_seq).unsqueeze(0)
        rnn_output, hidden = self.gru(embedded, last_hidden)
        return self.out(rnn_output.squeeze(0)), hidden


def probe():
    hidden_size, n_layers = 8, 2
    encoder = EncoderRNN(20, hidden_size, n_layers, dropout=0.1)
    decoder = DecoderRNN(hidden_size, 25, n_layers, dropout=0.1)
    encoder_outputs, encoder_hidden = encoder(torch.randint(0, 20, (6, 3)), [6, 5, 3])
    decoder_hidden = encoder_hidden[:decoder.n_layers]
    decoder(torch.tensor([1, 1, 1]), decoder_hidden)


if __name__ == "__main__":
    probe()
