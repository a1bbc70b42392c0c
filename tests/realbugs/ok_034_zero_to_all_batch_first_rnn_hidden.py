# source: https://github.com/hunkim/PyTorchZeroToAll/issues/16
"""PyTorchZeroToAll's RNN basics: a comment claimed that with batch_first=True the hidden state is
(batch, num_layers * num_directions, hidden); the maintainer agreed the comment was wrong. The
code itself passes (num_layers * num_directions, batch, hidden) = (1, 3, 2) for a batch of 3
sequences fed batch-first as (3, 5, 4), which is what torch wants."""
import torch
import torch.nn as nn

# One hot encoding for each char in 'hello'
h = [1, 0, 0, 0]
e = [0, 1, 0, 0]
l = [0, 0, 1, 0]
o = [0, 0, 0, 1]


def probe():
    # One cell RNN input_dim (4) -> output_dim (2). sequence: 5, batch 3
    cell = nn.RNN(input_size=4, hidden_size=2, batch_first=True)
    # (num_layers * num_directions, batch, hidden_size) whether batch_first or not
    hidden = torch.randn(1, 3, 2)
    # One cell RNN input_dim (4) -> output_dim (2). sequence: 5, batch 3
    # 3 batches 'hello', 'eolll', 'lleel'
    # rank = (3, 5, 4)
    inputs = torch.Tensor([[h, e, l, l, o],
                           [e, o, l, l, l],
                           [l, l, e, e, l]])
    out, hidden = cell(inputs, hidden)
    assert out.shape == (3, 5, 2) and hidden.shape == (1, 3, 2)


if __name__ == "__main__":
    probe()
