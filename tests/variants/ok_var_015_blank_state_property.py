# source: correct variant of bug_015 (the training loop reads the model's blank_state property, a tuple)
"""The instance-property route of var_015, written right: the property returns (h_0, c_0)."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, n_features, hidden, batch):
        super().__init__()
        self.hidden = hidden
        self.batch = batch
        self.rnn = nn.LSTM(n_features, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    @property
    def blank_state(self):
        zeros = torch.zeros(1, self.batch, self.hidden)
        return zeros, zeros.clone()

    def forward(self, x, state):
        out, state = self.rnn(x, state)
        return self.head(out[:, -1]), state


def train(model, batches):
    for x in batches:
        state = model.blank_state
        prediction, state = model(x, state)


def probe():
    model = Forecaster(1, 10, 2)
    train(model, [torch.zeros(2, 10, 1), torch.zeros(2, 10, 1)])


if __name__ == "__main__":
    probe()
