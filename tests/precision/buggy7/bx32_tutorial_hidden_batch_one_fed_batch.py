# expect: LC009 line 17
"""The tagger tutorial's self.hidden made for batch 1 in __init__, but forward is fed a batch of 4."""
import torch
import torch.nn as nn


class LSTMTagger(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, vocab_size, tagset_size):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, batch_first=True)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)
        self.hidden = self.init_hidden()

    def init_hidden(self):
        return (torch.zeros(1, 1, self.hidden_dim), torch.zeros(1, 1, self.hidden_dim))  # fix: batch rows

    def forward(self, sentences):
        lstm_out, self.hidden = self.lstm(self.word_embeddings(sentences), self.hidden)
        return self.hidden2tag(lstm_out)


def probe():
    LSTMTagger(6, 6, 9, 3)(torch.randint(0, 9, (4, 5)))
