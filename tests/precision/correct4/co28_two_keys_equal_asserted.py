"""Two config keys that must be equal for the handover, and the file asserts they are."""
import torch
import torch.nn as nn

config = {"enc_hidden": 32, "dec_hidden": 32, "n_in": 5}
assert config["enc_hidden"] == config["dec_hidden"], "the decoder takes the encoder's state"

encoder = nn.LSTM(config["n_in"], config["enc_hidden"])
decoder = nn.LSTM(config["n_in"], config["dec_hidden"])


def probe():
    _, state = encoder(torch.randn(6, 2, 5))
    result = decoder(torch.randn(2, 2, 5), state)[0].shape
    assert result == (2, 2, 32)
