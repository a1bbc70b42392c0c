"""hx starts as None (torch makes zeros) and is the returned tuple afterwards."""
import torch
import torch.nn as nn

model = nn.LSTM(input_size=3, hidden_size=4, num_layers=2, batch_first=True)


def stream(chunks):
    hx = None
    outs = []
    for chunk in chunks:
        out, hx = model(chunk, hx)
        hx = (hx[0].detach(), hx[1].detach())
        outs.append(out)
    return torch.cat(outs, 1)


def probe():
    result = stream([torch.randn(2, 5, 3) for _ in range(3)]).shape
    assert result == (2, 15, 4)
