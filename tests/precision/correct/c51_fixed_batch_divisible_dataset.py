"""States built from the configured batch size; the dataset size is a multiple of it
(60000 MNIST rows in batches of 100), so every batch the loader yields is full."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

sequence_length = 28
input_size = 28
hidden_size = 128
num_layers = 2
num_classes = 10
batch_size = 100


class RNN(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, num_classes):
        super(RNN, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, num_classes)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, batch_size, self.hidden_size)
        c0 = torch.zeros(self.num_layers, batch_size, self.hidden_size)
        out, _ = self.lstm(x, (h0, c0))
        return self.fc(out[:, -1, :])


def fake_mnist(n):
    return TensorDataset(torch.rand(n, 1, 28, 28), torch.randint(0, 10, (n,)))


def train(n_images):
    model = RNN(input_size, hidden_size, num_layers, num_classes)
    loader = DataLoader(fake_mnist(n_images), batch_size=batch_size, shuffle=True)
    for images, labels in loader:
        images = images.reshape(-1, sequence_length, input_size)
        loss = nn.functional.cross_entropy(model(images), labels)
        loss.backward()


def probe():
    train(n_images=300)
