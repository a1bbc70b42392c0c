"""A forecaster built from a JSON config reads its GRU's final state as one row per sample,
`h.view(window.size(0), self.hidden)`: that holds while the config asks for one layer and
raises at the view for any other count. Nothing in the file says how many layers the config
holds, so the finding is a warning that names that assumption."""
import json

import torch
import torch.nn as nn

CONFIG_JSON = '{"n_series": 3, "hidden": 8, "num_layers": 2, "horizon": 4}'


class Forecaster(nn.Module):
    def __init__(self, n_series, hidden, num_layers, horizon):
        super().__init__()
        self.hidden = hidden
        self.gru = nn.GRU(n_series, hidden, num_layers=num_layers, batch_first=True)
        self.head = nn.Linear(hidden, horizon)

    def forward(self, window):
        _, h = self.gru(window)
        return self.head(h.view(window.size(0), self.hidden))  # expect: LC007 warning


def probe():
    model = Forecaster(**json.loads(CONFIG_JSON))
    model(torch.randn(6, 20, 3))
