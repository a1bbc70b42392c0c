"""The last layer's two directions of h_n, h_n[-2] and h_n[-1], are joined for the head."""
import torch
import torch.nn as nn


class Sentiment(nn.Module):
    def __init__(self, vocab=100, emb=16, hidden=20, layers=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hidden, num_layers=layers, bidirectional=True, dropout=0.2)
        self.fc = nn.Linear(hidden * 2, 1)

    def forward(self, text):
        _, (hidden, _) = self.rnn(self.embed(text))
        hidden = torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)
        return self.fc(hidden)


def probe():
    Sentiment()(torch.randint(0, 100, (12, 4)))
