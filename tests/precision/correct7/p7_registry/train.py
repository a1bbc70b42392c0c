"""Builds the model by name from the other module's registry with **model_params read from JSON."""
import json

import torch
from registry_models import MODELS

CONFIG = '{"model": "gru", "model_params": {"input_dim": 5, "hidden_dim": 12, "layer_dim": 2, "bidirectional": true}}'


def build(text):
    cfg = json.loads(text)
    return MODELS[cfg["model"]](**cfg["model_params"])


def probe():
    model = build(CONFIG)
    out = model(torch.randn(3, 8, 5))
    assert out.shape == (3, 1)
    model = build(CONFIG.replace('"gru"', '"lstm"'))
    out = model(torch.randn(3, 8, 5))
    assert out.shape == (3, 1)
