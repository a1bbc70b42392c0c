"""A sequence-first LSTM whose packed output is unpacked with batch_first=True: out[:, -1] is
the last step of each sequence."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

lstm = nn.LSTM(3, 8)
fc = nn.Linear(8, 1)


def forward(x, lengths):         # x (L, B, 3)
    packed = pack_padded_sequence(x, lengths, enforce_sorted=False)
    out, _ = lstm(packed)
    out, _ = pad_packed_sequence(out, batch_first=True)   # (B, L, 8)
    return fc(out[:, -1])


def probe():
    pred = forward(torch.randn(6, 4, 3), torch.tensor([6, 6, 6, 6]))
    nn.functional.mse_loss(pred, torch.randn(4, 1))
