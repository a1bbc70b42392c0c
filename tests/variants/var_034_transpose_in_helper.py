# source: variant of bug_034 (the transpose happens in a helper method; the state is built from the untransposed input)
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 1, 30), got [1, 100, 30]
"""bug_034 inside a module: the input arrives batch-first (1, 100, 20), a helper makes it
time-major, and the state takes its batch from the wrong dim of the original input."""
import torch
import torch.nn as nn


class SeqModel(nn.Module):
    def __init__(self, n_in, n_hidden):
        super().__init__()
        self.n_hidden = n_hidden
        self.lstm = nn.LSTM(n_in, n_hidden)

    def _time_major(self, x):
        return x.transpose(0, 1)

    def forward(self, x):
        h = torch.rand(1, x.size(1), self.n_hidden)  # fix: after the transpose the batch is x.size(0)
        state = (h, h)
        out, _ = self.lstm(self._time_major(x), state)
        return out


def probe():
    model = SeqModel(20, 30)
    model(torch.rand(1, 100, 20))


if __name__ == "__main__":
    probe()
