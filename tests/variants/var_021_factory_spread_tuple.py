# source: variant of bug_021 (the RNN made by a factory called with *SIZES; h0 sized from a nested config dict)
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 5, 20), got [2, 3, 20]
"""bug_021 with the layer from `make_rnn(*SIZES, batch_first=True)` and the state's sizes read
from a nested dict: the RNN is batch-first, h0 takes the sequence length as its batch."""
import torch
import torch.nn as nn

SIZES = (10, 20, 2)
DATA = {"loader": {"batch": 5, "seq": 3}}


def make_rnn(input_size, hidden_size, num_layers, batch_first=False):
    return nn.RNN(input_size, hidden_size, num_layers, batch_first=batch_first)


def probe():
    rnn = make_rnn(*SIZES, batch_first=True)
    x = torch.randn(DATA["loader"]["batch"], DATA["loader"]["seq"], 10)
    h0 = torch.zeros(2, DATA["loader"]["seq"], 20)  # fix: states are never batch-first: (layers, DATA["loader"]["batch"], hidden)
    out, _ = rnn(x, h0)
    return out


if __name__ == "__main__":
    probe()
