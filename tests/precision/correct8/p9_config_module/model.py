"""The model of p9_config_module reads every size from settings.py (a module with no torch in
it), the head from its ENCODER_OUT and the states from its NUM_DIRECTIONS."""
import torch
import torch.nn as nn

import settings


class Tagger(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        self.embed = nn.Embedding(vocab, settings.EMBED_DIM)
        self.lstm = nn.LSTM(settings.EMBED_DIM, settings.HIDDEN_DIM, batch_first=True,
                            bidirectional=settings.BIDIRECTIONAL)
        self.tags = nn.Linear(settings.ENCODER_OUT, settings.NUM_TAGS)

    def forward(self, tokens):
        rows = settings.NUM_DIRECTIONS
        h0 = torch.zeros(rows, tokens.size(0), settings.HIDDEN_DIM)
        return self.tags(self.lstm(self.embed(tokens), (h0, h0))[0])


def probe():
    assert Tagger(40)(torch.randint(0, 40, (2, 6))).shape == (2, 6, 9)
