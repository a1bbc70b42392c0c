# torch: runs
# The first chunk runs with no state (zeros, made by the layer); later chunks carry the
# returned (h, c). Every chunk has the same batch.
import torch
from torch import nn


class Tracker(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(input_size=5, hidden_size=9, num_layers=3)

    def forward(self, chunks):
        state = None
        outputs = []
        for chunk in chunks:
            if state is not None:
                state = (state[0].detach(), state[1].detach())
            out, state = self.lstm(chunk, state)
            outputs.append(out)
        return torch.cat(outputs)


def probe():
    Tracker()([torch.randn(4, 2, 5) for _ in range(3)])
