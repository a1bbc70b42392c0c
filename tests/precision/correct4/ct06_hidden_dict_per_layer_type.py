"""States kept in a dict keyed by the module's name: a GRU's tensor and an LSTM's pair side by
side, each handed to its own layer."""
import torch
import torch.nn as nn


class TwoStreams(nn.Module):
    def __init__(self):
        super().__init__()
        self.words = nn.GRU(4, 8, batch_first=True)
        self.chars = nn.LSTM(3, 5, batch_first=True)

    def init_states(self, batch):
        return {"words": torch.zeros(1, batch, 8),
                "chars": (torch.zeros(1, batch, 5), torch.zeros(1, batch, 5))}

    def forward(self, w, c, states):
        ow, states["words"] = self.words(w, states["words"])
        oc, states["chars"] = self.chars(c, states["chars"])
        return torch.cat([ow[:, -1], oc[:, -1]], -1), states


def probe():
    m = TwoStreams()
    s = m.init_states(2)
    for _ in range(2):
        y, s = m(torch.randn(2, 5, 4), torch.randn(2, 6, 3), s)
    assert y.shape == (2, 13)
