# source: variant of bug_016 (the sizes unpacked from a tuple; the input built by a function)
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 13, got 2
"""bug_016 with the sizes unpacked from one tuple and the batch made by a function: features of
size 2 fed to an LSTM built for 13."""
import torch
from torch import nn

N_FEATURES, N_HIDDEN, N_LAYERS = 13, 4, 2


def make_batch(batch_size, seq_length, n_features):
    return torch.rand((batch_size, seq_length, n_features))


def probe():
    rnn = nn.LSTM(input_size=N_FEATURES, hidden_size=N_HIDDEN, num_layers=N_LAYERS, batch_first=True)
    batch = make_batch(3, 5, 2)  # fix: the last dimension must be input_size (N_FEATURES)
    rnn(batch)


if __name__ == "__main__":
    probe()
