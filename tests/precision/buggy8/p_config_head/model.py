# expect: LC007 line 16
"""The model of p_config_head reads every size from settings.py; the tag layer reads
HIDDEN_DIM alone for a layer settings.py makes bidirectional."""
import torch
import torch.nn as nn

import settings


class Tagger(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        self.embed = nn.Embedding(vocab, settings.EMBED_DIM)
        self.lstm = nn.LSTM(settings.EMBED_DIM, settings.HIDDEN_DIM, batch_first=True,
                            bidirectional=settings.BIDIRECTIONAL)
        self.tags = nn.Linear(settings.HIDDEN_DIM, settings.NUM_TAGS)  # fix: HIDDEN_DIM * 2 when BIDIRECTIONAL

    def forward(self, tokens):
        return self.tags(self.lstm(self.embed(tokens))[0])


def probe():
    Tagger(40)(torch.randint(0, 40, (2, 6)))
