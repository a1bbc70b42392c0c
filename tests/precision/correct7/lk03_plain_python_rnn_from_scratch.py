"""An RNN written in plain Python (a course's from-scratch version) checked against nn.RNN; its
names (Wxh, hidden_size, forward) are not torch layers."""
import math
import random

import torch
import torch.nn as nn


class ScratchRNN:
    def __init__(self, input_size, hidden_size):
        rnd = random.Random(0)
        self.Wxh = [[rnd.gauss(0, 0.1) for _ in range(input_size)] for _ in range(hidden_size)]
        self.Whh = [[rnd.gauss(0, 0.1) for _ in range(hidden_size)] for _ in range(hidden_size)]
        self.hidden_size = hidden_size

    def forward(self, xs):
        h = [0.0] * self.hidden_size
        for x in xs:
            h = [math.tanh(sum(w * v for w, v in zip(self.Wxh[i], x)) + sum(w * v for w, v in zip(self.Whh[i], h)))
                 for i in range(self.hidden_size)]
        return h


def probe():
    ref = ScratchRNN(3, 4)
    rnn = nn.RNN(3, 4, bias=False)
    with torch.no_grad():
        rnn.weight_ih_l0.copy_(torch.tensor(ref.Wxh))
        rnn.weight_hh_l0.copy_(torch.tensor(ref.Whh))
    xs = torch.randn(5, 3)
    _, h = rnn(xs.unsqueeze(1), torch.zeros(1, 1, 4))
    assert torch.allclose(h.flatten(), torch.tensor(ref.forward(xs.tolist())), atol=1e-4)
