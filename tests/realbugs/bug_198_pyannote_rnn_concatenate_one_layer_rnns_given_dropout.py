# source: https://github.com/pyannote/pyannote-audio/blob/5a2673ecbffa979bc1e56ed4d631758a1329a568/pyannote/audio/models/models.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1
"""pyannote/pyannote-audio at 5a2673e (pyannote/audio/models/models.py): the RNN block of PyanNet
and ClopiNet takes `num_layers`, `dropout` and `concatenate` ("concatenate output of each layer
instead of using only the last one"). With concatenate=True it builds one single-layer
recurrent layer per level (`num_layers=1`) and hands each but the last `dropout=self.dropout`:
torch warns that a one-layer LSTM ignores its dropout, so the documented dropout does nothing
in that mode. Unreported; confirmed with torch on this path: PyanNet with the rnn dict of
ClopiNet (LSTM, bidirectional, concatenate) plus `dropout: 0.2`, one forward on a batch of
waveforms. The fix keeps num_layers=1 without dropout= and applies nn.Dropout to each layer's
output before the next (what later versions of PyanNet do for `monolithic: False`). SincNet is
replaced by a strided convolution stand-in with the same 60 output features."""
import torch
import torch.nn as nn

TASK_MULTI_CLASS_CLASSIFICATION = 0
TASK_MULTI_LABEL_CLASSIFICATION = 1
TASK_REPRESENTATION_LEARNING = 3


class SincNet(nn.Module):
    """Stand-in for pyannote's SincNet: (batch, samples, 1) -> (batch, frames, 60)."""

    def __init__(self, stride=[5, 1, 1], sample_rate=16000):
        super().__init__()
        self.conv = nn.Conv1d(1, 60, kernel_size=251, stride=stride[0] * 54)

    def forward(self, waveforms):
        return self.conv(waveforms.transpose(1, 2)).transpose(1, 2)

    @property
    def dimension(self):
        return 60


class RNN(nn.Module):
    """Recurrent layers

    Parameters
    ----------
    n_features : `int`
        Input feature shape.
    unit : {'LSTM', 'GRU'}, optional
        Defaults to 'LSTM'.
    hidden_size : `int`, optional
        Number of features in the hidden state h. Defaults to 16.
    num_layers : `int`, optional
        Number of recurrent layers. Defaults to 1.
    dropout : `float`, optional
        If non-zero, introduces a Dropout layer on the outputs of each RNN
        layer except the last layer, with dropout probability equal to
        dropout. Defaults to 0.
    bidirectional : `boolean`, optional
        If True, becomes a bidirectional RNN. Defaults to False.
    concatenate : `boolean`, optional
        Concatenate output of each layer instead of using only the last one
        (which is the default behavior).
    pool : {'sum', 'max', 'x-vector'}, optional
        Temporal pooling strategy. Defaults to no pooling.
    """

    def __init__(self, n_features, unit='LSTM', hidden_size=16, num_layers=1,
                 bias=True, dropout=0, bidirectional=False, concatenate=False,
                 pool=None):
        super().__init__()

        self.n_features = n_features

        self.unit = unit
        Klass = getattr(nn, self.unit)

        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.dropout = dropout
        self.bidirectional = bidirectional

        self.concatenate = concatenate

        if self.concatenate:

            self.rnn_ = nn.ModuleList([])
            for i in range(self.num_layers):

                if i > 0:
                    input_dim = self.hidden_size
                    if self.bidirectional:
                        input_dim *= 2
                else:
                    input_dim = self.n_features

                if i + 1 == self.num_layers:
                    dropout = 0
                else:
                    dropout = self.dropout

                rnn = Klass(input_dim, self.hidden_size,
                            num_layers=1, bias=self.bias,
                            batch_first=True, dropout=dropout,  # fix: no dropout= on a one-layer RNN; nn.Dropout on its output instead
                            bidirectional=self.bidirectional)

                self.rnn_.append(rnn)

        else:
            self.rnn_ = Klass(self.n_features, self.hidden_size,
                              num_layers=self.num_layers, bias=self.bias,
                              batch_first=True, dropout=self.dropout,
                              bidirectional=self.bidirectional)

        self.pool = pool

    def forward(self, features):
        if self.concatenate:
            outputs = []
            # apply each layer separately...
            for i, rnn in enumerate(self.rnn_):
                if i > 0:
                    output, hidden = rnn(output, hidden)
                else:
                    output, hidden = rnn(features)
                outputs.append(output)
            # ... and concatenate their output
            output = torch.cat(outputs, dim=2)
        else:
            output, hidden = self.rnn_(features)

        if self.pool == 'sum':
            output = output.sum(dim=1)
        elif self.pool == 'max':
            output = output.max(dim=1)[0]
        elif self.pool == 'x-vector':
            output = torch.cat((torch.mean(output, dim=1), torch.std(output, dim=1)), dim=1)
        return output

    @property
    def dimension(self):
        dimension = self.hidden_size
        if self.bidirectional:
            dimension *= 2
        if self.concatenate:
            dimension *= self.num_layers
        if self.pool == 'x-vector':
            dimension *= 2
        return dimension


class FF(nn.Module):
    def __init__(self, n_features, hidden_size=[16, ]):
        super().__init__()
        self.n_features = n_features
        self.hidden_size = hidden_size
        self.linear_ = nn.ModuleList([])
        for hidden_size in self.hidden_size:
            linear = nn.Linear(n_features, hidden_size, bias=True)
            self.linear_.append(linear)
            n_features = hidden_size

    def forward(self, features):
        output = features
        for linear in self.linear_:
            output = linear(output)
            output = torch.tanh(output)
        return output

    @property
    def dimension(self):
        return self.hidden_size[-1]


class PyanNet(nn.Module):
    """waveform -> SincNet -> RNN [-> merge] [-> time_pool] -> FC -> output"""

    def __init__(self, specifications, sincnet=None, rnn=None, ff=None):
        super().__init__()
        self.specifications = specifications
        self.task_ = specifications['task']

        if sincnet is None:
            sincnet = dict()
        self.sincnet = sincnet
        self.sincnet_ = SincNet(**sincnet)
        n_features = self.sincnet_.dimension

        if rnn is None:
            rnn = dict()
        self.rnn = rnn
        self.rnn_ = RNN(n_features, **rnn)
        n_features = self.rnn_.dimension

        if ff is None:
            ff = dict()
        self.ff = ff
        self.ff_ = FF(n_features, **ff)
        n_features = self.ff_.dimension

        n_classes = len(specifications['y']['classes'])
        self.linear_ = nn.Linear(n_features, n_classes, bias=True)
        if self.task_ == TASK_MULTI_CLASS_CLASSIFICATION:
            self.activation_ = nn.LogSoftmax(dim=-1)
        else:
            self.activation_ = nn.Sigmoid()

    def forward(self, waveforms):
        output = self.sincnet_(waveforms)
        output = self.rnn_(output)
        output = self.ff_(output)
        output = self.linear_(output)
        return self.activation_(output)


def probe():
    specifications = {'task': TASK_MULTI_LABEL_CLASSIFICATION,
                      'X': {'dimension': 1},
                      'y': {'classes': ['speech', 'overlap']}}
    rnn = {'unit': 'LSTM', 'hidden_size': 16, 'num_layers': 3, 'bidirectional': True,
           'concatenate': True, 'dropout': 0.2}
    model = PyanNet(specifications, rnn=rnn, ff={'hidden_size': [32, ]})
    output = model(torch.randn(2, 4000, 1))
    assert output.shape[-1] == 2


if __name__ == "__main__":
    probe()
