"""reset_hidden(batch_size) is called at the top of every step with the batch's own size."""
import torch
import torch.nn as nn


class Tracker(nn.Module):
    def __init__(self, n_in=3, n_hid=5, layers=2):
        super().__init__()
        self.n_hid, self.layers = n_hid, layers
        self.lstm = nn.LSTM(n_in, n_hid, layers, batch_first=True)
        self.hidden = None

    def reset_hidden(self, batch_size):
        self.hidden = (torch.zeros(self.layers, batch_size, self.n_hid),
                       torch.zeros(self.layers, batch_size, self.n_hid))

    def forward(self, x):
        out, self.hidden = self.lstm(x, self.hidden)
        return out


def probe():
    model = Tracker()
    for batch in (torch.randn(8, 4, 3), torch.randn(3, 4, 3)):
        model.reset_hidden(batch.size(0))
        model(batch)
