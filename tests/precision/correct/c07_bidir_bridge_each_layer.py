"""Each layer's forward and backward states joined (strided slices) and bridged to the decoder."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, in_dim, out_dim, hidden, layers):
        super().__init__()
        self.encoder = nn.LSTM(in_dim, hidden, layers, batch_first=True, bidirectional=True)
        self.bridge_h = nn.Linear(2 * hidden, hidden)
        self.bridge_c = nn.Linear(2 * hidden, hidden)
        self.decoder = nn.LSTM(out_dim, hidden, layers, batch_first=True)
        self.out = nn.Linear(hidden, out_dim)

    def _merge(self, state, bridge):
        joined = torch.cat([state[0:state.size(0):2], state[1:state.size(0):2]], dim=2)
        return torch.tanh(bridge(joined))

    def forward(self, src, tgt_in):
        _, (h, c) = self.encoder(src)
        state = (self._merge(h, self.bridge_h), self._merge(c, self.bridge_c))
        dec_out, _ = self.decoder(tgt_in, state)
        return self.out(dec_out)


def probe():
    model = Seq2Seq(in_dim=5, out_dim=4, hidden=8, layers=3)
    assert model(torch.randn(2, 6, 5), torch.randn(2, 3, 4)).shape == (2, 3, 4)
