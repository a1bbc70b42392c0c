"""An intent classifier reads the GRU's final state as one row per sample with
`h_n.view(batch, hidden)`, which held while the encoder had one layer; the config now asks
for two, and the view has twice the elements it asks for."""
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
        sentence = h_n.view(batch, self.hidden)  # expect: LC007
        return self.out(sentence)


def probe():
    IntentClassifier(CONFIG)(torch.randint(0, 80, (5, 9)))
