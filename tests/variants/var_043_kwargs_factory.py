# source: variant of bug_043 (the GRU built by a **kwargs factory from a dict; sizes as module constants)
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 3, 5), got [6, 3, 5]
"""bug_043 with the GRU's arguments in a dict handed through **kwargs: h0's first dim multiplies
the layers by the batch."""
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
    h0 = torch.randn(GRU_ARGS["num_layers"] * batch, batch, HIDDEN_SIZE)  # fix: (num_layers, batch, hidden): randn(GRU_ARGS["num_layers"], batch, HIDDEN_SIZE)
    gru(x, h0)


if __name__ == "__main__":
    probe()
