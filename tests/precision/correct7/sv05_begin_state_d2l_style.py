"""d2l's RNNModel: begin_state(batch_size) gives a tensor for a GRU and a tuple for an LSTM,
num_directions counted from the layer."""
import torch
import torch.nn as nn
from torch.nn import functional as F


class RNNModel(nn.Module):
    def __init__(self, rnn_layer, vocab_size):
        super().__init__()
        self.rnn = rnn_layer
        self.vocab_size = vocab_size
        self.num_hiddens = self.rnn.hidden_size
        if not self.rnn.bidirectional:
            self.num_directions = 1
            self.linear = nn.Linear(self.num_hiddens, self.vocab_size)
        else:
            self.num_directions = 2
            self.linear = nn.Linear(self.num_hiddens * 2, self.vocab_size)

    def forward(self, inputs, state):
        X = F.one_hot(inputs.T.long(), self.vocab_size).to(torch.float32)
        Y, state = self.rnn(X, state)
        return self.linear(Y.reshape((-1, Y.shape[-1]))), state

    def begin_state(self, batch_size=1):
        if not isinstance(self.rnn, nn.LSTM):
            return torch.zeros((self.num_directions * self.rnn.num_layers, batch_size, self.num_hiddens))
        return (torch.zeros((self.num_directions * self.rnn.num_layers, batch_size, self.num_hiddens)),
                torch.zeros((self.num_directions * self.rnn.num_layers, batch_size, self.num_hiddens)))


def probe():
    vocab = 28
    for layer in (nn.GRU(vocab, 32), nn.LSTM(vocab, 32, 2), nn.LSTM(vocab, 16, bidirectional=True)):
        net = RNNModel(layer, vocab)
        state = net.begin_state(batch_size=4)
        y, _ = net(torch.randint(0, vocab, (4, 35)), state)
        assert y.shape == (35 * 4, vocab)
