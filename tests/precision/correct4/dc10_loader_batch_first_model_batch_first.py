"""A DataLoader's (B, T, F) batches fed to a batch_first GRU; h0 from x.size(0)."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

SEQ_LEN, N_FEAT = 12, 4
data = TensorDataset(torch.randn(50, SEQ_LEN, N_FEAT), torch.randint(0, 3, (50,)))
loader = DataLoader(data, batch_size=16, shuffle=False)


class GRUClassifier(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.hidden = hidden
        self.gru = nn.GRU(N_FEAT, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        h0 = torch.zeros(1, x.size(0), self.hidden)
        _, h = self.gru(x, h0)
        return self.fc(h[-1])


def probe():
    m = GRUClassifier()
    for x, y in loader:
        result = m(x).shape
        assert result == (x.size(0), 3)
