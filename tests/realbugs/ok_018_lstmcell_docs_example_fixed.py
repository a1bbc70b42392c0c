# source: https://github.com/pytorch/pytorch/issues/54319
"""The corrected LSTMCell example: input is (time_steps, batch, input_size), each input[i] a
(batch, input_size) step for the (batch, hidden_size) states."""
import torch
from torch import nn


def probe():
    rnn = nn.LSTMCell(10, 20)
    input = torch.randn(2, 3, 10)
    hx = torch.randn(3, 20)
    cx = torch.randn(3, 20)
    output = []
    for i in range(input.size()[0]):
        hx, cx = rnn(input[i], (hx, cx))
        output.append(hx)
    output = torch.stack(output, dim=0)


if __name__ == "__main__":
    probe()
