"""N_MFCC used both to make the features and as the GRU's input_size."""
import torch
import torch.nn as nn

N_MFCC = 13
SAMPLE_FRAMES = 98


def fake_mfcc(batch):
    return torch.randn(batch, N_MFCC, SAMPLE_FRAMES)


class KeywordSpotter(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(N_MFCC, 64, num_layers=2, batch_first=True, dropout=0.1)
        self.fc = nn.Linear(64, 12)

    def forward(self, mfcc):
        out, _ = self.gru(mfcc.transpose(1, 2))
        return self.fc(out[:, -1])


def probe():
    KeywordSpotter()(fake_mfcc(3))
