"""A stateful tagger keeps its hidden state on self, re-initialised for each batch."""
import torch
import torch.nn as nn


class StatefulTagger(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, vocab_size, tagset_size):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim // 2, num_layers=1, bidirectional=True)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)
        self.hidden = self.init_hidden()

    def init_hidden(self):
        return (torch.randn(2, 1, self.hidden_dim // 2),
                torch.randn(2, 1, self.hidden_dim // 2))

    def forward(self, sentence):
        self.hidden = self.init_hidden()
        embeds = self.word_embeddings(sentence).view(len(sentence), 1, -1)
        lstm_out, self.hidden = self.lstm(embeds, self.hidden)
        return self.hidden2tag(lstm_out.view(len(sentence), self.hidden_dim))


def probe():
    tagger = StatefulTagger(embedding_dim=5, hidden_dim=4, vocab_size=20, tagset_size=3)
    assert tagger(torch.tensor([1, 4, 7, 2])).shape == (4, 3)
