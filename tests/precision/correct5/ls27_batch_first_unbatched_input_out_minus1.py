"""batch_first applies to batched input only: one sequence (L, F) gives (L, H), and out[-1] is
its last step."""
import torch
import torch.nn as nn

lstm = nn.LSTM(4, 6, batch_first=True)
head = nn.Linear(6, 3)


def classify(seq):      # (L, 4), one sequence
    out, _ = lstm(seq)
    return head(out[-1])


def probe():
    assert classify(torch.randn(8, 4)).shape == (3,)
