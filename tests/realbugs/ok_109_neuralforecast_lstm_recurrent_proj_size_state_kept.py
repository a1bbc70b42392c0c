# source: https://github.com/Nixtla/neuralforecast/blob/5ffa0d08b8bea5173d230f4fd23f734896e1e0e3/neuralforecast/models/lstm.py
"""neuralforecast's LSTM (neuralforecast/models/lstm.py): the encoder's input width is
`1 + hist_exog_size + stat_exog_size + futr_exog_size`, matched by concatenating the target, the
historic exogenous, the static ones repeated along time and the future ones cut to the input
window; in recurrent mode the layer has `proj_size=loss.outputsize_multiplier`, so its output and
h are projection-wide while c stays hidden-wide, and the state returned by one call is kept on
the model (`maintain_state`) and handed to the next one-step call; in direct mode the MLP decoder
takes `encoder_hidden_size + futr_exog_size`. Looks like a state pair of two widths, an output
narrower than the hidden size, and an input wider than the series; all right, run both modes."""
import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, in_features, out_features, activation, hidden_size, num_layers, dropout):
        super().__init__()
        activation = getattr(nn, activation)()
        layers = [nn.Linear(in_features, hidden_size), activation, nn.Dropout(dropout)]
        for _ in range(num_layers - 2):
            layers += [nn.Linear(hidden_size, hidden_size), activation, nn.Dropout(dropout)]
        layers += [nn.Linear(hidden_size, out_features)]
        self.layers = nn.Sequential(*layers)

    def forward(self, x):
        return self.layers(x)


class LSTM(nn.Module):
    def __init__(self, h, input_size=-1, encoder_n_layers: int = 2, encoder_hidden_size: int = 128,
                 encoder_bias: bool = True, encoder_dropout: float = 0.0, decoder_hidden_size: int = 128,
                 decoder_layers: int = 2, futr_exog_list=None, hist_exog_list=None, stat_exog_list=None,
                 recurrent=False, outputsize_multiplier=1):
        super(LSTM, self).__init__()
        self.RECURRENT = recurrent
        self.h = h
        self.input_size = input_size
        self.futr_exog_size = len(futr_exog_list or [])
        self.hist_exog_size = len(hist_exog_list or [])
        self.stat_exog_size = len(stat_exog_list or [])

        self.encoder_n_layers = encoder_n_layers
        self.encoder_hidden_size = encoder_hidden_size
        self.encoder_bias = encoder_bias
        self.encoder_dropout = encoder_dropout
        self.decoder_hidden_size = decoder_hidden_size
        self.decoder_layers = decoder_layers

        # LSTM input size (1 for target variable y)
        input_encoder = 1 + self.hist_exog_size + self.stat_exog_size + self.futr_exog_size

        self.rnn_state = None
        self.maintain_state = False
        self.hist_encoder = nn.LSTM(
            input_size=input_encoder,
            hidden_size=self.encoder_hidden_size,
            num_layers=self.encoder_n_layers,
            bias=self.encoder_bias,
            dropout=self.encoder_dropout,
            batch_first=True,
            proj_size=outputsize_multiplier if self.RECURRENT else 0,
        )

        if not self.RECURRENT:
            self.mlp_decoder = MLP(
                in_features=self.encoder_hidden_size + self.futr_exog_size,
                out_features=outputsize_multiplier,
                hidden_size=self.decoder_hidden_size,
                num_layers=self.decoder_layers,
                activation="ReLU",
                dropout=0.0,
            )
            if self.h > self.input_size:
                self.upsample_sequence = nn.Linear(self.input_size, self.h)

    def forward(self, windows_batch):
        encoder_input = windows_batch["insample_y"]  # [B, seq_len, 1]
        futr_exog = windows_batch["futr_exog"]  # [B, seq_len, F]
        hist_exog = windows_batch["hist_exog"]  # [B, seq_len, X]
        stat_exog = windows_batch["stat_exog"]  # [B, S]

        batch_size, seq_len = encoder_input.shape[:2]
        if self.hist_exog_size > 0:
            encoder_input = torch.cat((encoder_input, hist_exog), dim=2)
        if self.stat_exog_size > 0:
            stat_exog = stat_exog.unsqueeze(1).repeat(1, seq_len, 1)  # [B, S] -> [B, seq_len, S]
            encoder_input = torch.cat((encoder_input, stat_exog), dim=2)
        if self.futr_exog_size > 0:
            encoder_input = torch.cat((encoder_input, futr_exog[:, :seq_len]), dim=2)

        if self.RECURRENT:
            if self.maintain_state:
                rnn_state = self.rnn_state
            else:
                rnn_state = None
            output, rnn_state = self.hist_encoder(encoder_input, rnn_state)  # [B, seq_len, n_output]
            if self.maintain_state:
                self.rnn_state = rnn_state
        else:
            hidden_state, _ = self.hist_encoder(encoder_input, None)  # [B, seq_len, rnn_hidden_state]
            if self.h > self.input_size:
                hidden_state = hidden_state.permute(0, 2, 1)
                hidden_state = self.upsample_sequence(hidden_state)
                hidden_state = hidden_state.permute(0, 2, 1)
            else:
                hidden_state = hidden_state[:, -self.h:]
            if self.futr_exog_size > 0:
                futr_exog_futr = futr_exog[:, -self.h:]  # [B, h, F]
                hidden_state = torch.cat((hidden_state, futr_exog_futr), dim=-1)
            output = self.mlp_decoder(hidden_state)
        return output[:, -self.h:]


def windows(batch, seq_len, h, futr=2, hist=1, stat=3):
    return {"insample_y": torch.randn(batch, seq_len, 1),
            "futr_exog": torch.randn(batch, seq_len + h, futr),
            "hist_exog": torch.randn(batch, seq_len, hist),
            "stat_exog": torch.randn(batch, stat)}


def recursive_forecast(model, batch):
    """The base class's recurrent predict: the window once, then one step at a time with the state kept."""
    model.maintain_state = True
    model.rnn_state = None
    out = model(batch)
    y_hat = [out[:, -1:]]
    for step in range(model.h - 1):
        step_batch = {"insample_y": y_hat[-1][..., :1],
                      "futr_exog": batch["futr_exog"][:, -model.h + step:-model.h + step + 1],
                      "hist_exog": batch["hist_exog"][:, -1:],
                      "stat_exog": batch["stat_exog"]}
        y_hat.append(model(step_batch)[:, -1:])
    model.maintain_state = False
    return torch.cat(y_hat, dim=1)


def probe():
    h, seq_len = 4, 12
    kwargs = dict(futr_exog_list=["f1", "f2"], hist_exog_list=["x1"], stat_exog_list=["s1", "s2", "s3"],
                  encoder_hidden_size=16, decoder_hidden_size=8, input_size=seq_len)
    direct = LSTM(h, **kwargs)
    assert direct(windows(5, seq_len, h)).shape == (5, h, 1)
    recurrent = LSTM(h, recurrent=True, outputsize_multiplier=3, **kwargs)
    assert recursive_forecast(recurrent, windows(5, seq_len, h)).shape == (5, h, 3)


if __name__ == "__main__":
    probe()
