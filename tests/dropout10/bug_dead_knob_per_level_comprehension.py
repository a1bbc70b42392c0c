# torch: warns: dropout option adds dropout after all but last recurrent layer
# A hierarchical encoder keeps one single-layer LSTM per level (to read each level's output) and
# gives each the dropout meant to sit between levels: a one-layer LSTM never applies it.
import torch
import torch.nn as nn


class LevelEncoder(nn.Module):
    def __init__(self, n_in, hidden, levels, hparams):
        super().__init__()
        self.levels = nn.ModuleList([
            nn.LSTM(n_in if i == 0 else hidden, hidden, batch_first=True,
                    dropout=getattr(hparams, "level_dropout", 0.0))  # fix: nn.Dropout between the levels instead
            for i in range(levels)
        ])

    def forward(self, x):
        outputs = []
        for lstm in self.levels:
            x, _ = lstm(x)
            outputs.append(x)
        return torch.cat(outputs, dim=-1)


class HParams:
    def __init__(self, **values):
        self.__dict__.update(values)


def probe():
    encoder = LevelEncoder(6, 10, 3, HParams(level_dropout=0.2))
    assert encoder(torch.randn(2, 5, 6)).shape == (2, 5, 30)
