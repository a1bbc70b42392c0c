"""Spectrogram frames: n_fft // 2 + 1 frequency bins become input_size."""
import torch
import torch.nn as nn

N_FFT = 64


class SpecRNN(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.rnn = nn.GRU(N_FFT // 2 + 1, hidden, batch_first=True)

    def forward(self, wave):
        spec = torch.stft(wave, N_FFT, window=torch.hann_window(N_FFT), return_complex=True).abs()
        return self.rnn(spec.transpose(1, 2))[0]


def probe():
    SpecRNN()(torch.randn(2, 800))
