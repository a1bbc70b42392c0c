"""A stored batch size is kept valid by padding the last batch up to it before the model
sees it, as some sequence-labelling scripts do."""
import torch
import torch.nn as nn

BATCH = 6


class Labeler(nn.Module):
    def __init__(self, n_in=5, hidden=10):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        state = (torch.zeros(1, BATCH, self.hidden), torch.zeros(1, BATCH, self.hidden))
        return self.lstm(x, state)[0]


def pad_to(batch, size):
    missing = size - batch.size(0)
    return torch.cat([batch, batch.new_zeros(missing, *batch.shape[1:])]) if missing else batch


def probe():
    data = torch.randn(20, 4, 5)
    model = Labeler()
    for i in range(0, len(data), BATCH):
        model(pad_to(data[i:i + BATCH], BATCH))
