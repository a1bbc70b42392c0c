# torch: runs
"""The sentence encoder keeps a default batch size, but its forward makes the state for the
batch it is handed: five sentences get a state of five rows."""
import torch
import torch.nn as nn


class SentenceEncoder(nn.Module):
    def __init__(self, vocab, hidden=16, batch_size=32):
        super().__init__()
        self.hidden_size = hidden
        self.batch_size = batch_size
        self.embed = nn.Embedding(vocab, 8)
        self.gru = nn.GRU(8, hidden, batch_first=True)
        self.hidden = self.init_hidden()

    def init_hidden(self, batch=None):
        return torch.zeros(1, batch or self.batch_size, self.hidden_size)

    def forward(self, tokens):
        self.hidden = self.init_hidden(tokens.size(0))
        _, h_n = self.gru(self.embed(tokens), self.hidden)
        return h_n[-1]


def encode(encoder, sentences, count, length=12):
    tokens = torch.zeros(count, length, dtype=torch.long)
    for row, sentence in enumerate(sentences[:count]):
        tokens[row, :len(sentence)] = torch.tensor(sentence[:length])
    with torch.no_grad():
        return encoder(tokens)


def probe():
    sentences = [[1, 4, 9, 2], [3, 3, 7], [5, 8, 1, 1, 6], [2, 9], [7, 7, 7, 4]]
    encode(SentenceEncoder(20), sentences, len(sentences))
