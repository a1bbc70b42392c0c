"""A seq-first decoder fed one step: output (1, B, H) squeezed on dim 0 is (B, H), the output
of the top layer (not a state of 2 layers)."""
import torch
import torch.nn as nn

dec = nn.LSTM(5, 7, num_layers=2)
fc = nn.Linear(7, 9)

state = (torch.zeros(2, 3, 7), torch.zeros(2, 3, 7))
x = torch.randn(1, 3, 5)
for _ in range(3):
    output, state = dec(x, state)
    logits = fc(output.squeeze(0))


def probe():
    assert logits.shape == (3, 9)
