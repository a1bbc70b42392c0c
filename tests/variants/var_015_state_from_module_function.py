# source: variant of bug_015 (the state comes from a module-level function the caller passes to the model's forward)
# rule: LC009
# torch: IndexError: index 1 is out of bounds for dimension 0 with size 1
"""bug_015 written as a model whose forward takes its state from the caller, and the caller
builds it with a module-level helper that returns one tensor where an LSTM wants (h_0, c_0)."""
import torch
import torch.nn as nn

HIDDEN = 10


def zero_state(batch, hidden=HIDDEN):
    return torch.zeros(1, batch, hidden)  # fix: an LSTM's state is a tuple: (torch.zeros(1, batch, hidden), torch.zeros(1, batch, hidden))


class Tracker(nn.Module):
    def __init__(self, n_features):
        super().__init__()
        self.lstm = nn.LSTM(input_size=n_features, hidden_size=HIDDEN, batch_first=True)

    def forward(self, x, state):
        out, state = self.lstm(x, state)
        return out, state


def probe():
    model = Tracker(1)
    x = torch.zeros(2, 10, 1)
    model(x, zero_state(x.size(0)))


if __name__ == "__main__":
    probe()
