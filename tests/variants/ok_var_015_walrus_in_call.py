# source: correct variant of bug_015 (the state pair bound by a walrus inside the layer's call)
"""The walrus route of var_015, written right: the walrus names the pair (h_0, c_0)."""
import torch
import torch.nn as nn


def probe():
    lstm = nn.LSTM(hidden_size=10, input_size=1, batch_first=True)
    x = torch.zeros(2, 10, 1)
    out, _ = lstm(x, state := (torch.zeros(1, x.size(0), 10), torch.zeros(1, x.size(0), 10)))
    out, _ = lstm(x, state)
    return out


if __name__ == "__main__":
    probe()
