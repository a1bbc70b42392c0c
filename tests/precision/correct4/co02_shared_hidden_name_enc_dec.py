"""Encoder and decoder sized by one shared name, hidden_size: equal by design, not chance."""
import torch
import torch.nn as nn

hidden_size = 24


class EncoderRNN(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(input_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size)

    def forward(self, x, hidden):
        return self.gru(self.embedding(x).view(1, 1, -1), hidden)

    def init_hidden(self):
        return torch.zeros(1, 1, self.hidden_size)


class DecoderRNN(nn.Module):
    def __init__(self, hidden_size, output_size):
        super().__init__()
        self.embedding = nn.Embedding(output_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size)
        self.out = nn.Linear(hidden_size, output_size)

    def forward(self, x, hidden):
        output, hidden = self.gru(torch.relu(self.embedding(x).view(1, 1, -1)), hidden)
        return self.out(output[0]), hidden


encoder = EncoderRNN(30, hidden_size)
decoder = DecoderRNN(hidden_size, 20)


def probe():
    h = encoder.init_hidden()
    for tok in torch.randint(0, 30, (5,)):
        _, h = encoder(tok, h)
    out, h = decoder(torch.tensor([0]), h)
    assert out.shape == (1, 20)
