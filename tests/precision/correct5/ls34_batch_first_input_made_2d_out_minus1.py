"""A batch-first LSTM given one sequence made in the file as (L, F): the output is (L, H) and
out[-1] is its last step."""
import torch
import torch.nn as nn

lstm = nn.LSTM(4, 6, batch_first=True)
head = nn.Linear(6, 2)


def probe():
    sequence = torch.randn(10, 4)
    out, _ = lstm(sequence)
    logits = head(out[-1])
    assert logits.shape == (2,)
