# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 12, got 16
# severity: warning (the vocabulary's size is read from data the linter does not see)
# A character-level classifier takes its sizes from a dict filled from the data; the GRU's
# input_size is the entry the Embedding was given as its vocabulary.
import torch
from torch import nn


class CharClassifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.embed = nn.Embedding(cfg["n_chars"], cfg["char_dim"])
        self.gru = nn.GRU(input_size=cfg["n_chars"], hidden_size=cfg["hidden"])  # fix: input_size=cfg["char_dim"]
        self.out = nn.Linear(cfg["hidden"], cfg["classes"])

    def forward(self, chars):
        _, h = self.gru(self.embed(chars))
        return self.out(h[-1])


def probe():
    alphabet = sorted(set("hello world, how are you"))
    cfg = {"n_chars": len(alphabet), "char_dim": 16, "hidden": 24, "classes": 3}
    model = CharClassifier(cfg)
    model(torch.randint(0, len(alphabet), (7, 2)))
