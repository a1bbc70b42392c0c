"""`for sample in batch:` walks the batch dim; each sample (T, F) goes to the LSTM unbatched,
with 2-D states (layers, H), as torch allows since 1.11."""
import torch
import torch.nn as nn

lstm = nn.LSTM(4, 6, num_layers=2)


def encode_each(batch):
    finals = []
    for sample in batch:
        h0 = torch.zeros(2, 6)
        out, (h, c) = lstm(sample, (h0, torch.zeros(2, 6)))
        finals.append(h[-1])
    return torch.stack(finals)


def probe():
    assert encode_each(torch.randn(3, 9, 4)).shape == (3, 6)
