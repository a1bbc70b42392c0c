"""Bidirectional outputs merged by a mode string; the head's width follows every mode."""
import torch
import torch.nn as nn


class MergedBiGRU(nn.Module):
    def __init__(self, n_in, hidden, n_out, merge_mode):
        super().__init__()
        if merge_mode not in ("concat", "sum", "mean"):
            raise ValueError(merge_mode)
        self.merge_mode, self.hidden = merge_mode, hidden
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden if merge_mode == "concat" else hidden, n_out)

    def forward(self, x):
        out, _ = self.gru(x)
        if self.merge_mode == "concat":
            merged = out
        else:
            fwd, bwd = out[..., :self.hidden], out[..., self.hidden:]
            merged = fwd + bwd if self.merge_mode == "sum" else (fwd + bwd) / 2
        return self.head(merged)


models = [MergedBiGRU(4, 6, 2, "concat"), MergedBiGRU(4, 6, 2, merge_mode="sum")]


def probe():
    for model in models + [MergedBiGRU(4, 6, 2, "mean")]:
        assert model(torch.randn(3, 5, 4)).shape == (3, 5, 2)
