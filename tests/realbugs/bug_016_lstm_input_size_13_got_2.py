# source: https://github.com/pytorch/pytorch/issues/114874
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 13, got 2
"""The report's snippet: features of size 2 fed to an LSTM built for 13 (older releases let it
pass when no state was given; torch 2.13 rejects it)."""
import torch
from torch import nn

seq_length = 5
batch_size = 3


def probe():
    rnn = nn.LSTM(input_size=13, hidden_size=4, num_layers=2, batch_first=True)
    input_sequence = torch.rand((batch_size, seq_length, 2))  # fix: the last dimension must be input_size (13)
    rnn(input_sequence)


if __name__ == "__main__":
    probe()
