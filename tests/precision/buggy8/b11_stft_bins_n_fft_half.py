# expect: LC008 line 13
"""Spectrogram features from torch.stft have n_fft // 2 + 1 bins; the GRU is built for
n_fft // 2."""
import torch
import torch.nn as nn

N_FFT = 256


class SpecGRU(nn.Module):
    def __init__(self, hidden=32):
        super().__init__()
        self.gru = nn.GRU(N_FFT // 2, hidden, batch_first=True)  # fix: N_FFT // 2 + 1

    def forward(self, wave):
        spec = torch.stft(wave, N_FFT, hop_length=64, window=torch.hann_window(N_FFT),
                          return_complex=True).abs()
        return self.gru(spec.transpose(1, 2))[0]


def probe():
    SpecGRU()(torch.randn(2, 3000))
