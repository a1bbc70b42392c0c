"""An LSTMCell caption sampler: topk(1) gives (B, 1) ids, squeezed before the embedding."""
import torch
import torch.nn as nn


class Captioner(nn.Module):
    def __init__(self, feat, emb, hidden, vocab):
        super().__init__()
        self.init_h = nn.Linear(feat, hidden)
        self.init_c = nn.Linear(feat, hidden)
        self.embed = nn.Embedding(vocab, emb)
        self.cell = nn.LSTMCell(emb, hidden)
        self.fc = nn.Linear(hidden, vocab)

    def sample(self, feats, steps=4):
        h, c = self.init_h(feats), self.init_c(feats)
        word = torch.zeros(feats.size(0), dtype=torch.long)
        words = []
        for _ in range(steps):
            h, c = self.cell(self.embed(word), (h, c))
            _, top = self.fc(h).topk(1)
            word = top.squeeze(1)
            words.append(word)
        return torch.stack(words, dim=1)


def probe():
    assert Captioner(20, 6, 9, 15).sample(torch.randn(3, 20)).shape == (3, 4)
