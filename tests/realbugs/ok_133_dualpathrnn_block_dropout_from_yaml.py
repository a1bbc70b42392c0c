# source: https://github.com/JusperLee/Dual-Path-RNN-Pytorch/blob/87b6301bab46aae3a9705e624ed331f03cce3212/model/model_rnn.py
"""JusperLee/Dual-Path-RNN-Pytorch at 87b6301 (model/model_rnn.py, config/Dual_RNN/train_rnn.yml),
correct: each Dual_RNN_Block builds its intra- and inter-chunk recurrent layers with
`getattr(nn, rnn_type)(out_channels, hidden_channels, 1, ..., dropout=dropout,
bidirectional=bidirectional)`: one layer with a dropout argument looks like the ignored-dropout
warning, but the yaml passes `dropout: 0`, so torch has nothing to warn about. The Linear after
each layer takes `hidden_channels*2 if bidirectional else hidden_channels`, which is what the
bidirectional LSTM gives, and maps back to out_channels for the residual sum. The yaml is a dict,
select_norm keeps only its "ln" branch, and the encoder/decoder around the separator is left
out; the mixture features are random tensors."""
import torch
import torch.nn as nn


def select_norm(norm, dim, shape):
    if norm == 'ln':
        return nn.GroupNorm(1, dim, eps=1e-8)
    return nn.BatchNorm1d(dim)


class Dual_RNN_Block(nn.Module):
    '''
       Implementation of the intra-RNN and the inter-RNN
    '''

    def __init__(self, out_channels,
                 hidden_channels, rnn_type='LSTM', norm='ln',
                 dropout=0, bidirectional=False, num_spks=2):
        super(Dual_RNN_Block, self).__init__()
        # RNN model
        self.intra_rnn = getattr(nn, rnn_type)(
            out_channels, hidden_channels, 1, batch_first=True, dropout=dropout, bidirectional=bidirectional)
        self.inter_rnn = getattr(nn, rnn_type)(
            out_channels, hidden_channels, 1, batch_first=True, dropout=dropout, bidirectional=bidirectional)
        # Norm
        self.intra_norm = select_norm(norm, out_channels, 4)
        self.inter_norm = select_norm(norm, out_channels, 4)
        # Linear
        self.intra_linear = nn.Linear(
            hidden_channels*2 if bidirectional else hidden_channels, out_channels)
        self.inter_linear = nn.Linear(
            hidden_channels*2 if bidirectional else hidden_channels, out_channels)

    def forward(self, x):
        '''
           x: [B, N, K, S]
        '''
        B, N, K, S = x.shape
        # intra RNN
        intra_rnn = x.permute(0, 3, 2, 1).contiguous().view(B*S, K, N)
        intra_rnn, _ = self.intra_rnn(intra_rnn)
        intra_rnn = self.intra_linear(intra_rnn.contiguous().view(B*S*K, -1)).view(B*S, K, -1)
        intra_rnn = intra_rnn.view(B, S, K, N)
        intra_rnn = intra_rnn.permute(0, 3, 2, 1).contiguous()
        intra_rnn = self.intra_norm(intra_rnn)
        intra_rnn = intra_rnn + x

        # inter RNN
        inter_rnn = intra_rnn.permute(0, 2, 3, 1).contiguous().view(B*K, S, N)
        inter_rnn, _ = self.inter_rnn(inter_rnn)
        inter_rnn = self.inter_linear(inter_rnn.contiguous().view(B*S*K, -1)).view(B*K, S, -1)
        inter_rnn = inter_rnn.view(B, K, S, N)
        inter_rnn = inter_rnn.permute(0, 3, 1, 2).contiguous()
        inter_rnn = self.inter_norm(inter_rnn)
        out = inter_rnn + intra_rnn
        return out


class Dual_Path_RNN(nn.Module):
    def __init__(self, in_channels, out_channels, hidden_channels,
                 rnn_type='LSTM', norm='ln', dropout=0,
                 bidirectional=False, num_layers=4, K=200, num_spks=2):
        super(Dual_Path_RNN, self).__init__()
        self.K = K
        self.num_spks = num_spks
        self.num_layers = num_layers
        self.norm = select_norm(norm, in_channels, 3)
        self.conv1d = nn.Conv1d(in_channels, out_channels, 1, bias=False)

        self.dual_rnn = nn.ModuleList([])
        for i in range(num_layers):
            self.dual_rnn.append(Dual_RNN_Block(out_channels, hidden_channels,
                                     rnn_type=rnn_type, norm=norm, dropout=dropout,
                                     bidirectional=bidirectional))

    def forward(self, x):
        # [B, N, L] -> [B, N, K, S] (the chunking of _Segmentation, without overlap)
        x = self.norm(x)
        x = self.conv1d(x)
        B, N, L = x.shape
        x = x.view(B, N, L // self.K, self.K).transpose(2, 3).contiguous()
        for i in range(self.num_layers):
            x = self.dual_rnn[i](x)
        return x


# config/Dual_RNN/train_rnn.yml, sizes scaled down
OPT = {'Dual_Path_RNN': {'in_channels': 32, 'out_channels': 16, 'hidden_channels': 24,
                         'kernel_size': 2, 'rnn_type': 'LSTM', 'norm': 'ln', 'dropout': 0,
                         'bidirectional': True, 'num_layers': 2, 'K': 10, 'num_spks': 2}}


def probe():
    import warnings
    args = dict(OPT['Dual_Path_RNN'])
    args.pop('kernel_size')
    with warnings.catch_warnings():
        warnings.simplefilter('error')  # the dropout warning would be an error here
        net = Dual_Path_RNN(**args)
    x = torch.randn(2, 32, 50)
    out = net(x)
    assert out.shape == (2, 16, 10, 5)


if __name__ == "__main__":
    probe()
