"""Train with batches of 32, evaluate with batches of 100: init_hidden is called with each
loader's own batch size, and both loaders drop the short last batch."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Classifier(nn.Module):
    def __init__(self, input_dim, hidden_dim, num_layers=2):
        super().__init__()
        self.hidden_dim, self.num_layers = hidden_dim, num_layers
        self.lstm = nn.LSTM(input_dim, hidden_dim, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_dim, 3)

    def init_hidden(self, batch_size):
        return (torch.zeros(self.num_layers, batch_size, self.hidden_dim),
                torch.zeros(self.num_layers, batch_size, self.hidden_dim))

    def forward(self, x, hidden):
        out, hidden = self.lstm(x, hidden)
        return self.fc(out[:, -1]), hidden


def evaluate(model, loader, batch_size):
    hidden = model.init_hidden(batch_size)
    with torch.no_grad():
        for x, _ in loader:
            logits, hidden = model(x, hidden)
    return logits


def probe():
    model = Classifier(6, 14)
    train_loader = DataLoader(TensorDataset(torch.randn(130, 5, 6), torch.zeros(130)), batch_size=32, drop_last=True)
    test_loader = DataLoader(TensorDataset(torch.randn(250, 5, 6), torch.zeros(250)), batch_size=100, drop_last=True)
    hidden = model.init_hidden(32)
    for x, _ in train_loader:
        logits, hidden = model(x, hidden)
        hidden = tuple(h.detach() for h in hidden)
    evaluate(model, test_loader, 100)
