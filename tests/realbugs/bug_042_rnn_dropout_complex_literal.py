# source: https://github.com/pytorch/pytorch/issues/136955
# rule: LC005
# torch: TypeError: float() argument must be a string or a real number, not 'complex'
"""The report's snippet: a complex dropout value; torch fails converting it with float()."""
import torch
from torch import nn

my_tensor = torch.tensor([[8., -3., 5.]])


def probe():
    torch.manual_seed(42)
    rnn = nn.RNN(input_size=3, hidden_size=2, dropout=0.+0.j)  # fix: dropout is a real probability in [0, 1]: dropout=0.0
    rnn(my_tensor)


if __name__ == "__main__":
    probe()
