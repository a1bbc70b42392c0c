"""Layer factories of a small script project: each builds a recurrent layer and says how wide
its output is."""
import torch.nn as nn


def build_rnn(kind, n_in, hidden, layers=1, bidirectional=False):
    cls = {"lstm": nn.LSTM, "gru": nn.GRU}[kind]
    rnn = cls(n_in, hidden, layers, batch_first=True, bidirectional=bidirectional)
    return rnn, hidden * (2 if bidirectional else 1)
