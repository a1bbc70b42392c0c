"""`nonlinearity` is an nn.RNN option only: the factory adds it to the kwargs when the kind is
"rnn_tanh"/"rnn_relu", and never for GRU or LSTM."""
import torch
import torch.nn as nn

KINDS = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn_tanh": nn.RNN, "rnn_relu": nn.RNN}


def build(kind, n_in, hidden, layers=1):
    kwargs = {"num_layers": layers, "batch_first": True}
    if kind.startswith("rnn_"):
        kwargs["nonlinearity"] = kind.split("_")[1]
    return KINDS[kind](n_in, hidden, **kwargs)


def probe():
    for kind in KINDS:
        out, _ = build(kind, 4, 6, 2)(torch.randn(2, 5, 4))
        assert out.shape == (2, 5, 6)
