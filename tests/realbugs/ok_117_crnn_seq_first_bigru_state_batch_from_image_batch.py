# source: https://github.com/bes-dev/crnn-pytorch/blob/0219f245138b00cba9c944cbd39519c35cc0f6da/models/crnn.py
"""bes-dev/crnn-pytorch (models/crnn.py after the dropout fix): the CRNN text recognizer turns
the CNN's feature map into a sequence-first tensor (one step per image column, `permute(3, 0,
2, 1)`), and builds the two-layer bidirectional GRU's initial state from `x.size(0)`, the image
batch, as `(rnn_num_layers * 2, batch, hidden)`; the GRU's 2 * hidden outputs go to
`Linear(rnn_hidden_size * 2, num_classes + 1)` per column for CTC. Looks like a batch taken from
dimension 0 of a sequence-first input and a state missing its directions; dimension 0 of the
image is the batch that becomes dimension 1 of the sequence, and the state counts both
directions of both layers."""
import string

import torch
import torch.nn as nn


def make_backend(backend, width=16):
    # stands in for getattr(torchvision.models, backend)(pretrained=True): conv blocks whose
    # BatchNorm gives the number of features of each column of the image
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
                 rnn_dropout=0,
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

    def forward(self, x, decode=False):
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
        if not self.fully_conv:
            features = features.permute(0, 3, 2, 1)
            features = self.proj(features)
            features = features.permute(1, 0, 2, 3)
        else:
            features = features.permute(3, 0, 2, 1)
        features = features.squeeze(2)
        return features

    def get_block_size(self, layer):
        return layer[1].weight.size()[0]


def probe():
    net = CRNN(abc=string.digits + string.ascii_uppercase)
    images = torch.randn(3, 3, 8, 40)
    seq = net(images)
    ctc = nn.CTCLoss()
    log_probs = seq.log_softmax(2)
    targets = torch.randint(1, net.num_classes + 1, (3, 4))
    ctc(log_probs, targets, torch.full((3,), seq.size(0), dtype=torch.long), torch.full((3,), 4, dtype=torch.long)).backward()
    net.eval()
    with torch.no_grad():
        net(images[:1])


if __name__ == "__main__":
    probe()
