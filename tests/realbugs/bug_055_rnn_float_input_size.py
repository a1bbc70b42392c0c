# source: https://github.com/pytorch/pytorch/issues/136936
# rule: LC005
# torch: TypeError: input_size should be of type int, got: float
"""The report's snippet: input_size given as the float 3.; torch 2.3 failed allocating the
weights (empty(): argument 'size' ... but got float), newer torch rejects the type directly."""
import torch
from torch import nn

my_tensor = torch.tensor([[8., -3., 5.]])


def probe():
    torch.manual_seed(42)
    rnn = nn.RNN(input_size=3., hidden_size=2)  # fix: sizes are ints: input_size=3
    rnn(input=my_tensor)


if __name__ == "__main__":
    probe()
