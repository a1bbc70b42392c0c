"""The PyTorch tagger tutorial: self.hidden = self.init_hidden() in __init__, with batch 1,
and the sentence viewed as (len, 1, -1)."""
import torch
import torch.nn as nn


class LSTMTagger(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, vocab_size, tagset_size):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)
        self.hidden = self.init_hidden()

    def init_hidden(self):
        return (torch.zeros(1, 1, self.hidden_dim), torch.zeros(1, 1, self.hidden_dim))

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, self.hidden = self.lstm(embeds.view(len(sentence), 1, -1), self.hidden)
        return self.hidden2tag(lstm_out.view(len(sentence), -1))


def probe():
    model = LSTMTagger(6, 6, 9, 3)
    assert model(torch.tensor([0, 1, 2, 3])).shape == (4, 3)
    model.hidden = model.init_hidden()
    assert model(torch.tensor([4, 5])).shape == (2, 3)
