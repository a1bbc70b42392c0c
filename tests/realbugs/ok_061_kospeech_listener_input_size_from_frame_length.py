# source: https://github.com/sooftware/kospeech/commit/853de41cdbd64c02d0352af7d81fc7cb5322fbee
"""KoSpeech's build_model after "Fix input_size calculation" (bug_128's answer): the spectrogram's
bin count is derived from the same option the transform uses, (opt.frame_length << 3) + 1 at
16 kHz, and the listener turns it into its LSTM input size through the VGG extractor's arithmetic
(channels times a quarter of the feature size, odd sizes rounded down)."""
import argparse

import torch
import torch.nn as nn


def build_parser():
    parser = argparse.ArgumentParser(description='KoSpeech')
    parser.add_argument('--transform_method', type=str, default='spect')
    parser.add_argument('--sample_rate', type=int, default=16000)
    parser.add_argument('--frame_length', type=int, default=25)
    parser.add_argument('--n_mels', type=int, default=80)
    parser.add_argument('--hidden_dim', type=int, default=16)
    return parser


class Spectrogram:
    def __init__(self, sample_rate, frame_length):
        self.n_fft = int(round(sample_rate * 0.001 * frame_length))
        self.hop_length = self.n_fft // 2

    def __call__(self, signal):
        spect = torch.stft(signal, self.n_fft, hop_length=self.hop_length,
                           window=torch.hamming_window(self.n_fft), return_complex=True).abs()
        return torch.log1p(spect).transpose(0, 1)


class Listener(nn.Module):
    def __init__(self, input_size, hidden_dim=512, num_layers=2):
        super(Listener, self).__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                                  nn.Conv2d(4, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
        input_size = (input_size - 1) << 1 if input_size % 2 else input_size << 1
        self.rnn = nn.LSTM(input_size, hidden_dim, num_layers, batch_first=True, bidirectional=True)

    def forward(self, inputs):
        outputs = self.conv(inputs.unsqueeze(1).transpose(2, 3))
        batch_size, channels, dimension, seq_length = outputs.size()
        outputs = outputs.permute(0, 3, 1, 2).reshape(batch_size, seq_length, channels * dimension)
        return self.rnn(outputs)[0]


def build_model(opt):
    input_size = (opt.frame_length << 3) + 1 if opt.transform_method.lower() == 'spect' else opt.n_mels
    return Listener(input_size, opt.hidden_dim)


def probe():
    for frame_length in ('20', '25', '30'):
        opt = build_parser().parse_args(['--frame_length', frame_length])
        transform = Spectrogram(opt.sample_rate, opt.frame_length)
        batch = torch.stack([transform(torch.randn(opt.sample_rate // 4)) for _ in range(2)])
        build_model(opt)(batch)


if __name__ == "__main__":
    probe()
