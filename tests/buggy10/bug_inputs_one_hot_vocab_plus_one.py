"""Characters are one-hot encoded to len(chars) but the RNN was built for len(chars) + 1."""
import torch
import torch.nn as nn
import torch.nn.functional as F

chars = list("abcdefgh")


class CharModel(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(len(chars) + 1, hidden, batch_first=True)  # expect: LC008

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    ids = torch.tensor([[0, 3, 5, 7]])
    CharModel()(F.one_hot(ids, num_classes=len(chars)).float())
