# source: https://github.com/joannahong/Lip2Wav-pytorch/issues/4
# rule: LC008
# torch: ValueError: LSTM: Expected input to be 2D or 3D, got 5D instead
"""Lip2Wav-pytorch (model/model.py, Encoder3D): a stack of Conv3d blocks shrinks each video frame
and the result is permuted and squeezed twice, .squeeze(4).squeeze(3), on the assumption that the
last block leaves 1 x 1 frames. The reporter's frames come out 2 x 2 (printed as
torch.Size([18, 20, 512, 2, 2])), the squeezes do nothing, and the 5-D tensor goes into the
bidirectional LSTM: "Training Dimension Mismatch". The frame size comes from the hyperparameters."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class hparams:
    img_size = 12  # fix: the conv stack reduces 6 x 6 frames to 1 x 1; 12 x 12 frames come out 2 x 2
    num_init_filters = 4
    encoder_n_convolutions = 2
    encoder_embedding_dim = 8
    T = 5


hps = hparams


class ConvNorm3D(nn.Module):
    def __init__(self, in_channels, out_channels, kernel_size=3, stride=1, residual=False):
        super(ConvNorm3D, self).__init__()
        self.conv = nn.Conv3d(in_channels, out_channels, kernel_size=kernel_size, stride=stride, padding=1)
        self.batched = nn.BatchNorm3d(out_channels)
        self.residual = residual

    def forward(self, x):
        out = self.batched(self.conv(x))
        if self.residual:
            out = out + x
        return F.relu(out)


class Encoder3D(nn.Module):
    def __init__(self, hparams):
        super(Encoder3D, self).__init__()
        self.out_channel = hparams.num_init_filters
        self.in_channel = 3
        convolutions = []
        strides = [(1, 2, 2), (1, 3, 3)]
        for i in range(hparams.encoder_n_convolutions):
            conv_layer = nn.Sequential(
                ConvNorm3D(self.in_channel, self.out_channel, kernel_size=3, stride=strides[i]),
                ConvNorm3D(self.out_channel, self.out_channel, kernel_size=3, stride=1, residual=True))
            convolutions.append(conv_layer)
            self.in_channel = self.out_channel
            self.out_channel *= 2
        self.convolutions = nn.ModuleList(convolutions)

        self.lstm = nn.LSTM(hparams.encoder_embedding_dim,
                            int(hparams.encoder_embedding_dim / 2), 1,
                            batch_first=True, bidirectional=True)

    def forward(self, x, input_lengths):
        for conv in self.convolutions:
            x = F.dropout(conv(x), 0.5, self.training)
        x = x.permute(0, 2, 1, 3, 4).squeeze(4).squeeze(3).contiguous()  # [bs x T x encoder_embedding_dim]
        outputs, _ = self.lstm(x)
        return outputs


def probe():
    encoder = Encoder3D(hps)
    frames = torch.randn(2, 3, hps.T, hps.img_size, hps.img_size)
    encoder(frames, torch.tensor([hps.T, hps.T]))


if __name__ == "__main__":
    probe()
