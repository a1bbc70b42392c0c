"""The intent classifier reading its two-layer GRU's last layer, then a view of it: the view
holds one row per sample."""
import torch
import torch.nn as nn

CONFIG = {"vocab": 80, "emb": 16, "hidden": 24, "layers": 2, "intents": 6}


class IntentClassifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.hidden = cfg["hidden"]
        self.emb = nn.Embedding(cfg["vocab"], cfg["emb"])
        self.gru = nn.GRU(cfg["emb"], cfg["hidden"], num_layers=cfg["layers"], batch_first=True)
        self.out = nn.Linear(cfg["hidden"], cfg["intents"])

    def forward(self, tokens):
        batch = tokens.size(0)
        _, h_n = self.gru(self.emb(tokens))
        sentence = h_n[-1].view(batch, self.hidden)
        return self.out(sentence)


def probe():
    IntentClassifier(CONFIG)(torch.randint(0, 80, (5, 9)))
