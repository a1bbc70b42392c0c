# source: https://github.com/sktime/pytorch-forecasting/pull/2172
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.1 and num_layers=1
"""The experimental TFT v2 passes its one `dropout` (meant for attention and the other layers too)
to both LSTMs; the tests build it with num_layers=1, so the LSTMs get a dropout they never apply
and torch warns."""
from typing import Optional

import torch
import torch.nn as nn


class TFT(nn.Module):
    def __init__(
        self,
        loss: nn.Module,
        hidden_size: int = 64,
        num_layers: int = 2,
        attention_head_size: int = 4,
        dropout: float = 0.1,
        metadata: Optional[dict] = None,
        output_size: int = 1,
    ):
        super().__init__()
        self.loss = loss
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.dropout = dropout
        self.metadata = metadata
        self.max_prediction_length = self.metadata["max_prediction_length"]
        self.encoder_input_dim = self.metadata["encoder_cont"] + self.metadata["encoder_cat"]
        self.decoder_input_dim = self.metadata["decoder_cont"] + self.metadata["decoder_cat"]

        _lstm_encoder_input_actual_dim = self.encoder_input_dim
        self.lstm_encoder = nn.LSTM(
            input_size=max(1, _lstm_encoder_input_actual_dim),
            hidden_size=hidden_size,
            num_layers=num_layers,
            dropout=dropout,  # fix: dropout if num_layers > 1 else 0.0 (the LSTMs drop out only between layers)
            batch_first=True,
        )
        _lstm_decoder_input_actual_dim = self.decoder_input_dim
        self.lstm_decoder = nn.LSTM(
            input_size=max(1, _lstm_decoder_input_actual_dim),
            hidden_size=hidden_size,
            num_layers=num_layers,
            dropout=dropout,
            batch_first=True,
        )
        self.self_attention = nn.MultiheadAttention(
            embed_dim=hidden_size,
            num_heads=attention_head_size,
            dropout=dropout,
            batch_first=True,
        )
        self.output_layer = nn.Linear(hidden_size, output_size)

    def forward(self, x: dict) -> dict:
        encoder_output, (h_n, c_n) = self.lstm_encoder(x["encoder_cont"])
        decoder_output, _ = self.lstm_decoder(x["decoder_cont"], (h_n, c_n))
        sequence = torch.cat([encoder_output, decoder_output], dim=1)
        attended_output, _ = self.self_attention(sequence, sequence, sequence)
        decoder_attended = attended_output[:, -self.max_prediction_length:, :]
        return {"prediction": self.output_layer(decoder_attended)}


def probe():
    metadata = {
        "max_encoder_length": 6,
        "max_prediction_length": 3,
        "encoder_cont": 4,
        "encoder_cat": 0,
        "decoder_cont": 4,
        "decoder_cat": 0,
    }
    model = TFT(loss=nn.MSELoss(), hidden_size=8, num_layers=1, attention_head_size=2,
                metadata=metadata)
    model({"encoder_cont": torch.randn(2, 6, 4), "decoder_cont": torch.randn(2, 3, 4)})


if __name__ == "__main__":
    probe()
