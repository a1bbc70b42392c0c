# expect: LC002 line 11
"""A factory adds nonlinearity to the kwargs for every kind; the config asks for a GRU, which
has no such parameter."""
import torch.nn as nn

KINDS = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}
CONFIG = {"kind": "gru", "hidden": 12, "activation": "tanh"}


def build(cfg, n_in):
    kwargs = {"batch_first": True, "nonlinearity": cfg["activation"]}  # fix: only when cfg["kind"] == "rnn"
    return KINDS[cfg["kind"]](n_in, cfg["hidden"], **kwargs)


def probe():
    build(CONFIG, 4)
