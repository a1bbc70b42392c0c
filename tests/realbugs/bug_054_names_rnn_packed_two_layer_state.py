# source: https://github.com/ngarneau/understanding-pytorch-batching-lstm/issues/1
# rule: LC009
# torch: RuntimeError: Expected more hidden states in stacked_rnn
"""Batching tutorial: a one-layer LSTM over packed names, whose init_hidden builds states for two
layers: Expected hidden[0] size (1, 32, 32), got (2, 32, 32). With packed input the torch in
this venv lets the shape check pass and fails inside the kernel instead."""
import torch
from torch import nn as nn, autograd
from torch.nn import functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class NamesRNN(nn.Module):
    def __init__(self, vocab_size, embedding_dim, hidden_dim, output_size):
        super(NamesRNN, self).__init__()
        self.embedding_dim = embedding_dim
        self.hidden_dim = hidden_dim
        self.vocab_size = vocab_size
        self.char_embeds = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, num_layers=1)
        self.fully_connected_layer = nn.Linear(hidden_dim, output_size)
        self.softmax = nn.LogSoftmax(dim=1)

    def init_hidden(self, batch):
        return (autograd.Variable(torch.randn(2, batch, self.hidden_dim)),  # fix: one layer, one direction: torch.randn(1, batch, self.hidden_dim) for both states
                autograd.Variable(torch.randn(2, batch, self.hidden_dim)))

    def _get_lstm_features(self, names, lengths):
        self.hidden = self.init_hidden(names.size(-1))
        embeds = self.char_embeds(names)
        packed_input = pack_padded_sequence(embeds, lengths)
        packed_output, (ht, ct) = self.lstm(packed_input, self.hidden)
        lstm_out, _ = pad_packed_sequence(packed_output)
        lstm_out = torch.transpose(lstm_out, 0, 1)
        lstm_out = torch.transpose(lstm_out, 1, 2)
        lstm_out = torch.tanh(lstm_out)
        lstm_out, indices = F.max_pool1d(lstm_out, lstm_out.size(2), return_indices=True)
        lstm_out = torch.tanh(lstm_out.squeeze(2))
        return self.softmax(self.fully_connected_layer(lstm_out))

    def forward(self, name, lengths):
        return self._get_lstm_features(name, lengths)


def probe():
    model = NamesRNN(30, 12, 8, 5)
    lengths = torch.tensor([6, 5, 4, 3])
    batch = torch.randint(1, 30, (6, 4))  # (seq_len, batch), sorted by length
    model(batch, lengths)


if __name__ == "__main__":
    probe()
