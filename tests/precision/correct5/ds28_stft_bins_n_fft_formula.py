"""STFT magnitudes have n_fft // 2 + 1 bins; the LSTM's input_size is the same formula."""
import torch
import torch.nn as nn

N_FFT = 256


class Enhancer(nn.Module):
    def __init__(self, hidden=48):
        super().__init__()
        self.lstm = nn.LSTM(N_FFT // 2 + 1, hidden, num_layers=2, batch_first=True)
        self.mask = nn.Linear(hidden, N_FFT // 2 + 1)

    def forward(self, wave):                       # (B, samples)
        spec = torch.stft(wave, N_FFT, window=torch.hann_window(N_FFT), return_complex=True).abs()
        frames = spec.transpose(1, 2)              # (B, T, N_FFT // 2 + 1)
        out, _ = self.lstm(frames)
        return torch.sigmoid(self.mask(out)) * frames


def probe():
    assert Enhancer()(torch.randn(2, 4000)).shape[-1] == N_FFT // 2 + 1
