# torch: RuntimeError: Expected hidden size (1, 5, 16), got [1, 32, 16]
"""A sentence encoder makes its GRU state once, in the constructor, for the batch size it
defaults to (32), and encodes whatever batch it is handed from that state. The encoding
helper builds a batch of as many sentences as it is asked for: five, here, which the file
shows, so this one is an error."""
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

    def init_hidden(self):
        return torch.zeros(1, self.batch_size, self.hidden_size)

    def forward(self, tokens):
        _, h_n = self.gru(self.embed(tokens), self.hidden)  # fix: a state for this batch, self.init_hidden() sized by tokens.size(0)
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
