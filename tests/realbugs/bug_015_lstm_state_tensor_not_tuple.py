# source: https://github.com/pytorch/pytorch/issues/45437
# rule: LC009
# torch: IndexError: index 1 is out of bounds for dimension 0 with size 1
"""The report's snippet: an nn.LSTM given one hidden tensor where the tuple (h_0, c_0) belongs."""
import torch
import torch.nn as nn


def probe():
    lstm = nn.LSTM(hidden_size=10, input_size=1, batch_first=True)
    hidden = torch.zeros(1, 2, 10)  # fix: an LSTM's state is a tuple: (torch.zeros(1, 2, 10), torch.zeros(1, 2, 10))
    lstm(torch.zeros(2, 10, 1), hidden)


if __name__ == "__main__":
    probe()
