# source: https://github.com/jdb78/pytorch-forecasting/blob/HEAD/pytorch_forecasting/models/temporal_fusion_transformer/__init__.py
"""pytorch-forecasting (temporal_fusion_transformer/__init__.py) with the bidirectional LSTM
decoder as the contribution finished it (commit 470fd88): the one-directional encoder's final
(hidden, cell) of (lstm_layers, batch, hidden) are concatenated on dim 0 with states from a second
pair of static-context networks, so the bidirectional decoder gets 2 * lstm_layers rows, and only
the forward half of its output (decoder_output[:, :, :hidden_size]) goes on to the gate shared
with the encoder. The option travels through the attribute-dict hparams; lengths are packed."""
from typing import Dict, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils import rnn


class AttributeDict(dict):
    """What LightningModule.hparams is: a dict read with attribute access."""

    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError as exc:
            raise AttributeError(key) from exc


# pytorch_forecasting/models/nn/rnn.py
class LSTM(nn.LSTM):
    """LSTM that can handle zero-length sequences and packs by lengths."""

    def forward(self, x, hx=None, lengths=None, enforce_sorted=True):
        if lengths is None:
            return super().forward(x, hx=hx)
        pack_lengths = lengths.where(lengths > 0, torch.ones_like(lengths))
        packed_out, hidden_state = super().forward(
            rnn.pack_padded_sequence(x, pack_lengths.cpu(), enforce_sorted=enforce_sorted, batch_first=self.batch_first),
            hx=hx,
        )
        out, _ = rnn.pad_packed_sequence(packed_out, batch_first=self.batch_first)
        return out, hidden_state


# pytorch_forecasting/models/temporal_fusion_transformer/sub_modules.py
class GatedLinearUnit(nn.Module):
    def __init__(self, input_size: int, hidden_size: int = None, dropout: float = None):
        super().__init__()
        self.dropout = nn.Dropout(dropout) if dropout is not None else dropout
        self.hidden_size = hidden_size or input_size
        self.fc = nn.Linear(input_size, self.hidden_size * 2)

    def forward(self, x):
        if self.dropout is not None:
            x = self.dropout(x)
        return F.glu(self.fc(x), dim=-1)


class AddNorm(nn.Module):
    def __init__(self, input_size: int, skip_size: int = None, trainable_add: bool = True):
        super().__init__()
        self.input_size = input_size
        self.skip_size = skip_size or input_size
        self.norm = nn.LayerNorm(self.input_size)

    def forward(self, x, skip):
        return self.norm(x + skip)


class GatedResidualNetwork(nn.Module):
    def __init__(self, input_size: int, hidden_size: int, output_size: int, dropout: float = 0.1):
        super().__init__()
        self.input_size = input_size
        self.output_size = output_size
        self.hidden_size = hidden_size
        self.resample = nn.Linear(input_size, output_size) if input_size != output_size else None
        self.fc1 = nn.Linear(self.input_size, self.hidden_size)
        self.elu = nn.ELU()
        self.fc2 = nn.Linear(self.hidden_size, self.hidden_size)
        self.gate_norm_glu = GatedLinearUnit(self.hidden_size, hidden_size=self.output_size, dropout=dropout)
        self.gate_norm = AddNorm(self.output_size, trainable_add=False)

    def forward(self, x):
        residual = self.resample(x) if self.resample is not None else x
        x = self.fc2(self.elu(self.fc1(x)))
        return self.gate_norm(self.gate_norm_glu(x), residual)


