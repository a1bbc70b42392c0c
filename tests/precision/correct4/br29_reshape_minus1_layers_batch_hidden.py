"""A bridge viewing a Linear's (B, layers*H) output with reshape(B, layers, H), then
transposed: the Linear was sized layers * H."""
import torch
import torch.nn as nn

LAYERS, H, Z = 3, 4, 6
to_state = nn.Linear(Z, LAYERS * H)
decoder = nn.GRU(2, H, LAYERS, batch_first=True)


def probe():
    z = torch.randn(5, Z)
    h0 = to_state(z).reshape(5, LAYERS, H).transpose(0, 1).contiguous()
    result = decoder(torch.randn(5, 7, 2), h0)[0].shape
    assert result == (5, 7, H)
