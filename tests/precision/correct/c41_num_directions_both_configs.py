"""num_directions derived from a flag; states and head follow it in both configurations."""
import torch
import torch.nn as nn


class SeqClassifier(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, num_classes, bidirectional=False):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True,
                            bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers * self.num_directions, x.size(0), self.hidden_size)
        c0 = torch.zeros(self.num_layers * self.num_directions, x.size(0), self.hidden_size)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])


uni = SeqClassifier(28, 64, 2, 10)
bi = SeqClassifier(28, 64, 2, 10, bidirectional=True)


def probe():
    for model in (uni, bi):
        assert model(torch.randn(3, 28, 28)).shape == (3, 10)
