"""An embedding matrix built row by row from a word->vector dict; its width is the vectors' length."""
import torch
import torch.nn as nn

WORDS = ["<pad>", "the", "cat", "sat"]


def build_matrix(word_vectors, words, dim):
    matrix = torch.zeros(len(words), dim)
    for i, w in enumerate(words):
        if w in word_vectors:
            matrix[i] = word_vectors[w]
    return matrix


class Model(nn.Module):
    def __init__(self, matrix, hidden=6):
        super().__init__()
        n, dim = matrix.shape
        self.emb = nn.Embedding(n, dim, padding_idx=0)
        self.emb.weight.data = matrix
        self.rnn = nn.LSTM(dim, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(self.emb(x))[0]


def probe():
    vectors = {w: torch.randn(7) for w in WORDS[1:]}
    m = Model(build_matrix(vectors, WORDS, 7))
    out = m(torch.tensor([[1, 2, 3, 0]]))
    assert out.shape == (1, 4, 6)
