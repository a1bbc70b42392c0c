# source: https://github.com/ngarneau/understanding-pytorch-batching-lstm/issues/1
"""Packed variable-length batches into a one-layer LSTM, classified from ht[-1]: the head's
in_features is the hidden size, and the state is built with the LSTM's own num_layers."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence


class LSTMClassifier(nn.Module):
    def __init__(self, vocab_size, embedding_dim, hidden_dim, output_size, num_layers=1):
        super(LSTMClassifier, self).__init__()
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, num_layers=num_layers)
        self.hidden2out = nn.Linear(hidden_dim, output_size)

    def init_hidden(self, batch_size):
        return (torch.randn(self.num_layers, batch_size, self.hidden_dim),
                torch.randn(self.num_layers, batch_size, self.hidden_dim))

    def forward(self, batch, lengths):
        self.hidden = self.init_hidden(batch.size(-1))
        embeds = self.embedding(batch)
        packed_input = pack_padded_sequence(embeds, lengths)
        packed_output, (ht, ct) = self.lstm(packed_input, self.hidden)
        return self.hidden2out(ht[-1])


def probe():
    model = LSTMClassifier(vocab_size=20, embedding_dim=6, hidden_dim=8, output_size=3)
    model(torch.randint(0, 20, (5, 4)), [5, 4, 3, 2])


if __name__ == "__main__":
    probe()
