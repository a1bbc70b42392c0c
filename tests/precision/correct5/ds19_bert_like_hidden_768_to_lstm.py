"""A transformer-like encoder's 768-d token states feed a BiLSTM built for 768 from its
config."""
import torch
import torch.nn as nn


class FakeEncoder(nn.Module):
    def __init__(self, hidden_size=768):
        super().__init__()
        self.config = type("Config", (), {"hidden_size": hidden_size})()
        self.embed = nn.Embedding(100, hidden_size)

    def forward(self, ids):
        return self.embed(ids)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.bert = FakeEncoder()
        self.lstm = nn.LSTM(self.bert.config.hidden_size, 64, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(128, 9)

    def forward(self, ids):
        return self.fc(self.lstm(self.bert(ids))[0])


def probe():
    assert Model()(torch.randint(0, 100, (2, 7))).shape == (2, 7, 9)
