# expect: LC008 line 11
"""The LSTM is built with hidden_dim as its input size but reads the embeddings."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, vocab_size, embedding_dim, hidden_dim, tagset_size):
        super().__init__()
        self.embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(hidden_dim, hidden_dim, batch_first=True)  # fix: embedding_dim, hidden_dim
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

    def forward(self, sentence):
        out, _ = self.lstm(self.embeddings(sentence))
        return self.hidden2tag(out)


def probe():
    Tagger(100, 32, 64, 5)(torch.randint(0, 100, (2, 9)))
