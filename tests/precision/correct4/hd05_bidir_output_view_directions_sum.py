"""Tagger: the bidirectional output (B, T, 2H) viewed (B, T, 2, H) and summed over directions,
so the tag head is Linear(H)."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, vocab_size, embedding_dim, hidden_dim, tagset_size):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, _ = self.lstm(embeds)
        B, T, _ = lstm_out.shape
        summed = lstm_out.view(B, T, 2, self.hidden_dim).sum(dim=2)
        return self.hidden2tag(summed)


def probe():
    result = Tagger(30, 6, 8, 5)(torch.randint(0, 30, (2, 7))).shape
    assert result == (2, 7, 5)
