# source: https://github.com/jdb78/pytorch-forecasting/commit/470fd882e49b51adf7dd15b1798a435fb881fe42
# (and darts' tft_model.py, which builds its states the same way): the Temporal Fusion
# Transformer starts its LSTM from static-context networks expanded over lstm_layers rows
# (`grn(static).expand(lstm_layers, -1, -1)`). Making an LSTM bidirectional without doubling
# those rows is the mistake that commit mended for the decoder; here it is the encoder.
import torch
from torch import nn


class GatedResidualNetwork(nn.Module):
    def __init__(self, input_size, output_size):
        super().__init__()
        self.fc = nn.Linear(input_size, output_size)

    def forward(self, x):
        return torch.tanh(self.fc(x))


class TemporalFusion(nn.Module):
    def __init__(self, hidden_size=16, lstm_layers=2):
        super().__init__()
        self.lstm_layers = lstm_layers
        self.static_hidden = nn.Linear(hidden_size, hidden_size)
        self.static_cell = nn.Linear(hidden_size, hidden_size)
        self.lstm_encoder = nn.LSTM(hidden_size, hidden_size, num_layers=lstm_layers,
                                    batch_first=True, bidirectional=True)

    def forward(self, embeddings, static_embedding):
        input_hidden = self.static_hidden(static_embedding).expand(self.lstm_layers, -1, -1)  # expect: LC009 error
        input_cell = self.static_cell(static_embedding).expand(self.lstm_layers, -1, -1)
        out, (hidden, cell) = self.lstm_encoder(embeddings, (input_hidden.contiguous(), input_cell.contiguous()))
        return out


def probe():
    data = getattr(torch, "randn")  # data the linter does not see: only the code's own shapes
    TemporalFusion()(data(4, 7, 16), data(4, 16))
