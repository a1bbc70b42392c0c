# source: https://github.com/kevinlu1211/pytorch-batch-luong-attention/blob/768c5b809e7cd0a5dee97c91a2c534f8f3d66f69/models/luong_attention_batch/luong_attention_batch.py
# rule: LC005
# torch: TypeError: bias should be of type bool, got: float
"""kevinlu1211/pytorch-batch-luong-attention at 768c5b8 (models/luong_attention_batch/
luong_attention_batch.py, models/luong_attention/luong_attention.py,
train_luong_attention.py): the batched Luong-attention seq2seq builds its bidirectional encoder
as `nn.GRU(input_size, hidden_size, n_layers, dropout, bidirectional=True)` (and its decoder as
`nn.GRU(input_size, hidden_size, n_layers, dropout)`): the fourth positional parameter of
nn.GRU is `bias`, not `dropout`, so the `--dropout` option (default 0.1) lands in `bias`. Old
torch took 0.1 as a true bias flag and silently trained without dropout; current torch rejects
the float. The non-batched version of the same model in models/luong_attention passes
`dropout=dropout` by keyword, which is the fix. argparse is a namespace of the train script's
defaults (sizes scaled down), the GloVe embedding maps are random nn.Embedding layers and the
sentence pairs random ids."""
import types

import torch
import torch.nn as nn
from torch.autograd import Variable
from torch.nn.utils.rnn import pad_packed_sequence, pack_padded_sequence


class EncoderRNN(nn.Module):
    def __init__(self, hidden_size, input_size, n_layers, dropout, word_embedding_matrix, rnn_cell, use_cuda):
        super().__init__()
        self.hidden_size = hidden_size
        self.input_size = input_size
        self.n_layers = n_layers
        self.dropout = dropout
        self.embedding = word_embedding_matrix
        if rnn_cell == "GRU":
            self.rnn = nn.GRU(input_size, hidden_size, n_layers, dropout, bidirectional=True)  # fix: nn.GRU(input_size, hidden_size, n_layers, dropout=dropout, bidirectional=True)

        self.use_cuda = use_cuda

    def forward(self, input_seqs, hidden, input_lengths):
        """
        input_seqs : (Max input length, batch_size)
        input_lengths: (batch_size)
        """
        embedded = self.embedding(input_seqs)
        packed = pack_padded_sequence(embedded, input_lengths)
        outputs, hidden = self.rnn(packed, hidden)
        outputs, output_lengths = pad_packed_sequence(outputs)

        # Max input length, batch_size, hidden_size, we add the backward and forward
        # hidden states together
        outputs = outputs[:, :, :self.hidden_size] + outputs[:, :, self.hidden_size:]

        hidden_layers = []
        for i in range(self.n_layers):
            hidden_layers.append((hidden[i*2, :, :] + hidden[(i*2)+1, :, :]).unsqueeze(0))
        return outputs, torch.cat(hidden_layers, 0)

    def init_hidden(self, batch_size):
        hidden = Variable(torch.zeros(self.n_layers * 2, batch_size, self.hidden_size))
        if self.use_cuda: hidden = hidden.cuda()
        return hidden


def probe():
    # train_luong_attention.py defaults: --n_layers 2 --dropout 0.1 --rnn_cell GRU (sizes scaled down)
    args = types.SimpleNamespace(hidden_size=16, input_size=12, n_layers=2, dropout=0.1,
                                 rnn_cell="GRU", batch_size=4, use_cuda=False)
    encoder_embedding_matrix = nn.Embedding(30, args.input_size)
    encoder = EncoderRNN(args.hidden_size, args.input_size, args.n_layers, args.dropout,
                         encoder_embedding_matrix, args.rnn_cell, args.use_cuda)
    input_seqs = torch.randint(0, 30, (9, args.batch_size))
    input_lengths = [9, 8, 6, 3]
    hidden = encoder.init_hidden(args.batch_size)
    encoder_outputs, encoder_hidden = encoder(input_seqs, hidden, input_lengths)
    assert encoder_hidden.shape == (args.n_layers, args.batch_size, args.hidden_size)


if __name__ == "__main__":
    probe()
