"""Spectrogram features from torch.stft: n_fft // 2 + 1 frequency bins, transposed to
(B, frames, bins) for a batch_first GRU whose input_size is the same expression."""
import torch
import torch.nn as nn

N_FFT, HOP = 256, 64


class SpecGRU(nn.Module):
    def __init__(self, hidden=32, n_classes=5):
        super().__init__()
        self.window = torch.hann_window(N_FFT)
        self.gru = nn.GRU(N_FFT // 2 + 1, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_classes)

    def forward(self, wave):
        spec = torch.stft(wave, N_FFT, HOP, window=self.window, return_complex=True).abs()
        feats = torch.log1p(spec).transpose(1, 2)
        _, h = self.gru(feats)
        return self.fc(h[-1])


def probe():
    assert SpecGRU()(torch.randn(3, 4000)).shape == (3, 5)
