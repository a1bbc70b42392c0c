"""One GRU per modality built from a widths list, zipped with the modality inputs of the same
widths; the fused head takes the sum of the hidden sizes."""
import torch
import torch.nn as nn

MODALITIES = {"audio": 40, "video": 64, "text": 300}


class LateFusion(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.rnns = nn.ModuleList([nn.GRU(w, hidden, batch_first=True) for w in MODALITIES.values()])
        self.fuse = nn.Linear(hidden * len(MODALITIES), 3)

    def forward(self, inputs):
        finals = [rnn(x)[1][-1] for rnn, x in zip(self.rnns, inputs)]
        return self.fuse(torch.cat(finals, -1))


def probe():
    inputs = [torch.randn(2, 10, w) for w in MODALITIES.values()]
    assert LateFusion()(inputs).shape == (2, 3)
