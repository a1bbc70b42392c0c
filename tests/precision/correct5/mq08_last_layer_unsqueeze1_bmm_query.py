"""A 2-layer LSTM decoder's h[-1].unsqueeze(1), (B, 1, H), against encoder outputs (B, L, H)."""
import torch
import torch.nn as nn


class LuongDecoder(nn.Module):
    def __init__(self, hid=6):
        super().__init__()
        self.lstm = nn.LSTM(hid, hid, num_layers=2, batch_first=True)
        self.out = nn.Linear(2 * hid, hid)

    def forward(self, y_prev, state, enc_out):
        dec_out, state = self.lstm(y_prev, state)
        query = state[0][-1].unsqueeze(1)                    # (B, 1, H)
        weights = torch.bmm(query, enc_out.transpose(1, 2)).softmax(-1)
        context = torch.bmm(weights, enc_out)                # (B, 1, H)
        return self.out(torch.cat([dec_out, context], -1)), state


def probe():
    dec = LuongDecoder()
    state = (torch.zeros(2, 3, 6), torch.zeros(2, 3, 6))
    y, state = dec(torch.randn(3, 1, 6), state, torch.randn(3, 9, 6))
    assert y.shape == (3, 1, 6)
