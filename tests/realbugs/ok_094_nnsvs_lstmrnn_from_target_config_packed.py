# source: https://github.com/r9y9/nnsvs/blob/HEAD/nnsvs/model.py
"""nnsvs (nnsvs/model.py LSTMRNN, nnsvs/bin/conf/train/model/duration_default.yaml): the model is
built from a config's netG block by its `_target_` path (hydra.utils.instantiate), a batch_first
LSTM with `dropout` and `num_layers` from the config, fed a packed sequence, unpacked, and a head
Linear(num_direction * hidden_dim, out_dim) over every frame. Looks like a dropout beside a
default of one layer and a head after a bidirectional layer; the shipped configs give two layers
and the head counts the directions (the probe also runs a one-directional, two-layer config)."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

DURATION_DEFAULT = {
    "stream_sizes": [1],
    "has_dynamic_features": [False],
    "stream_weights": [1],
    "netG": {
        "_target_": "__main__.LSTMRNN",
        "in_dim": 420,
        "out_dim": 1,
        "hidden_dim": 64,
        "num_layers": 2,
        "bidirectional": True,
        "dropout": 0.5,
    },
}


class BaseModel(nn.Module):
    def preprocess_target(self, y):
        return y

    def inference(self, x, lengths=None):
        return self(x, lengths)


class LSTMRNN(BaseModel):
    def __init__(self, in_dim, hidden_dim, out_dim, num_layers=1, bidirectional=True,
                 dropout=0.0):
        super(LSTMRNN, self).__init__()
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.num_direction = 2 if bidirectional else 1
        self.lstm = nn.LSTM(in_dim, hidden_dim, num_layers,
                            bidirectional=bidirectional, batch_first=True, dropout=dropout)
        self.hidden2out = nn.Linear(self.num_direction * self.hidden_dim, out_dim)

    def forward(self, sequence, lengths):
        sequence = pack_padded_sequence(sequence, lengths, batch_first=True)
        out, _ = self.lstm(sequence)
        out, _ = pad_packed_sequence(out, batch_first=True)
        out = self.hidden2out(out)
        return out


def target_class(config):
    """The class a `_target_` path names (hydra.utils.instantiate imports it; here it is in this file)."""
    _, _, class_name = config["_target_"].rpartition(".")
    return globals()[class_name]


def build(config):
    params = {k: v for k, v in config["netG"].items() if k != "_target_"}
    return target_class(config["netG"])(**params)


def train_step(model, batch=3, frames=11):
    in_dim = model.lstm.input_size
    x = torch.randn(batch, frames, in_dim)
    lengths = torch.tensor([frames, frames - 3, 4])
    y = model(x, lengths)
    return y


def probe():
    model = build(DURATION_DEFAULT)
    assert train_step(model).shape == (3, 11, 1)
    one_way = dict(DURATION_DEFAULT, netG=dict(DURATION_DEFAULT["netG"], bidirectional=False, in_dim=86))
    assert train_step(build(one_way)).shape == (3, 11, 1)


if __name__ == "__main__":
    probe()
