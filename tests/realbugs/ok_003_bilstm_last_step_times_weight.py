# source: https://github.com/graykode/nlp-tutorial/issues/47
"""Bi-LSTM whose last output step (batch, n_hidden * 2) meets a weight of [n_hidden * 2, n_class]:
the comment in the tutorial was wrong, the shapes are right."""
import torch
import torch.nn as nn

n_step = 3
n_hidden = 5
n_class = 7


class BiLSTM(nn.Module):
    def __init__(self):
        super(BiLSTM, self).__init__()
        self.lstm = nn.LSTM(input_size=n_class, hidden_size=n_hidden, bidirectional=True)
        self.W = nn.Parameter(torch.randn([n_hidden * 2, n_class]))
        self.b = nn.Parameter(torch.randn([n_class]))

    def forward(self, X):
        input = X.transpose(0, 1)  # [n_step, batch_size, n_class]
        hidden_state = torch.zeros(1 * 2, len(X), n_hidden)
        cell_state = torch.zeros(1 * 2, len(X), n_hidden)
        outputs, (_, _) = self.lstm(input, (hidden_state, cell_state))
        outputs = outputs[-1]  # [batch_size, n_hidden * 2]
        return torch.mm(outputs, self.W) + self.b


def probe():
    BiLSTM()(torch.randn(4, n_step, n_class))


if __name__ == "__main__":
    probe()
