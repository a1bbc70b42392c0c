# source: https://github.com/sooftware/kospeech/commit/853de41cdbd64c02d0352af7d81fc7cb5322fbee
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 320, got 400
"""KoSpeech (kospeech/model_builder.py), "Fix input_size calculation": build_model sized the
listener from a hard-coded spectrogram size, input_size = 161 (20 ms frames at 16 kHz), while the
feature transform takes its window from opt.frame_length, so any other frame length gives a
spectrogram of (frame_length << 3) + 1 bins. The listener's VGG extractor turns the feature size
into the LSTM's input size (kospeech: input_size << 5, 128 channels after two 2x poolings; here
8 channels, input_size << 1)."""
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
    parser.add_argument('--num_encoder_layers', type=int, default=2)
    return parser


class Spectrogram:
    """torch.stft magnitudes: n_fft = frame_length ms of samples, n_fft // 2 + 1 bins."""

    def __init__(self, sample_rate, frame_length):
        self.n_fft = int(round(sample_rate * 0.001 * frame_length))
        self.hop_length = self.n_fft // 2

    def __call__(self, signal):
        window = torch.hamming_window(self.n_fft)
        spect = torch.stft(signal, self.n_fft, hop_length=self.hop_length, window=window,
                           return_complex=True).abs()
        return torch.log1p(spect).transpose(0, 1)        # T x (n_fft // 2 + 1)


class VGGExtractor(nn.Module):
    def __init__(self, in_channels=1, channels=(4, 8)):
        super(VGGExtractor, self).__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(in_channels, channels[0], kernel_size=3, padding=1), nn.ReLU(),
            nn.MaxPool2d(2, stride=2),
            nn.Conv2d(channels[0], channels[1], kernel_size=3, padding=1), nn.ReLU(),
            nn.MaxPool2d(2, stride=2),
        )

    def forward(self, inputs):
        outputs = self.conv(inputs.unsqueeze(1).transpose(2, 3))    # B x C x D/4 x T/4
        batch_size, channels, dimension, seq_length = outputs.size()
        return outputs.permute(0, 3, 1, 2).reshape(batch_size, seq_length, channels * dimension)


class Listener(nn.Module):
    def __init__(self, input_size, hidden_dim=512, num_layers=3, bidirectional=True):
        super(Listener, self).__init__()
        self.conv = VGGExtractor()
        input_size = (input_size - 1) << 1 if input_size % 2 else input_size << 1   # 8 channels x size/4
        self.rnn = nn.LSTM(input_size, hidden_dim, num_layers, batch_first=True, bidirectional=bidirectional)

    def forward(self, inputs):
        conv_feat = self.conv(inputs)
        outputs, hidden = self.rnn(conv_feat)
        return outputs


def build_model(opt):
    """ Various model dispatcher function. """
    if opt.transform_method.lower() == 'spect':
        input_size = 161  # fix: (opt.frame_length << 3) + 1, the bins the transform produces
    else:
        input_size = opt.n_mels
    return Listener(input_size, opt.hidden_dim, opt.num_encoder_layers)


def probe():
    opt = build_parser().parse_args([])
    transform = Spectrogram(opt.sample_rate, opt.frame_length)
    batch = torch.stack([transform(torch.randn(opt.sample_rate // 4)) for _ in range(2)])
    model = build_model(opt)
    model(batch)


if __name__ == "__main__":
    probe()
