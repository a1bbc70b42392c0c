"""A BiLSTM tagger zeroes its padded steps (`out * mask.unsqueeze(-1)`) before the emission
layer, which was sized for one direction. The mask is the caller's: its shape is not known,
but broadcasting keeps the output's 2 * hidden_dim features.
Built on the thread https://github.com/LeonYang95/PLELog/issues/18 (a bidirectional output
meeting an elementwise op and a layer sized for one direction)."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, vocab=50, emb_dim=16, hidden_dim=32, tags=5):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb_dim)
        self.lstm = nn.LSTM(emb_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.hidden2tag = nn.Linear(hidden_dim, tags)  # expect: LC007

    def forward(self, tokens, mask):
        out, _ = self.lstm(self.embed(tokens))
        out = out * mask.unsqueeze(-1)
        return self.hidden2tag(out)


def probe():
    tokens = torch.randint(0, 50, (2, 7))
    Tagger()(tokens, torch.ones(2, 7))
