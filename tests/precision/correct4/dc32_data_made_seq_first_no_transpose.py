"""Data made seq-first in the file, (SEQ_LEN, BATCH, F), for a seq-first LSTM: no transpose is
needed and none is written."""
import torch
import torch.nn as nn

SEQ_LEN, BATCH, F, H = 12, 4, 3, 6
inputs = torch.randn(SEQ_LEN, BATCH, F)
targets = torch.randn(SEQ_LEN, BATCH, 1)

lstm = nn.LSTM(F, H)
fc = nn.Linear(H, 1)


def probe():
    out, _ = lstm(inputs)
    result = fc(out).shape
    assert result == targets.shape
