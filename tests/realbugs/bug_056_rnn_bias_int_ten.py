# source: https://github.com/pytorch/pytorch/issues/136954
# rule: LC005
# torch: TypeError: bias should be of type bool, got: int
"""The report's snippet: torch 2.3 took bias=10 and failed at the first forward pass
(rnn_tanh() received an invalid combination of arguments); newer torch rejects it at construction."""
import torch
from torch import nn

my_tensor = torch.tensor([[8., -3., 0.]])


def probe():
    torch.manual_seed(42)
    rnn = nn.RNN(input_size=3, hidden_size=2, bias=10)  # fix: bias is a bool: bias=True
    rnn(input=my_tensor)


if __name__ == "__main__":
    probe()
