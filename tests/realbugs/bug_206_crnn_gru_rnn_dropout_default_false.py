# source: https://github.com/bes-dev/crnn-pytorch/commit/067b3c6d6340f46ed1037dd4d1d3232cfb158b2f
# rule: LC005
# torch: ValueError: dropout should be a number in range [0, 1] representing the probability of an element being zeroed
"""bes-dev/crnn-pytorch (models/crnn.py, models/model_loader.py, train.py): the CRNN text
recognizer builds a two-layer bidirectional GRU over the CNN's columns with
`dropout=rnn_dropout`, and the constructor's default was `rnn_dropout=False`. load_model never
passes the option, so every run of train.py or test.py reaches the GRU with a bool; torch rejects
a bool dropout ("dropout should be a number in range [0, 1]") while building the model (issue #2,
"dropout value error"). The fix changed the default to 0."""
import string

import torch
import torch.nn as nn


def make_backend(backend, width=16):
    # stands in for getattr(torchvision.models, backend)(pretrained=True): a stack of conv blocks
    # whose last BatchNorm gives the number of features of each column of the image
    return nn.Sequential(
        nn.Conv2d(3, width, kernel_size=3, stride=2, padding=1),
        nn.BatchNorm2d(width),
        nn.ReLU(),
        nn.AdaptiveAvgPool2d((1, None)),
    )


class CRNN(nn.Module):
    def __init__(self,
                 abc=string.digits,
                 backend='resnet18',
                 rnn_hidden_size=128,
                 rnn_num_layers=2,
                 rnn_dropout=False,  # fix: rnn_dropout=0,
                 seq_proj=[0, 0]):
        super().__init__()

        self.abc = abc
        self.num_classes = len(self.abc)
        self.cnn = make_backend(backend)

        self.fully_conv = seq_proj[0] == 0
        if not self.fully_conv:
            self.proj = nn.Conv2d(seq_proj[0], seq_proj[1], kernel_size=1)

        self.rnn_hidden_size = rnn_hidden_size
        self.rnn_num_layers = rnn_num_layers
        self.rnn = nn.GRU(self.get_block_size(self.cnn),
                          rnn_hidden_size, rnn_num_layers,
                          batch_first=False,
                          dropout=rnn_dropout, bidirectional=True)
        self.linear = nn.Linear(rnn_hidden_size * 2, self.num_classes + 1)
        self.softmax = nn.Softmax(dim=2)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        features = self.cnn(x)
        features = self.features_to_sequence(features)
        seq, hidden = self.rnn(features, hidden)
        seq = self.linear(seq)
        if not self.training:
            seq = self.softmax(seq)
        return seq

    def init_hidden(self, batch_size):
        return torch.zeros(self.rnn_num_layers * 2, batch_size, self.rnn_hidden_size)

    def features_to_sequence(self, features):
        b, c, h, w = features.size()
        assert h == 1, "the height of out must be 1"
        features = features.permute(3, 0, 2, 1)
        return features.squeeze(2)

    def get_block_size(self, layer):
        return layer[1].weight.size()[0]


def load_model(abc, seq_proj=[0, 0], backend='resnet18'):
    return CRNN(abc=abc, seq_proj=seq_proj, backend=backend)


def probe():
    net = load_model(string.digits + string.ascii_uppercase)
    net(torch.randn(2, 3, 8, 32))


if __name__ == "__main__":
    probe()
