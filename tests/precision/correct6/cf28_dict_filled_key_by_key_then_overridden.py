"""A dict of layer arguments filled key by key, one key replaced when the run is bidirectional."""
import torch
import torch.nn as nn


def build(n_in, hidden, bidirectional):
    rnn_args = {}
    rnn_args["input_size"] = n_in
    rnn_args["hidden_size"] = hidden
    rnn_args["batch_first"] = True
    if bidirectional:
        rnn_args["hidden_size"] = hidden // 2
        rnn_args["bidirectional"] = True
    rnn = nn.LSTM(**rnn_args)
    return nn.ModuleDict({"rnn": rnn, "head": nn.Linear(hidden, 2)})


def run(m, x):
    return m["head"](m["rnn"](x)[0])


def probe():
    for bi in (True, False):
        m = build(5, 12, bi)
        out = run(m, torch.randn(2, 3, 5))
        assert out.shape == (2, 3, 2)
