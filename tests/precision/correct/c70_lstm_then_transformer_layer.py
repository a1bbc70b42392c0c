"""BiLSTM features refined by a Transformer encoder layer of width 2*hidden."""
import torch
import torch.nn as nn


class LSTMTransformer(nn.Module):
    def __init__(self, n_in, hidden, n_heads, n_out):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.block = nn.TransformerEncoderLayer(d_model=2 * hidden, nhead=n_heads,
                                                dim_feedforward=4 * hidden, batch_first=True)
        self.out = nn.Linear(2 * hidden, n_out)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(self.block(h))


def probe():
    model = LSTMTransformer(n_in=5, hidden=8, n_heads=4, n_out=3)
    assert model(torch.randn(2, 7, 5)).shape == (2, 7, 3)