class TemporalFusionTransformer(nn.Module):
    def __init__(
        self,
        hidden_size: int = 16,
        lstm_layers: int = 1,
        dropout: float = 0.1,
        output_size: int = 7,
        static_size: int = 3,
        varying_size: int = 5,
        bidirectional_lstm_decoder: bool = False,
    ):
        super().__init__()
        self.hparams = AttributeDict(
            hidden_size=hidden_size, lstm_layers=lstm_layers, dropout=dropout, output_size=output_size,
            static_size=static_size, varying_size=varying_size,
            bidirectional_lstm_decoder=bidirectional_lstm_decoder,
        )
        self.static_encoder = nn.Linear(self.hparams.static_size, self.hparams.hidden_size)
        self.encoder_variable_selection = nn.Linear(self.hparams.varying_size, self.hparams.hidden_size)
        self.decoder_variable_selection = nn.Linear(self.hparams.varying_size, self.hparams.hidden_size)

        # for hidden state of the lstm
        self.static_context_initial_hidden_lstm = GatedResidualNetwork(
            input_size=self.hparams.hidden_size,
            hidden_size=self.hparams.hidden_size,
            output_size=self.hparams.hidden_size,
            dropout=self.hparams.dropout,
        )

        # for cell state of the lstm
        self.static_context_initial_cell_lstm = GatedResidualNetwork(
            input_size=self.hparams.hidden_size,
            hidden_size=self.hparams.hidden_size,
            output_size=self.hparams.hidden_size,
            dropout=self.hparams.dropout,
        )

        if self.hparams.bidirectional_lstm_decoder:
            # for hidden state of the reverse lstm decoder
            self.static_context_initial_reverse_hidden_lstm = GatedResidualNetwork(
                input_size=self.hparams.hidden_size,
                hidden_size=self.hparams.hidden_size,
                output_size=self.hparams.hidden_size,
                dropout=self.hparams.dropout,
            )
            # for cell state of the the reverse lstm decoder
            self.static_context_initial_reverse_cell_lstm = GatedResidualNetwork(
                input_size=self.hparams.hidden_size,
                hidden_size=self.hparams.hidden_size,
                output_size=self.hparams.hidden_size,
                dropout=self.hparams.dropout,
            )

        # lstm encoder (history) and decoder (future) for local processing
        self.lstm_encoder = LSTM(
            input_size=self.hparams.hidden_size,
            hidden_size=self.hparams.hidden_size,
            num_layers=self.hparams.lstm_layers,
            dropout=self.hparams.dropout if self.hparams.lstm_layers > 1 else 0,
            batch_first=True,
        )

        self.lstm_decoder = LSTM(
            input_size=self.hparams.hidden_size,
            hidden_size=self.hparams.hidden_size,
            num_layers=self.hparams.lstm_layers,
            dropout=self.hparams.dropout if self.hparams.lstm_layers > 1 else 0,
            batch_first=True,
            bidirectional=self.hparams.bidirectional_lstm_decoder,
        )

        # skip connection for lstm
        self.post_lstm_gate_encoder = GatedLinearUnit(self.hparams.hidden_size, dropout=self.hparams.dropout)
        self.post_lstm_gate_decoder = self.post_lstm_gate_encoder
        self.post_lstm_add_norm_encoder = AddNorm(self.hparams.hidden_size, trainable_add=False)
        self.post_lstm_add_norm_decoder = self.post_lstm_add_norm_encoder
        self.output_layer = nn.Linear(self.hparams.hidden_size, self.hparams.output_size)

    def forward(self, x: Dict[str, torch.Tensor]) -> torch.Tensor:
        encoder_lengths = x["encoder_lengths"]
        decoder_lengths = x["decoder_lengths"]
        static_embedding = self.static_encoder(x["static"])
        embeddings_varying_encoder = self.encoder_variable_selection(x["encoder_cont"])
        embeddings_varying_decoder = self.decoder_variable_selection(x["decoder_cont"])

        # LSTM
        # calculate initial state
        input_hidden = self.static_context_initial_hidden_lstm(static_embedding).expand(
            self.hparams.lstm_layers, -1, -1
        )
        input_cell = self.static_context_initial_cell_lstm(static_embedding).expand(self.hparams.lstm_layers, -1, -1)

        # run local encoder
        encoder_output, (hidden, cell) = self.lstm_encoder(
            embeddings_varying_encoder, (input_hidden, input_cell), lengths=encoder_lengths, enforce_sorted=False
        )

        # calculate initial reverse state for the bidirectional decoder if needed
        if self.hparams.bidirectional_lstm_decoder:
            reverse_hidden = self.static_context_initial_reverse_hidden_lstm(static_embedding).expand(
                self.hparams.lstm_layers, -1, -1)
            reverse_cell = self.static_context_initial_reverse_cell_lstm(static_embedding).expand(
                self.hparams.lstm_layers, -1, -1)
            hidden = torch.cat([hidden, reverse_hidden], dim=0)
            cell = torch.cat([cell, reverse_cell], dim=0)

        # run local decoder
        decoder_output, _ = self.lstm_decoder(
            embeddings_varying_decoder,
            (hidden, cell),
            lengths=decoder_lengths,
            enforce_sorted=False,
        )

        # in case of bidirectional layer the backward output is not needed
        if self.hparams.bidirectional_lstm_decoder:
            decoder_output = decoder_output[:, :, :self.hparams.hidden_size]

        # skip connection over lstm
        lstm_output_encoder = self.post_lstm_gate_encoder(encoder_output)
        lstm_output_encoder = self.post_lstm_add_norm_encoder(lstm_output_encoder, embeddings_varying_encoder)
        lstm_output_decoder = self.post_lstm_gate_decoder(decoder_output)
        lstm_output_decoder = self.post_lstm_add_norm_decoder(lstm_output_decoder, embeddings_varying_decoder)
        lstm_output = torch.cat([lstm_output_encoder, lstm_output_decoder], dim=1)
        return self.output_layer(lstm_output[:, -decoder_output.size(1):])


def probe():
    for lstm_layers in (1, 2):
        run(TemporalFusionTransformer(hidden_size=16, lstm_layers=lstm_layers, bidirectional_lstm_decoder=True))
    run(TemporalFusionTransformer(hidden_size=16, lstm_layers=2, bidirectional_lstm_decoder=False))


def run(model):
    batch = {
        "static": torch.randn(4, 3),
        "encoder_cont": torch.randn(4, 12, 5),
        "decoder_cont": torch.randn(4, 6, 5),
        "encoder_lengths": torch.tensor([12, 12, 10, 9]),
        "decoder_lengths": torch.tensor([6, 6, 6, 6]),
    }
    prediction = model(batch)
    prediction.sum().backward()


if __name__ == "__main__":
    probe()
