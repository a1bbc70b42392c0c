# source: variant of bug_021 (sizes in a dataclass; h0 built in forward from the input's dims)
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 5, 20), got [2, 3, 20]
"""bug_021 as a module: a dataclass of hyperparameters, a batch-first RNN, and h0 built from
x.size(1), the sequence length of a batch-first input."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class HParams:
    input_size: int = 10
    hidden_size: int = 20
    num_layers: int = 2


class Net(nn.Module):
    def __init__(self, hp: HParams):
        super().__init__()
        self.hp = hp
        self.rnn = nn.RNN(hp.input_size, hp.hidden_size, hp.num_layers, batch_first=True)

    def forward(self, x):
        h0 = torch.randn(self.hp.num_layers, x.size(1), self.hp.hidden_size)  # fix: the batch of a batch-first input is x.size(0)
        out, _ = self.rnn(x, h0)
        return out


def probe():
    net = Net(HParams())
    net(torch.randn(5, 3, 10))


if __name__ == "__main__":
    probe()
