"""GloVe 300d vectors copied into an nn.Embedding of dim 300; the LSTM takes 300."""
import torch
import torch.nn as nn

EMBEDDING_DIM = 300
VOCAB = 60


def load_vectors(vocab_size, dim=EMBEDDING_DIM):
    return torch.randn(vocab_size, dim)    # glove.840B.300d rows in the real script


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(VOCAB, EMBEDDING_DIM)
        self.embedding.weight.data.copy_(load_vectors(VOCAB))
        self.lstm = nn.LSTM(EMBEDDING_DIM, 32, num_layers=2, dropout=0.5, bidirectional=True)
        self.fc = nn.Linear(64, 1)

    def forward(self, text):
        _, (h, _) = self.lstm(self.embedding(text))
        return self.fc(torch.cat((h[-2], h[-1]), dim=1))


def probe():
    Model()(torch.randint(0, VOCAB, (10, 3)))
