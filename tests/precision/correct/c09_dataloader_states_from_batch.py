"""States made from x.size(0), so the loader's last, shorter batch is fine."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


class Forecaster(nn.Module):
    def __init__(self, n_features, hidden_size, num_layers, horizon):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.gru = nn.GRU(n_features, hidden_size, num_layers, batch_first=True, dropout=0.1)
        self.fc = nn.Linear(hidden_size, horizon)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size, device=x.device)
        out, _ = self.gru(x, h0)
        return self.fc(out[:, -1, :])


def main(batch_size=32):
    data = TensorDataset(torch.randn(70, 24, 4), torch.randn(70, 6))
    loader = DataLoader(data, batch_size=batch_size, shuffle=False)
    model = Forecaster(n_features=4, hidden_size=20, num_layers=2, horizon=6)
    for x, y in loader:
        pred = model(x)
        assert pred.shape == y.shape


def probe():
    main(batch_size=32)
