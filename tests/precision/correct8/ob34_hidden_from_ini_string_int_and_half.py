"""Sizes from INI strings converted with int(), and the per-direction size `hidden // 2` (an
int) for a bidirectional layer whose output is `hidden` again."""
import configparser

import torch
import torch.nn as nn

INI = "[model]\ninput = 12\nhidden = 40\n"


class Encoder(nn.Module):
    def __init__(self, section):
        super().__init__()
        hidden = int(section["hidden"])
        self.rnn = nn.LSTM(int(section["input"]), hidden // 2, bidirectional=True)
        self.norm = nn.LayerNorm(hidden)

    def forward(self, x):
        return self.norm(self.rnn(x)[0])


def probe():
    cfg = configparser.ConfigParser()
    cfg.read_string(INI)
    assert Encoder(cfg["model"])(torch.randn(3, 2, 12)).shape == (3, 2, 40)
