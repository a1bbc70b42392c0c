"""Train and test loaders share one batch size and both divide the data evenly, so a state
built for that batch size fits every batch."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

batch_size = 10


class Net(nn.Module):
    def __init__(self, input_dim=3, hidden_dim=12):
        super(Net, self).__init__()
        self.hidden_dim = hidden_dim
        self.gru = nn.GRU(input_dim, hidden_dim)
        self.fc = nn.Linear(hidden_dim, 2)

    def init_hidden(self):
        return torch.zeros(1, batch_size, self.hidden_dim)

    def forward(self, seq):
        out, _ = self.gru(seq.transpose(0, 1), self.init_hidden())
        return self.fc(out[-1])


def probe():
    train = TensorDataset(torch.randn(40, 6, 3), torch.randint(0, 2, (40,)))
    test = TensorDataset(torch.randn(20, 6, 3), torch.randint(0, 2, (20,)))
    net = Net()
    for x, _ in DataLoader(train, batch_size=batch_size):
        net(x)
    with torch.no_grad():
        for x, _ in DataLoader(test, batch_size=batch_size):
            net(x)
