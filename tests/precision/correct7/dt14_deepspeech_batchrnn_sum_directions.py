"""deepspeech.pytorch's BatchRNN: rnn_type a class parameter (default nn.LSTM, picked from a dict
of supported classes), bidirectional outputs summed over directions so the next layer takes H."""
import torch
import torch.nn as nn

SUPPORTED_RNNS = {"lstm": nn.LSTM, "rnn": nn.RNN, "gru": nn.GRU}


class BatchRNN(nn.Module):
    def __init__(self, input_size, hidden_size, rnn_type=nn.LSTM, bidirectional=False, batch_norm=True):
        super().__init__()
        self.hidden_size = hidden_size
        self.bidirectional = bidirectional
        self.batch_norm = nn.BatchNorm1d(input_size) if batch_norm else None
        self.rnn = rnn_type(input_size=input_size, hidden_size=hidden_size,
                            bidirectional=bidirectional, bias=True)

    def forward(self, x):
        if self.batch_norm is not None:
            T, N = x.size(0), x.size(1)
            x = self.batch_norm(x.view(T * N, -1)).view(T, N, -1)
        x, h = self.rnn(x)
        if self.bidirectional:
            x = x.view(x.size(0), x.size(1), 2, -1).sum(2).view(x.size(0), x.size(1), -1)
        return x


class DeepSpeech(nn.Module):
    def __init__(self, rnn_type="lstm", features=16, hidden=12, layers=3, bidirectional=True):
        super().__init__()
        rnn_class = SUPPORTED_RNNS[rnn_type]
        rnns = [BatchRNN(features, hidden, rnn_type=rnn_class, bidirectional=bidirectional, batch_norm=False)]
        for _ in range(layers - 1):
            rnns.append(BatchRNN(hidden, hidden, rnn_type=rnn_class, bidirectional=bidirectional))
        self.rnns = nn.Sequential(*rnns)
        self.fc = nn.Linear(hidden, 29, bias=False)

    def forward(self, x):
        return self.fc(self.rnns(x))


def probe():
    for kind in SUPPORTED_RNNS:
        for bidir in (True, False):
            model = DeepSpeech(kind, bidirectional=bidir)
            assert model(torch.randn(7, 2, 16)).shape == (7, 2, 29)
