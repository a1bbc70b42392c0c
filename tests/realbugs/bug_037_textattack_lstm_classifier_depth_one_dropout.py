# source: https://github.com/QData/TextAttack/pull/19
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.3 and num_layers=1
"""TextAttack's LSTM classifier passes its dropout to a depth-1 bidirectional LSTM; torch warns
that the dropout is never applied (the fix zeroes dropout when depth <= 1)."""
import torch
from torch import nn as nn


class GloveEmbeddingLayer(nn.Module):
    """Stands in for the GloVe layer: 200-dimensional word vectors."""

    def __init__(self, n_words=100, n_d=200, emb_layer_trainable=True):
        super().__init__()
        self.n_d = n_d
        self.embedding = nn.Embedding(n_words, n_d)
        self.embedding.weight.requires_grad = emb_layer_trainable

    def forward(self, input):
        return self.embedding(input)


class LSTMForClassification(nn.Module):
    def __init__(self, hidden_size=150, depth=1, dropout=0.3, num_labels=2, max_seq_length=128,
                 model_path=None, emb_layer_trainable=True):
        super().__init__()
        self.max_seq_length = max_seq_length
        self.drop = nn.Dropout(dropout)
        self.emb_layer = GloveEmbeddingLayer(emb_layer_trainable=emb_layer_trainable)
        self.word2id = {}
        d_out = self.emb_layer.n_d
        self.encoder = nn.LSTM(input_size=d_out, hidden_size=hidden_size // 2, num_layers=depth, dropout=dropout, bidirectional=True)  # fix: dropout=0 when depth <= 1
        d_out = hidden_size
        self.out = nn.Linear(d_out, num_labels)

    def forward(self, _input):
        _input = _input.t()
        emb = self.drop(self.emb_layer(_input))
        output, hidden = self.encoder(emb)
        output = torch.max(output, dim=0)[0]
        output = self.drop(output)
        return self.out(output)


def probe():
    model = LSTMForClassification(hidden_size=16)
    model(torch.randint(0, 100, (3, 9)))


if __name__ == "__main__":
    probe()
