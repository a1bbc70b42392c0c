"""fairseq's build_model(cls, args): defaults filled on args, then cls(...) with derived sizes."""
from types import SimpleNamespace

import torch
import torch.nn as nn


class LSTMModel(nn.Module):
    def __init__(self, embed_dim, hidden_size, num_layers, bidirectional):
        super().__init__()
        self.embed = nn.Embedding(30, embed_dim)
        self.lstm = nn.LSTM(embed_dim, hidden_size, num_layers, bidirectional=bidirectional)
        self.output_units = hidden_size * (2 if bidirectional else 1)
        self.fc = nn.Linear(self.output_units, 30)

    @classmethod
    def build_model(cls, args):
        embed_dim = getattr(args, "encoder_embed_dim", 16)
        hidden = getattr(args, "encoder_hidden_size", embed_dim)
        return cls(embed_dim, hidden, getattr(args, "encoder_layers", 1),
                   getattr(args, "encoder_bidirectional", False))

    def forward(self, tokens):
        return self.fc(self.lstm(self.embed(tokens))[0])


def probe():
    model = LSTMModel.build_model(SimpleNamespace(encoder_embed_dim=12, encoder_bidirectional=True))
    assert model(torch.randint(0, 30, (5, 2))).shape == (5, 2, 30)
    model = LSTMModel.build_model(SimpleNamespace(encoder_layers=2, encoder_hidden_size=20))
    assert model(torch.randint(0, 30, (5, 2))).shape == (5, 2, 30)
