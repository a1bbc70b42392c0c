"""The run: 13 MFCC features, a two-layer bidirectional encoder with dropout."""
import torch

from config import get_config
from model import Encoder


def build():
    cfg = get_config()
    cfg["data"]["n_features"] = 13
    cfg["model"].update(hidden=16, layers=2, bidirectional=True, dropout=0.2)
    return Encoder(cfg)


def probe():
    model = build()
    out = model(torch.randn(4, 20, 13))
    assert out.shape == (4, 2)
