"""The masked BiLSTM tagger with its emission layer sized for both directions."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, vocab=50, emb_dim=16, hidden_dim=32, tags=5):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb_dim)
        self.lstm = nn.LSTM(emb_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.hidden2tag = nn.Linear(2 * hidden_dim, tags)

    def forward(self, tokens, mask):
        out, _ = self.lstm(self.embed(tokens))
        out = out * mask.unsqueeze(-1)
        return self.hidden2tag(out)


def probe():
    tokens = torch.randint(0, 50, (2, 7))
    Tagger()(tokens, torch.ones(2, 7))
