"""Options read with dict.get and defaults; the dropout argument is given only when the
configured layers allow it, through a kwargs dict built under a branch."""
import torch
import torch.nn as nn


def build_encoder(opts):
    layers = opts.get("num_layers", 1)
    kwargs = {"batch_first": True, "bidirectional": opts.get("bidirectional", False)}
    if layers > 1:
        kwargs["dropout"] = opts.get("dropout", 0.1)
    return nn.LSTM(opts.get("input_size", 10), opts.get("hidden_size", 20), layers, **kwargs)


def probe():
    for opts in ({}, {"num_layers": 3, "dropout": 0.5}, {"bidirectional": True, "hidden_size": 8}):
        enc = build_encoder(opts)
        out, _ = enc(torch.randn(2, 4, opts.get("input_size", 10)))
        dirs = 2 if opts.get("bidirectional") else 1
        assert out.shape == (2, 4, dirs * opts.get("hidden_size", 20))
