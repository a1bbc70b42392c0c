"""A one-step-ahead time-series forecaster that went bidirectional and broke.

Someone added bidirectional=True to a working forecaster and changed nothing
else. Every constructor call is fine on its own: the bugs only show when two
statements are read together, which is what a cross-statement check must do.
Torch 2.13's messages are in the comments.
"""

import torch
from torch import nn


class Forecaster(nn.Module):
    def __init__(self, n_features=3, hidden_size=32, num_layers=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(
            n_features,
            hidden_size,
            num_layers=num_layers,
            batch_first=True,
            dropout=0.1,
            bidirectional=True,   # <- output features are now 2 * hidden_size
        )
        # BUG: sized for one direction. Fed output[:, -1, :], which has
        # 2 * hidden_size features: RuntimeError "mat1 and mat2 shapes cannot
        # be multiplied (8x64 and 32x1)" for batch 8, hidden 32.
        self.head = nn.Linear(hidden_size, 1)

    def init_state(self, batch):
        # BUG: a bidirectional LSTM wants (2 * num_layers, batch, hidden_size).
        # RuntimeError: Expected hidden[0] size (4, 8, 32), got [2, 8, 32]
        h_0 = torch.zeros(self.num_layers, batch, self.hidden_size)
        c_0 = torch.zeros(self.num_layers, batch, self.hidden_size)  # same bug for c_0
        return h_0, c_0

    def forward(self, window):
        # window: (batch, seq_len, n_features), batch-first
        output, _ = self.lstm(window, self.init_state(window.size(0)))  # h_0 error here
        # Also dubious: at the last step the backward direction has only seen
        # one time step; h_n[-2] and h_n[-1] are the usual summary.
        return self.head(output[:, -1, :])  # head error here once h_0 is fixed
