# source: https://github.com/onnxbot/onnx-fb-universe/pull/1361
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""The ONNX/Caffe2 backend tests generate one test per combination of RNN kind, layer count,
direction, initial state, variable length and dropout (itertools.product over named options),
and each test builds its RNN with the combination's num_layers and dropout. The product includes
one layer with dropout, where dropout does nothing; when pytorch/pytorch#6079 made torch warn
about it, the pull request "Skip RNN tests with dropout > 0 and num_layers = 1" removed those
combinations."""
import itertools

import torch
import torch.nn as nn

RNN_BATCH_SIZE = 3
RNN_SEQUENCE_LENGTH = 5
RNN_INPUT_SIZE = 4
RNN_HIDDEN_SIZE = 6


class TestCaffe2Backend(object):

    def _elman_rnn_test(self, layers, nonlinearity, bidirectional, initial_state, dropout):
        model = nn.RNN(RNN_INPUT_SIZE, RNN_HIDDEN_SIZE, layers, nonlinearity=nonlinearity,
                       bidirectional=bidirectional, dropout=dropout)
        return self._run(model, layers, bidirectional, initial_state)

    def _lstm_test(self, layers, bidirectional, initial_state, dropout):
        model = nn.LSTM(RNN_INPUT_SIZE, RNN_HIDDEN_SIZE, layers, bidirectional=bidirectional,
                        dropout=dropout)
        return self._run(model, layers, bidirectional, initial_state, cell=True)

    def _gru_test(self, layers, bidirectional, initial_state, dropout):
        model = nn.GRU(RNN_INPUT_SIZE, RNN_HIDDEN_SIZE, layers, bidirectional=bidirectional,
                       dropout=dropout)
        return self._run(model, layers, bidirectional, initial_state)

    def _run(self, model, layers, bidirectional, initial_state, cell=False):
        directions = 2 if bidirectional else 1
        input = torch.randn(RNN_SEQUENCE_LENGTH, RNN_BATCH_SIZE, RNN_INPUT_SIZE)
        if not initial_state:
            return model(input)
        h0 = torch.randn(layers * directions, RNN_BATCH_SIZE, RNN_HIDDEN_SIZE)
        if cell:
            c0 = torch.randn(layers * directions, RNN_BATCH_SIZE, RNN_HIDDEN_SIZE)
            return model(input, (h0, c0))
        return model(input, h0)

    def _dispatch_rnn_test(self, name, *args, **kwargs):
        if name == 'elman':
            return self._elman_rnn_test(*args, **kwargs)
        if name == 'lstm':
            return self._lstm_test(*args, **kwargs)
        if name == 'gru':
            return self._gru_test(*args, **kwargs)


def make_test(name, base, layer, bidirectional, initial_state, dropout, **extra_kwargs):
    test_name = str('_'.join(['test', name, layer[1], bidirectional[1], initial_state[1], dropout[1]]))

    def f(self):
        return self._dispatch_rnn_test(base, layers=layer[0], bidirectional=bidirectional[0],
                                       initial_state=initial_state[0], dropout=dropout[0],
                                       **extra_kwargs)

    f.__name__ = test_name
    setattr(TestCaffe2Backend, f.__name__, f)


for base, name, extra_kwargs in (
        ('elman', 'elman_relu', {'nonlinearity': u'relu'}),
        ('elman', 'elman_tanh', {'nonlinearity': u'tanh'}),
        ('lstm', 'lstm', {}),
        ('gru', 'gru', {})):
    for layer, bidirectional, initial_state, dropout in itertools.product(
            ((1, 'unilayer'), (3, 'trilayer')),
            ((False, 'forward'), (True, 'bidirectional')),
            ((False, 'no_initial_state'), (True, 'with_initial_state')),
            ((0.0, 'without_dropout'), (0.5, 'with_dropout'))):
        make_test(name, base, layer, bidirectional, initial_state, dropout, **extra_kwargs)  # fix: dropout does nothing with one layer: skip the combination, `if dropout[0] > 0 and layer[0] == 1: continue`


def probe():
    suite = TestCaffe2Backend()
    for test_name in sorted(n for n in dir(TestCaffe2Backend) if n.startswith('test_')):
        getattr(suite, test_name)()


if __name__ == "__main__":
    probe()
