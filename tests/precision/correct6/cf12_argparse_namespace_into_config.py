"""argparse values copied into a config dict with vars(args), then a derived field computed."""
import argparse

import torch
import torch.nn as nn


def get_args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--n_mels", type=int, default=40)
    p.add_argument("--hidden", type=int, default=128)
    p.add_argument("--bidirectional", type=int, default=1)
    return p.parse_args(argv)


class SpeechEncoder(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.rnn = nn.LSTM(config["n_mels"], config["hidden"], batch_first=True,
                           bidirectional=bool(config["bidirectional"]))
        self.classifier = nn.Linear(config["out_dim"], 30)

    def forward(self, feats):
        return self.classifier(self.rnn(feats)[0])


def probe():
    for argv in ([], ["--bidirectional", "0", "--n_mels", "80"]):
        config = vars(get_args(argv))
        config["out_dim"] = config["hidden"] * (2 if config["bidirectional"] else 1)
        model = SpeechEncoder(config)
        out = model(torch.randn(2, 50, config["n_mels"]))
        assert out.shape == (2, 50, 30)
