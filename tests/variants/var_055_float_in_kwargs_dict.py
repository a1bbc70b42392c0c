# source: variant of bug_055 (the float size in a dict of keywords unpacked into the constructor)
# rule: LC005
# torch: TypeError: input_size should be of type int, got: float
"""bug_055 with the RNN's keywords in a dict: input_size is the float 3.0."""
import torch
from torch import nn

RNN_KWARGS = {"input_size": 3.0, "hidden_size": 2}  # fix: sizes are ints: "input_size": 3


def probe():
    rnn = nn.RNN(**RNN_KWARGS)
    rnn(torch.tensor([[8.0, -3.0, 5.0]]))


if __name__ == "__main__":
    probe()
