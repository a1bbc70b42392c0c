"""argparse with set_defaults from a preset, then the command line overriding the hidden size;
dropout only applied when the parsed layers are more than one."""
import argparse

import torch
import torch.nn as nn

PRESETS = {"small": {"hidden": 16, "layers": 1}, "large": {"hidden": 64, "layers": 3}}


def parse(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--preset", default="small", choices=sorted(PRESETS))
    p.add_argument("--hidden", type=int)
    p.add_argument("--layers", type=int)
    p.add_argument("--dropout", type=float, default=0.3)
    args, _ = p.parse_known_args(argv)
    p.set_defaults(**PRESETS[args.preset])
    return p.parse_args(argv)


def build(args, n_in=5):
    return nn.LSTM(n_in, args.hidden, args.layers,
                   dropout=args.dropout if args.layers > 1 else 0.0)


def probe():
    for argv in ([], ["--preset", "large"], ["--preset", "large", "--hidden", "20"]):
        args = parse(argv)
        out, _ = build(args)(torch.randn(4, 2, 5))
        assert out.shape == (4, 2, args.hidden)
