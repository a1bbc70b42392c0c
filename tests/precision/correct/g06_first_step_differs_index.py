"""The first step feeds the image feature, later steps the embedded previous word."""
import torch
from torch import nn


class Caption(nn.Module):
    def __init__(self, feat=12, emb=8, hidden=10, vocab=30):
        super().__init__()
        self.img = nn.Linear(feat, emb)
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, vocab)

    def sample(self, feats, steps=5):
        state, word, ids = None, None, []
        for t in range(steps):
            if t == 0:
                inp = self.img(feats).unsqueeze(1)
            else:
                inp = self.embed(word).unsqueeze(1)
            hid, state = self.lstm(inp, state)
            word = self.fc(hid.squeeze(1)).argmax(1)
            ids.append(word)
        return torch.stack(ids, 1)


def probe():
    assert Caption().sample(torch.randn(3, 12)).shape == (3, 5)
