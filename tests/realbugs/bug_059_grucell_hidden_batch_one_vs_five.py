# source: https://github.com/pytorch/pytorch/issues/6176
# rule: LC009
# torch: RuntimeError: Input batch size 5 doesn't match hidden0 batch size 2
"""The report's snippet (CPU): a GRUCell fed a batch of 5 inputs with a hidden state for a batch
of 2; torch 0.3 broadcast it on CPU and crashed on CUDA, torch now rejects the batch mismatch."""
import torch
from torch import nn


def probe():
    input_size = 3
    hidden_size = 4
    model = nn.GRUCell(input_size, hidden_size, False)
    x = torch.randn(5, input_size)
    h = torch.randn(2, hidden_size)  # fix: one hidden row per input row: torch.randn(5, hidden_size)
    model(x, h)


if __name__ == "__main__":
    probe()
