"""AllenNLP-style stateful encoder: the state is a tuple of tensors whatever the layer; one
element for a GRU, unpacked with state[0], two for an LSTM."""
from typing import Optional, Tuple

import torch
import torch.nn as nn

RnnState = Tuple[torch.Tensor, ...]


class Wrapper(nn.Module):
    def __init__(self, module: nn.Module):
        super().__init__()
        self._module = module
        self._is_lstm = isinstance(module, nn.LSTM)

    def forward(self, x: torch.Tensor, state: Optional[RnnState] = None):
        if state is None:
            out, final = self._module(x)
        elif self._is_lstm:
            out, final = self._module(x, state)
        else:
            out, final = self._module(x, state[0])
        if not isinstance(final, tuple):
            final = (final,)
        return out, final


def probe():
    for module in (nn.GRU(4, 6, batch_first=True), nn.LSTM(4, 6, batch_first=True)):
        enc = Wrapper(module)
        out, state = enc(torch.randn(2, 3, 4))
        out, state = enc(torch.randn(2, 3, 4), state)
        assert out.shape == (2, 3, 6)
