# source: https://github.com/HoyTta0/KnowledgeDistillation/blob/HEAD/models/biLSTM.py
"""A BiLSTM of 256 per direction feeding nn.Linear(512, ...) on every step: right, and the
commented-out Linear(256, 2) above it is the mistake it replaced."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class biLSTM(nn.Module):
    def __init__(self):
        super(biLSTM, self).__init__()
        self.lstm = nn.LSTM(input_size=300, hidden_size=256, num_layers=1, batch_first=True,
                            dropout=0, bidirectional=True)
        self.fc1 = nn.Linear(512, 128)
        self.fc2 = nn.Linear(128, 5)

    def forward(self, x, hidden=None):
        lstm_out, hidden = self.lstm(x, hidden)
        out = self.fc1(lstm_out)
        activated_t = F.relu(out)
        linear_out = self.fc2(activated_t)
        return linear_out, hidden


def probe():
    biLSTM()(torch.randn(2, 5, 300))


if __name__ == "__main__":
    probe()
