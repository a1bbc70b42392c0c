# expect: LC008 line 7
"""The config says 13 MFCCs; the features fed are 40 filterbank channels."""
import torch
import torch.nn as nn

config = {
    "input_dim": 13,  # fix: 40
    "hidden_dim": 32,
    "num_layers": 2,
    "num_classes": 10,
}


class KeywordSpotter(nn.Module):
    def __init__(self, input_dim, hidden_dim, num_layers, num_classes):
        super().__init__()
        self.gru = nn.GRU(input_dim, hidden_dim, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[:, -1])


def probe():
    model = KeywordSpotter(**config)
    feats = torch.randn(8, 49, 40)
    model(feats)
