"""CRNN: two bidirectional LSTM blocks in an nn.Sequential; each block maps 2*nHidden to nOut
with a Linear, so the second block's input_size is the first block's nOut, not 2*nh.

source: meijieru/crnn.pytorch@3cc7904c5ba20b18fcdc2d02ac2b24a9be9eafaf models/crnn.py
"""
import torch
import torch.nn as nn


class BidirectionalLSTM(nn.Module):

    def __init__(self, nIn, nHidden, nOut):
        super(BidirectionalLSTM, self).__init__()
        self.rnn = nn.LSTM(nIn, nHidden, bidirectional=True)
        self.embedding = nn.Linear(nHidden * 2, nOut)

    def forward(self, input):
        recurrent, _ = self.rnn(input)
        T, b, h = recurrent.size()
        t_rec = recurrent.view(T * b, h)
        output = self.embedding(t_rec)
        output = output.view(T, b, -1)
        return output


class CRNN(nn.Module):

    def __init__(self, nc, nclass, nh):
        super(CRNN, self).__init__()
        self.cnn = nn.Sequential(nn.Conv2d(nc, 512, 3, 1, 1), nn.ReLU(True),
                                 nn.AdaptiveAvgPool2d((1, 16)))
        self.rnn = nn.Sequential(
            BidirectionalLSTM(512, nh, nh),
            BidirectionalLSTM(nh, nh, nclass))

    def forward(self, input):
        conv = self.cnn(input)
        b, c, h, w = conv.size()
        assert h == 1, "the height of conv must be 1"
        conv = conv.squeeze(2)
        conv = conv.permute(2, 0, 1)
        output = self.rnn(conv)
        return output


def probe():
    CRNN(1, 37, 256)(torch.randn(2, 1, 32, 100))
