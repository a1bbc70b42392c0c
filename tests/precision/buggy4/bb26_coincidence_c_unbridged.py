# expect: LC009 line 22
"""h goes through a Linear bridge to the decoder's width, c is handed over as it is: runs only
while enc_hidden == dec_hidden (both 32 in the config); the probe tries another pair."""
import json

import torch
import torch.nn as nn

config = {"enc_hidden": 32, "dec_hidden": 32, "n_in": 5}


class Model(nn.Module):
    def __init__(self, n_in, enc_hidden, dec_hidden):
        super().__init__()
        self.encoder = nn.LSTM(n_in, enc_hidden, batch_first=True)
        self.bridge = nn.Linear(enc_hidden, dec_hidden)
        self.decoder = nn.LSTM(n_in, dec_hidden, batch_first=True)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        h0 = torch.tanh(self.bridge(h))
        return self.decoder(tgt, (h0, c))[0]  # fix: c through a bridge too, or zeros of dec_hidden


model = Model(config["n_in"], config["enc_hidden"], config["dec_hidden"])


def probe():
    other = dict(config, **json.loads('{"dec_hidden": 16}'))
    Model(other["n_in"], other["enc_hidden"], other["dec_hidden"])(torch.randn(2, 4, 5), torch.randn(2, 3, 5))
