# source: correct variant of bug_029 (a SimpleNamespace config passed through two constructors; the head sized for both directions)
"""The two-constructor route of var_029, written right."""
from types import SimpleNamespace

import torch
import torch.nn as nn

config = SimpleNamespace(vocab_size=100, embedding_size=32, lstm_hidden_size=24, num_labels=7)


class Encoder(nn.Module):
    def __init__(self, embedding_size, hidden_size):
        super().__init__()
        self.rnn = nn.LSTM(embedding_size, hidden_size, batch_first=True, bidirectional=True)

    def forward(self, embedded):
        output, _ = self.rnn(embedded)
        return output


class Tagger(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.embeddings = nn.Embedding(cfg.vocab_size, cfg.embedding_size)
        self.encoder = Encoder(cfg.embedding_size, cfg.lstm_hidden_size)
        self.classifier = nn.Linear(cfg.lstm_hidden_size * 2, cfg.num_labels)

    def forward(self, input_ids):
        return self.classifier(self.encoder(self.embeddings(input_ids)))


def probe():
    model = Tagger(config)
    model(torch.randint(0, 100, (2, 8)))


if __name__ == "__main__":
    probe()
