# source: https://github.com/Rose-STL-Lab/torchTS/blob/93597cac5363a1377342146682d6af998cfc9734/examples/seq2seq/End2end%20pipeline%20with%20traffic%20dataset%20%28GPU%20Tesla%20T4%2C%20Train%2025mins%29.ipynb
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.8 and num_layers=1
"""Rose-STL-Lab/torchTS at 93597ca (torchts/nn/models/seq2seq.py and the example notebook
examples/seq2seq/End2end pipeline with traffic dataset (GPU Tesla T4, Train 25mins).ipynb): the
library's Encoder (a bidirectional LSTM) and Decoder hand their `dropout_rate` argument to
nn.LSTM as `dropout=`, which torch applies only between stacked layers. The example notebook's
hyper-parameter cell sets `dropout_rate = 0.8` with `num_layers = 1`, so both LSTMs apply no
dropout at all and torch warns when the cell that builds the model runs; the warning is saved in
the notebook's own output and was left there. Unreported. A fix either gives the notebook's
LSTMs two layers or stops passing a dropout that cannot act (here: dropout_rate = 0 for the
one-layer model). The notebook's cells are turned into a script; the PeMS-Bay data is replaced by
random speeds of the same shape, and TimeSeriesModel (a LightningModule) by a plain nn.Module
with the `device` property the model uses."""
import torch
from torch import nn


# torchts/nn/model.py (stand-in: the LightningModule without its training loop)
class TimeSeriesModel(nn.Module):
    def __init__(self, optimizer=None, optimizer_args=None, scheduler=None, scaler=None):
        super().__init__()
        self.optimizer = optimizer
        self.scaler = scaler

    @property
    def device(self):
        return next(self.parameters()).device


# torchts/nn/models/seq2seq.py
class Encoder(nn.Module):
    def __init__(self, input_dim, hidden_dim, num_layers, dropout_rate):
        """
        Args:
            input_dim: the dimension of input sequences.
            hidden_dim: number hidden units.
            num_layers: number of encode layers.
            dropout_rate: recurrent dropout rate.
        """
        super().__init__()
        self.num_layers = num_layers
        self.hidden_dim = hidden_dim
        self.lstm = nn.LSTM(
            input_dim,
            hidden_dim,
            num_layers=num_layers,
            bidirectional=True,
            dropout=dropout_rate,
            batch_first=True,
        )

    def forward(self, source):
        outputs, hidden = self.lstm(source)
        return outputs, hidden


class Decoder(nn.Module):
    def __init__(self, output_dim, hidden_dim, num_layers, dropout_rate):
        super().__init__()

        # Since the encoder is bidirectional, decoder has double hidden size
        self.lstm = nn.LSTM(
            output_dim,
            hidden_dim * 2,
            num_layers=num_layers,
            dropout=dropout_rate,
            batch_first=True,
        )

        self.out = nn.Linear(hidden_dim * 2, output_dim)

    def forward(self, x, hidden):
        output, hidden = self.lstm(x, hidden)
        prediction = self.out(output)
        return prediction, hidden


class Seq2Seq(TimeSeriesModel):
    def __init__(self, encoder, decoder, output_dim, horizon, **kwargs):
        super().__init__(**kwargs)
        self.encoder = encoder
        self.decoder = decoder
        self.output_dim = output_dim
        self.horizon = horizon

    def forward(self, source, target=None, batches_seen=None):
        encoder_output, encoder_hidden = self.encoder(source)

        # Concatenate the hidden states of both directions.
        h = torch.cat(
            [
                encoder_hidden[0][0 : self.encoder.num_layers, :, :],
                encoder_hidden[0][-self.encoder.num_layers :, :, :],
            ],
            dim=2,
            out=None,
        )

        c = torch.cat(
            [
                encoder_hidden[1][0 : self.encoder.num_layers, :, :],
                encoder_hidden[1][-self.encoder.num_layers :, :, :],
            ],
            dim=2,
            out=None,
        )

        batch_size = source.size(0)
        shape = (batch_size, 1, self.output_dim)
        decoder_output = torch.zeros(shape, device=self.device)
        decoder_hidden = (h, c)
        outputs = []

        for _ in range(self.horizon):
            decoder_output, decoder_hidden = self.decoder(
                decoder_output, decoder_hidden
            )
            outputs.append(decoder_output)

        return torch.cat(outputs, dim=1)


def probe():
    # define hyper-parameters
    # learning_rate = 0.01 # this parameter is currently hard coded in the optimizer
    dropout_rate = 0.8  # fix: dropout_rate = 0 (one-layer LSTMs apply no dropout), or num_layers = 2
    num_layers = 1
    hidden_dim = 64
    input_dim = 1
    output_dim = 1
    horizon = 12
    batch_size = 64

    # instantiate seq2seq model
    encoder = Encoder(input_dim, hidden_dim, num_layers, dropout_rate)
    decoder = Decoder(output_dim, hidden_dim, num_layers, dropout_rate)

    model = Seq2Seq(encoder, decoder, output_dim, horizon)

    # get predictions (x_test: 12 past speeds per sequence)
    input_tensor = torch.rand(8, 12, input_dim) * 70
    preds = model(input_tensor)
    assert preds.shape == (8, horizon, output_dim)


if __name__ == "__main__":
    probe()
