# source: correct variant of bug_043 (the GRU built by a **kwargs factory from a dict; h0 sized from the same dict)
"""The **kwargs route of var_043, written right: h0 is (num_layers, batch, hidden)."""
import torch
import torch.nn as nn

INPUT_SIZE = 4
HIDDEN_SIZE = 5
GRU_ARGS = {"input_size": INPUT_SIZE, "hidden_size": HIDDEN_SIZE, "num_layers": 2}


def make_gru(**kwargs):
    return nn.GRU(**kwargs)


def probe():
    gru = make_gru(**GRU_ARGS)
    batch = 3
    x = torch.randn(10, batch, INPUT_SIZE)
    h0 = torch.randn(GRU_ARGS["num_layers"], batch, HIDDEN_SIZE)
    out, _ = gru(x, h0)
    return out


if __name__ == "__main__":
    probe()
