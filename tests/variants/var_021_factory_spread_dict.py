# source: variant of bug_021 (the RNN made by a factory called with **RNN_OPTIONS; the input's sizes from a nested dict)
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 5, 20), got [2, 3, 20]
"""bug_021 with the layer from `make_rnn(**RNN_OPTIONS)`, whose default makes it batch-first, and
the data's sizes read from a nested dict: h0 takes the sequence length as its batch."""
import torch
import torch.nn as nn

RNN_OPTIONS = {"input_size": 10, "hidden_size": 20, "num_layers": 2}
DATA = {"loader": {"batch": 5, "seq": 3}}


def make_rnn(input_size, hidden_size, num_layers=1, batch_first=True):
    return nn.RNN(input_size, hidden_size, num_layers, batch_first=batch_first)


def probe():
    rnn = make_rnn(**RNN_OPTIONS)
    x = torch.randn(DATA["loader"]["batch"], DATA["loader"]["seq"], 10)
    h0 = torch.zeros(2, DATA["loader"]["seq"], 20)  # fix: states are never batch-first: (layers, DATA["loader"]["batch"], hidden)
    out, _ = rnn(x, h0)
    return out


if __name__ == "__main__":
    probe()
