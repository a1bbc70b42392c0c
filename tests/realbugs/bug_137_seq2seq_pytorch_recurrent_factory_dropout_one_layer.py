# source: https://github.com/eladhoffer/seq2seq.pytorch/commit/bea1996710d80003b63b8a66bdafe5d0e14f8d80
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1
"""seq2seq.pytorch (seq2seq/models/modules/recurrent.py), "bugfixes": the Recurrent factory passes
its dropout to the torch layer it builds, but builds one-layer layers in two common cases: a
residual stack (each layer is its own nn.LSTM, params['num_layers'] = 1) and a GNMT-style encoder
whose bidirectional part is num_bidirectional=1 layer deep. torch warns and applies no dropout
there; the fix drops the option when num_layers is 1 (StackedRecurrent already applies dropout
between the layers it stacks). Sizes and the stack's shape come from the encoder's keywords."""
import torch
import torch.nn as nn

PAD = 0


def Recurrent(mode, input_size, hidden_size,
              num_layers=1, bias=True, batch_first=False,
              dropout=0, bidirectional=False, residual=False, forget_bias=None):
    params = dict(input_size=input_size, hidden_size=hidden_size,
                  num_layers=num_layers, bias=bias, batch_first=batch_first,
                  dropout=dropout, bidirectional=bidirectional)
    if mode == 'LSTM':
        rnn = nn.LSTM
    elif mode == 'GRU':
        rnn = nn.GRU
    elif mode == 'RNN':
        rnn = nn.RNN
        params['nonlinearity'] = 'tanh'
    else:
        raise Exception('Unknown mode: {}'.format(mode))
    if residual:
        rnn = wrap_stacked_recurrent(rnn, num_layers=num_layers, residual=True)
        params['num_layers'] = 1
    module = rnn(**params)  # fix: drop the dropout option when params['num_layers'] == 1
    if mode == 'LSTM' and forget_bias is not None:
        for n, p in module.named_parameters():
            if 'bias_hh' in n or 'bias_ih' in n:
                p.data.chunk(4)[1].fill_(forget_bias / 2)
    return module


def wrap_stacked_recurrent(recurrent_func, num_layers=1, residual=False):
    def f(*kargs, **kwargs):
        module = StackedRecurrent(residual=residual)
        for i in range(num_layers):
            module.add_module(str(i), recurrent_func(*kargs, **kwargs))
        return module
    return f


class StackedRecurrent(nn.Sequential):

    def __init__(self, dropout=0, residual=False):
        super(StackedRecurrent, self).__init__()
        self.residual = residual
        self.dropout = dropout

    def forward(self, inputs, hidden=None):
        hidden = hidden or tuple([None] * len(self))
        next_hidden = []
        for i, module in enumerate(self._modules.values()):
            output, h = module(inputs, hidden[i])
            next_hidden.append(h)
            if self.residual and inputs.size(-1) == output.size(-1):
                inputs = output + inputs
            else:
                inputs = output
            inputs = nn.functional.dropout(inputs, self.dropout, self.training)
        return output, tuple(next_hidden)


class RecurrentEncoder(nn.Module):

    def __init__(self, vocab_size, hidden_size=128, embedding_size=None, num_layers=1,
                 bias=True, batch_first=False, dropout=0, embedding_dropout=0,
                 bidirectional=True, num_bidirectional=None, mode='LSTM', residual=False):
        super(RecurrentEncoder, self).__init__()
        self.layers = num_layers
        self.bidirectional = bidirectional
        self.batch_first = batch_first
        embedding_size = embedding_size or hidden_size
        num_bidirectional = num_bidirectional or num_layers
        self.embedder = nn.Embedding(vocab_size, embedding_size, padding_idx=PAD)
        self.embedding_dropout = nn.Dropout(embedding_dropout)
        self.dropout = nn.Dropout(dropout)
        self.hidden_size = hidden_size
        self.context_size = 2 * hidden_size if bidirectional else hidden_size
        if num_bidirectional is not None and num_bidirectional < num_layers:
            self.rnn = StackedRecurrent(dropout=dropout, residual=residual)
            self.rnn.add_module('bidirectional', Recurrent(mode, embedding_size, hidden_size,
                                                           num_layers=num_bidirectional, bias=bias,
                                                           batch_first=batch_first, residual=residual,
                                                           dropout=dropout, bidirectional=True))
            self.rnn.add_module('unidirectional', Recurrent(mode, hidden_size * 2, hidden_size * 2,
                                                            num_layers=num_layers - num_bidirectional,
                                                            batch_first=batch_first, residual=residual,
                                                            bias=bias, dropout=dropout, bidirectional=False))
        else:
            self.rnn = Recurrent(mode, embedding_size, hidden_size,
                                 num_layers=num_layers, bias=bias,
                                 batch_first=batch_first, residual=residual,
                                 dropout=dropout, bidirectional=bidirectional)

    def forward(self, inputs, hidden=None):
        padding_mask = inputs.eq(PAD)
        emb = self.embedding_dropout(self.embedder(inputs))
        outputs, hidden_t = self.rnn(emb, hidden)
        return self.dropout(outputs), hidden_t, padding_mask


def probe():
    # the GNMT-like setting of the repository's examples: one bidirectional layer under a
    # residual unidirectional stack
    encoder = RecurrentEncoder(vocab_size=1000, hidden_size=64, num_layers=4, num_bidirectional=1,
                               dropout=0.2, residual=True, mode='LSTM')
    src = torch.randint(1, 1000, (15, 8))
    outputs, hidden, mask = encoder(src)
    outputs.sum().backward()


if __name__ == "__main__":
    probe()
