# source: variant of bug_015 (the state bound by a walrus inside the layer's call)
# rule: LC009
# torch: IndexError: index 1 is out of bounds for dimension 0 with size 1
"""bug_015 with the state made and named inside the call, `lstm(x, state := torch.zeros(...))`:
one tensor where an LSTM wants (h_0, c_0)."""
import torch
import torch.nn as nn


def probe():
    lstm = nn.LSTM(hidden_size=10, input_size=1, batch_first=True)
    x = torch.zeros(2, 10, 1)
    out, _ = lstm(x, state := torch.zeros(1, x.size(0), 10))  # fix: an LSTM's state is a tuple: (torch.zeros(1, B, 10), torch.zeros(1, B, 10))
    return out, state


if __name__ == "__main__":
    probe()
