"""A speech encoder's output bottleneck: a Linear narrows the BiLSTM features to d_model and
the LayerNorm after it was sized for the features it replaced."""
import torch
import torch.nn as nn


class SpeechEncoder(nn.Module):
    def __init__(self, n_mels=40, rnn_dim=64, d_model=96):
        super().__init__()
        self.rnn = nn.LSTM(n_mels, rnn_dim, num_layers=2, bidirectional=True)
        self.bottleneck = nn.Sequential(nn.Linear(2 * rnn_dim, d_model), nn.ReLU(),
                                        nn.LayerNorm(2 * rnn_dim))  # expect: LC007

    def forward(self, mels):
        out, _ = self.rnn(mels.transpose(0, 1))
        return self.bottleneck(out)


def probe():
    SpeechEncoder()(torch.randn(2, 30, 40))
