"""direction='bi' or 'uni' sets bidirectional; states and head follow num_directions."""
import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self, n_in, hidden, n_classes, direction="uni", layers=1):
        super().__init__()
        if direction not in ("uni", "bi"):
            raise ValueError(direction)
        self.num_directions = 2 if direction == "bi" else 1
        self.layers, self.hidden = layers, hidden
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True,
                            bidirectional=direction == "bi")
        self.fc = nn.Linear(hidden * self.num_directions, n_classes)

    def forward(self, x):
        shape = (self.layers * self.num_directions, x.size(0), self.hidden)
        h0, c0 = torch.zeros(shape), torch.zeros(shape)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])


def probe():
    x = torch.randn(5, 8, 3)
    assert Classifier(3, 7, 2, direction="bi")(x).shape == (5, 2)
    assert Classifier(3, 7, 2, "uni", layers=2)(x).shape == (5, 2)
