"""A registry filled by a decorator (AllenNLP / fairseq style); the model is looked up by name and
built from a params dict."""
import torch
import torch.nn as nn

ENCODERS = {}


def register(name):
    def wrap(cls):
        ENCODERS[name] = cls
        return cls
    return wrap


@register("bilstm")
class BiLSTMEncoder(nn.Module):
    def __init__(self, input_dim, hidden_dim):
        super().__init__()
        self.rnn = nn.LSTM(input_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.output_dim = 2 * hidden_dim

    def forward(self, x):
        return self.rnn(x)[0]


@register("gru")
class GRUEncoder(nn.Module):
    def __init__(self, input_dim, hidden_dim):
        super().__init__()
        self.rnn = nn.GRU(input_dim, hidden_dim, batch_first=True)
        self.output_dim = hidden_dim

    def forward(self, x):
        return self.rnn(x)[0]


class Classifier(nn.Module):
    def __init__(self, encoder, classes):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Linear(encoder.output_dim, classes)

    def forward(self, x):
        return self.head(self.encoder(x).mean(1))


def probe():
    params = {"input_dim": 7, "hidden_dim": 13}
    for name in ("bilstm", "gru"):
        model = Classifier(ENCODERS[name](**params), 3)
        assert model(torch.randn(2, 5, 7)).shape == (2, 3)
