"""`cls(**config)` in a classmethod: the dict's keys are the constructor's parameters, the
bidirectional head follows the flag the dict gives."""
import torch
import torch.nn as nn


class TextEncoder(nn.Module):
    def __init__(self, vocab_size, embed_dim, hidden_dim, bidirectional=False, num_classes=2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.rnn = nn.LSTM(embed_dim, hidden_dim, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_dim * (1 + int(bidirectional)), num_classes)

    @classmethod
    def from_config(cls, config):
        return cls(**config)

    def forward(self, tokens):
        out, _ = self.rnn(self.embedding(tokens))
        return self.fc(out[:, -1])


def probe():
    small = TextEncoder.from_config({"vocab_size": 30, "embed_dim": 8, "hidden_dim": 10})
    big = TextEncoder.from_config({"vocab_size": 30, "embed_dim": 16, "hidden_dim": 24,
                                   "bidirectional": True, "num_classes": 5})
    tokens = torch.randint(0, 30, (2, 7))
    assert small(tokens).shape == (2, 2) and big(tokens).shape == (2, 5)
