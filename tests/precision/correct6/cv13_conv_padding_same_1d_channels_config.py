"""Conv1d padding='same' in a config-built front end; the LSTM's input is the config's last channel count."""
import torch
import torch.nn as nn

CFG = {"in_features": 9, "conv_channels": [32, 64], "kernel": 5, "rnn_hidden": 20}


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        convs, prev = [], cfg["in_features"]
        for ch in cfg["conv_channels"]:
            convs += [nn.Conv1d(prev, ch, cfg["kernel"], padding="same"), nn.GELU()]
            prev = ch
        self.convs = nn.Sequential(*convs)
        self.rnn = nn.LSTM(cfg["conv_channels"][-1], cfg["rnn_hidden"], batch_first=True)

    def forward(self, x):                        # (B, T, F)
        return self.rnn(self.convs(x.transpose(1, 2)).transpose(1, 2))[0]


def probe():
    out = Model(CFG)(torch.randn(3, 17, 9))
    assert out.shape == (3, 17, 20)
