"""A registry of encoder kinds with their direction factor; the layer's bidirectional flag and
the head's width both come from the same entry, for every kind the registry holds."""
import torch
import torch.nn as nn

ENCODERS = {
    "lstm": (nn.LSTM, 1),
    "bilstm": (nn.LSTM, 2),
    "gru": (nn.GRU, 1),
    "bigru": (nn.GRU, 2),
}


class SentenceEncoder(nn.Module):
    def __init__(self, kind, n_in, hidden, n_out):
        super().__init__()
        rnn_cls, directions = ENCODERS[kind]
        self.rnn = rnn_cls(n_in, hidden, batch_first=True, bidirectional=directions == 2)
        self.head = nn.Linear(directions * hidden, n_out)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out.max(dim=1).values)


def probe():
    for kind in ENCODERS:
        assert SentenceEncoder(kind, 6, 10, 2)(torch.randn(3, 8, 6)).shape == (3, 2)
