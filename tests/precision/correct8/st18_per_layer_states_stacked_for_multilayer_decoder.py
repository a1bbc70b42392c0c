"""An encoder of separate one-layer LSTMs (with dropout between them) collects each layer's
final state in lists; torch.stack of the lists gives (L, B, H) for an L-layer decoder."""
import torch
import torch.nn as nn


class LayerwiseEncoder(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.layers = nn.ModuleList(
            [nn.LSTM(emb if i == 0 else hidden, hidden) for i in range(layers)])
        self.drop = nn.Dropout(0.2)

    def forward(self, x):
        hs, cs = [], []
        for layer in self.layers:
            x, (h, c) = layer(x)
            x = self.drop(x)
            hs.append(h.squeeze(0))
            cs.append(c.squeeze(0))
        return x, (torch.stack(hs), torch.stack(cs))


def probe():
    enc = LayerwiseEncoder(7, 15, 3)
    dec = nn.LSTM(7, 15, 3)
    _, state = enc(torch.randn(8, 4, 7))
    out, _ = dec(torch.randn(2, 4, 7), state)
    assert out.shape == (2, 4, 15)
