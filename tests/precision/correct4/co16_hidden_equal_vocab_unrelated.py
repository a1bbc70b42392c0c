"""A char model where the alphabet has 64 symbols and the hidden size is also 64: the one-hot
input is n_chars wide, the head maps hidden to n_chars."""
import torch
import torch.nn as nn
import torch.nn.functional as F

n_chars = 64
n_hidden = 64


class CharRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(n_chars, n_hidden, 2, batch_first=True, dropout=0.5)
        self.fc = nn.Linear(n_hidden, n_chars)

    def forward(self, ids):
        x = F.one_hot(ids, n_chars).float()
        out, _ = self.lstm(x)
        return self.fc(out.contiguous().view(-1, n_hidden))


def probe():
    result = CharRNN()(torch.randint(0, n_chars, (3, 5))).shape
    assert result == (15, n_chars)
