# source: https://github.com/spro/practical-pytorch/issues/12
# rule: LC009
# torch: IndexError: index 1 is out of bounds for dimension 0 with size 1
"""The seq2seq translation tutorial with its encoder GRU swapped for an LSTM: initHidden still
returns the GRU's single zeros tensor, and an LSTM's state must be the tuple (h_0, c_0)."""
import torch
import torch.nn as nn
from torch.autograd import Variable

use_cuda = torch.cuda.is_available()


class EncoderRNN(nn.Module):
    def __init__(self, input_size, hidden_size, n_layers=1):
        super(EncoderRNN, self).__init__()
        self.n_layers = n_layers
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(input_size, hidden_size)
        self.lstm = nn.LSTM(hidden_size, hidden_size)

    def forward(self, input, hidden):
        embedded = self.embedding(input).view(1, 1, -1)
        output = embedded
        for i in range(self.n_layers):
            output, hidden = self.lstm(output, hidden)
        return output, hidden

    def initHidden(self):
        result = Variable(torch.zeros(1, 1, self.hidden_size))  # fix: an LSTM needs (h_0, c_0): return (result, result.clone())
        if use_cuda:
            return result.cuda()
        return result


def probe():
    encoder1 = EncoderRNN(20, 8)
    encoder_hidden = encoder1.initHidden()
    input_variable = torch.tensor([[3], [5], [7]])
    for ei in range(input_variable.size(0)):
        encoder_output, encoder_hidden = encoder1(input_variable[ei], encoder_hidden)


if __name__ == "__main__":
    probe()
