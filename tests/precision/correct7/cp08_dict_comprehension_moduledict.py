"""A ModuleDict from a dict comprehension: one encoder per input stream, each of its own width."""
import torch
import torch.nn as nn

STREAMS = {"audio": 40, "video": 128, "text": 300}


class MultiStream(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.encoders = nn.ModuleDict({name: nn.LSTM(width, hidden, batch_first=True)
                                       for name, width in STREAMS.items()})
        self.fuse = nn.Linear(hidden * len(STREAMS), 2)

    def forward(self, inputs):
        finals = [self.encoders[name](inputs[name])[1][0][-1] for name in STREAMS]
        return self.fuse(torch.cat(finals, dim=-1))


def probe():
    x = {name: torch.randn(2, 5, w) for name, w in STREAMS.items()}
    assert MultiStream()(x).shape == (2, 2)
