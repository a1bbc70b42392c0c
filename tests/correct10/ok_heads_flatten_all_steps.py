"""The whole output sequence is flattened for the head: seq_len * hidden wide."""
import torch
import torch.nn as nn

SEQ_LEN = 12


class SeqFlatten(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(SEQ_LEN * hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out.reshape(out.size(0), -1))


def probe():
    SeqFlatten()(torch.randn(5, SEQ_LEN, 3))
