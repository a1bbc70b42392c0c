"""The model is built in `if __name__ == "__main__"` with literals; the probe builds another
configuration the same way."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, n_in, hidden, bidirectional):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=bidirectional)
        self.head = nn.Linear(hidden * 2 if bidirectional else hidden, 2)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def probe():
    assert Classifier(5, 6, False)(torch.randn(2, 4, 5)).shape == (2, 2)


if __name__ == "__main__":
    model = Classifier(5, 6, True)
    print(model(torch.randn(2, 4, 5)).shape)
