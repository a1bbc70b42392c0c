# source: https://github.com/tilman151/rul-adapt/pull/8
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""A feature extractor that stacks one-layer LSTMs (so each layer can have its own size) and
hands lstm_dropout to every one of them: one-layer RNNs apply no dropout and warn. The fix puts
nn.Dropout modules between the layers."""
from typing import List, Optional

import torch
from torch import nn


def pairwise(iterable):
    items = list(iterable)
    return zip(items[:-1], items[1:])


class LstmExtractor(nn.Module):
    def __init__(self, input_channels: int, lstm_units: List[int],
                 fc_units: Optional[int] = None, lstm_dropout: float = 0.0,
                 fc_dropout: float = 0.0, bidirectional: bool = False) -> None:
        super().__init__()
        self.input_channels = input_channels
        self.lstm_units = lstm_units
        self.lstm_dropout = lstm_dropout
        self.fc_units = fc_units
        self.fc_dropout = fc_dropout
        self.bidirectional = bidirectional
        self._lstm_layers = self._get_lstm_layers()

    def _get_lstm_layers(self) -> nn.ModuleList:
        lstm_layers = nn.ModuleList()
        num_directions = 2 if self.bidirectional else 1
        unit_multiplier = [1] + [num_directions] * (len(self.lstm_units) - 1)
        units = [self.input_channels] + self.lstm_units
        for (input_size, hidden_size), mult in zip(pairwise(units), unit_multiplier):
            lstm_layers.append(nn.LSTM(input_size * mult, hidden_size, num_layers=1, dropout=self.lstm_dropout, bidirectional=self.bidirectional))  # fix: no dropout= on one-layer LSTMs: add nn.Dropout(self.lstm_dropout) between them
        return lstm_layers

    def forward(self, inputs: torch.Tensor) -> torch.Tensor:
        inputs = inputs.permute(2, 0, 1)  # (batch, channels, time) -> (time, batch, channels)
        for lstm in self._lstm_layers:
            inputs, _ = lstm(inputs)
        return inputs[-1]


def probe():
    extractor = LstmExtractor(input_channels=14, lstm_units=[16, 8], lstm_dropout=0.5)
    extractor(torch.randn(2, 14, 30))


if __name__ == "__main__":
    probe()
