"""A trainer given the model reaches its layer as self.model.encoder.rnn and sizes the states
from that layer's own attributes."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 7, num_layers=2, batch_first=True)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder()


class Trainer:
    def __init__(self, model):
        self.model = model

    def step(self, x):
        rnn = self.model.encoder.rnn
        h0 = torch.zeros(rnn.num_layers, x.size(0), rnn.hidden_size)
        out, h = self.model.encoder.rnn(x, h0)
        return out


trainer = Trainer(Model())
out = trainer.step(torch.randn(4, 5, 3))


def probe():
    assert out.shape == (4, 5, 7)
