# torch: runs
# PyTorch's seq2seq translation tutorial: the encoder embeds one word at a time and views it
# as one step of a batch of one.
import torch
import torch.nn as nn


class EncoderRNN(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(input_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size)

    def forward(self, input, hidden):
        embedded = self.embedding(input).view(1, 1, -1)
        output, hidden = self.gru(embedded, hidden)
        return output, hidden

    def init_hidden(self):
        return torch.zeros(1, 1, self.hidden_size)


def probe():
    encoder = EncoderRNN(20, 12)
    encoder(torch.tensor([4]), encoder.init_hidden())
