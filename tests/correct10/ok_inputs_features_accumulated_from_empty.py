"""Per-token features are joined onto an empty tensor as the options allow; the LSTM is sized
for the parts the options add."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, vocab=40, emb=12, n_pos=10, pos_dim=4, use_pos=False, hidden=8):
        super().__init__()
        self.use_pos = use_pos
        self.embed = nn.Embedding(vocab, emb)
        self.pos = nn.Embedding(n_pos, pos_dim)
        self.lstm = nn.LSTM(emb + (pos_dim if use_pos else 0), hidden, batch_first=True)

    def forward(self, tokens, tags):
        features = torch.Tensor()
        features = torch.cat([features, self.embed(tokens)], dim=-1)
        if self.use_pos:
            features = torch.cat([features, self.pos(tags)], dim=-1)
        return self.lstm(features)[0]


def probe():
    tokens, tags = torch.randint(0, 40, (2, 5)), torch.randint(0, 10, (2, 5))
    Tagger()(tokens, tags)
    Tagger(use_pos=True)(tokens, tags)
