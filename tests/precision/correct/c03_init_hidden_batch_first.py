"""batch_first LSTM whose states stay layers-first, sized from the batch it is given."""
import torch
import torch.nn as nn


class LSTMTagger(nn.Module):
    def __init__(self, input_dim, hidden_dim, layer_dim, output_dim, bidirectional):
        super(LSTMTagger, self).__init__()
        self.hidden_dim = hidden_dim
        self.layer_dim = layer_dim
        self.num_directions = 2 if bidirectional else 1
        self.lstm = nn.LSTM(input_dim, hidden_dim, layer_dim, batch_first=True,
                            bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_dim * self.num_directions, output_dim)

    def init_hidden(self, batch_size):
        shape = (self.layer_dim * self.num_directions, batch_size, self.hidden_dim)
        return torch.zeros(*shape), torch.zeros(*shape)

    def forward(self, x):
        h0, c0 = self.init_hidden(x.size(0))
        out, (hn, cn) = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])


if __name__ == "__main__":
    model = LSTMTagger(input_dim=28, hidden_dim=100, layer_dim=3, output_dim=10, bidirectional=True)
    print(model(torch.randn(64, 28, 28)).shape)


def probe():
    model = LSTMTagger(input_dim=28, hidden_dim=100, layer_dim=3, output_dim=10, bidirectional=True)
    assert model(torch.randn(5, 28, 28)).shape == (5, 10)
    model = LSTMTagger(7, 4, 1, 2, False)
    assert model(torch.randn(2, 3, 7)).shape == (2, 2)
