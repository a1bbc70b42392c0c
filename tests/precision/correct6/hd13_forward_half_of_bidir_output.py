"""Only the forward direction's half of a BiLSTM's output goes to the head: in_features = hidden."""
import torch
import torch.nn as nn


class LM(nn.Module):
    def __init__(self, n_in=8, hidden=12, vocab=20):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.next_word = nn.Linear(hidden, vocab)
        self.prev_word = nn.Linear(hidden, vocab)

    def forward(self, x):
        out, _ = self.rnn(x)
        fwd, bwd = out[..., : self.hidden], out[..., self.hidden:]
        return self.next_word(fwd), self.prev_word(bwd)


def probe():
    a, b = LM()(torch.randn(2, 5, 8))
    assert a.shape == b.shape == (2, 5, 20)
