"""States sized by the configured batch size: right because the loader drops the short batch."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE = 8
SEQ_LEN = 12
N_FEATURES = 3


class StatefulLSTM(nn.Module):
    def __init__(self, n_features, hidden_size, num_layers, batch_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.batch_size = batch_size
        self.lstm = nn.LSTM(n_features, hidden_size, num_layers, batch_first=True)
        self.linear = nn.Linear(hidden_size, 1)
        self.reset_state()

    def reset_state(self):
        self.hidden = (torch.zeros(self.num_layers, self.batch_size, self.hidden_size),
                       torch.zeros(self.num_layers, self.batch_size, self.hidden_size))

    def forward(self, x):
        out, hidden = self.lstm(x, self.hidden)
        self.hidden = tuple(h.detach() for h in hidden)
        return self.linear(out[:, -1])


def make_loader(n_samples):
    x = torch.randn(n_samples, SEQ_LEN, N_FEATURES)
    y = torch.randn(n_samples, 1)
    return DataLoader(TensorDataset(x, y), batch_size=BATCH_SIZE, shuffle=True, drop_last=True)


def train(n_samples=100, epochs=2):
    model = StatefulLSTM(N_FEATURES, hidden_size=16, num_layers=2, batch_size=BATCH_SIZE)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        model.reset_state()
        for x, y in make_loader(n_samples):
            optimizer.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()
            optimizer.step()
    return model


def probe():
    train(n_samples=37, epochs=1)
