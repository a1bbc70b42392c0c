"""The config's decoder width is set from the encoder's (`cfg["dec_hidden"] = cfg["enc_hidden"]`)
before the model is built: one number."""
import torch
import torch.nn as nn

cfg = {"enc_hidden": 20, "n_in": 4}
cfg["dec_hidden"] = cfg["enc_hidden"]

encoder = nn.LSTM(cfg["n_in"], cfg["enc_hidden"], batch_first=True)
decoder = nn.LSTM(cfg["n_in"], cfg["dec_hidden"], batch_first=True)
_, state = encoder(torch.randn(2, 6, 4))
out, _ = decoder(torch.randn(2, 3, 4), state)


def probe():
    assert out.shape == (2, 3, 20)
