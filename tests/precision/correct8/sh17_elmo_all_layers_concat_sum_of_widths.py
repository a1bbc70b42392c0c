"""Every layer's output concatenated (ELMo-like): the head's width is the sum of the layers'
output widths, computed from the layers themselves."""
import torch
import torch.nn as nn


class AllLayers(nn.Module):
    def __init__(self, n_in, widths, n_out):
        super().__init__()
        ins = [n_in] + [2 * w for w in widths[:-1]]
        self.rnns = nn.ModuleList(
            nn.LSTM(i, w, batch_first=True, bidirectional=True) for i, w in zip(ins, widths))
        total = sum(2 * rnn.hidden_size for rnn in self.rnns)
        self.head = nn.Linear(total, n_out)

    def forward(self, x):
        outs = []
        for rnn in self.rnns:
            x, _ = rnn(x)
            outs.append(x)
        return self.head(torch.cat(outs, dim=-1))


def probe():
    assert AllLayers(4, [8, 6, 5], 3)(torch.randn(2, 7, 4)).shape == (2, 7, 3)
