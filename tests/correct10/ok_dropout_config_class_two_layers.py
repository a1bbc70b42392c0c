"""A config class sets both the layer count and the dropout; the layer count is 2."""
import torch
import torch.nn as nn


class Config:
    embed_dim = 16
    hidden_dim = 24
    num_layers = 2
    dropout = 0.2
    vocab = 70


class TextRNN(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.embedding = nn.Embedding(config.vocab, config.embed_dim)
        self.rnn = nn.GRU(config.embed_dim, config.hidden_dim, config.num_layers,
                          dropout=config.dropout, batch_first=True)
        self.fc = nn.Linear(config.hidden_dim, 5)

    def forward(self, x):
        out, _ = self.rnn(self.embedding(x))
        return self.fc(out[:, -1])


def probe():
    TextRNN(Config())(torch.randint(0, 70, (3, 8)))
