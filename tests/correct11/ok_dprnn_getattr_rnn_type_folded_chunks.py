"""Dual-path RNN block: the layer class comes from getattr(nn, rnn_type), the 4-D feature map
is permuted and folded into (B*S, K, N) and (B*K, S, N) sequences, and the bidirectional output
goes through a Linear of hidden*2 (a conditional expression) back to N.

source: JusperLee/Dual-Path-RNN-Pytorch@87b6301bab46aae3a9705e624ed331f03cce3212 model/model_rnn.py
"""
import torch
import torch.nn as nn


class Dual_RNN_Block(nn.Module):
    def __init__(self, out_channels, hidden_channels, rnn_type='LSTM', norm='ln',
                 dropout=0, bidirectional=False, num_spks=2):
        super(Dual_RNN_Block, self).__init__()
        self.intra_rnn = getattr(nn, rnn_type)(
            out_channels, hidden_channels, 1, batch_first=True, dropout=dropout, bidirectional=bidirectional)
        self.inter_rnn = getattr(nn, rnn_type)(
            out_channels, hidden_channels, 1, batch_first=True, dropout=dropout, bidirectional=bidirectional)
        self.intra_norm = nn.GroupNorm(1, out_channels, eps=1e-8)
        self.inter_norm = nn.GroupNorm(1, out_channels, eps=1e-8)
        self.intra_linear = nn.Linear(
            hidden_channels*2 if bidirectional else hidden_channels, out_channels)
        self.inter_linear = nn.Linear(
            hidden_channels*2 if bidirectional else hidden_channels, out_channels)

    def forward(self, x):
        B, N, K, S = x.shape
        intra_rnn = x.permute(0, 3, 2, 1).contiguous().view(B*S, K, N)
        intra_rnn, _ = self.intra_rnn(intra_rnn)
        intra_rnn = self.intra_linear(intra_rnn.contiguous().view(B*S*K, -1)).view(B*S, K, -1)
        intra_rnn = intra_rnn.view(B, S, K, N)
        intra_rnn = intra_rnn.permute(0, 3, 2, 1).contiguous()
        intra_rnn = self.intra_norm(intra_rnn)
        intra_rnn = intra_rnn + x
        inter_rnn = intra_rnn.permute(0, 2, 3, 1).contiguous().view(B*K, S, N)
        inter_rnn, _ = self.inter_rnn(inter_rnn)
        inter_rnn = self.inter_linear(inter_rnn.contiguous().view(B*S*K, -1)).view(B*K, S, -1)
        inter_rnn = inter_rnn.view(B, K, S, N)
        inter_rnn = inter_rnn.permute(0, 3, 1, 2).contiguous()
        inter_rnn = self.inter_norm(inter_rnn)
        return inter_rnn + intra_rnn


class Dual_Path_RNN(nn.Module):
    def __init__(self, out_channels, hidden_channels, rnn_type='LSTM', num_layers=2,
                 bidirectional=True):
        super(Dual_Path_RNN, self).__init__()
        self.dual_rnn = nn.ModuleList([])
        for i in range(num_layers):
            self.dual_rnn.append(Dual_RNN_Block(out_channels, hidden_channels, rnn_type=rnn_type,
                                                bidirectional=bidirectional))

    def forward(self, x):
        for block in self.dual_rnn:
            x = block(x)
        return x


def probe():
    Dual_Path_RNN(64, 128, rnn_type='LSTM')(torch.randn(2, 64, 50, 9))
    Dual_Path_RNN(64, 32, rnn_type='GRU', bidirectional=False)(torch.randn(2, 64, 50, 9))
