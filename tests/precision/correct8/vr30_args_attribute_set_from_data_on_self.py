"""argparse's input_size default (1) replaced by the data's width on the Namespace a trainer
keeps as self.args, before the trainer builds the model from self.args."""
import argparse

import torch
import torch.nn as nn


def parse(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--input_size", type=int, default=1)
    p.add_argument("--hidden_size", type=int, default=16)
    return p.parse_args(argv)


class Trainer:
    def __init__(self, args, data):
        self.args = args
        self.data = data
        self.args.input_size = data.shape[-1]
        self.model = nn.GRU(self.args.input_size, self.args.hidden_size, batch_first=True)

    def run(self):
        return self.model(self.data)[0]


def probe():
    trainer = Trainer(parse([]), torch.randn(4, 9, 5))
    assert trainer.run().shape == (4, 9, 16)
