"""Feature windows are preallocated with 40 coefficients per frame and the LSTM is built
with input_size=40."""
import torch
import torch.nn as nn

N_MFCC = 40


class SpeechLSTM(nn.Module):
    def __init__(self, n_in=N_MFCC, hidden=24, classes=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def probe():
    batch = torch.zeros((8, 50, N_MFCC))
    SpeechLSTM()(batch)
