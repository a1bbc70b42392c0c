"""A nested experiment config: model name and model_params, the dict of classes in the trainer."""
import torch
import torch.nn as nn


class Seq2One(nn.Module):
    def __init__(self, n_in, n_hidden, bidirectional=False, n_out=1):
        super().__init__()
        self.rnn = nn.GRU(n_in, n_hidden, batch_first=True, bidirectional=bidirectional)
        self.head = nn.Linear(n_hidden * (2 if bidirectional else 1), n_out)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


class Seq2OneLSTM(Seq2One):
    def __init__(self, n_in, n_hidden, bidirectional=False, n_out=1):
        super().__init__(n_in, n_hidden, bidirectional, n_out)
        self.rnn = nn.LSTM(n_in, n_hidden, batch_first=True, bidirectional=bidirectional)


EXPERIMENT = {
    "model": "lstm",
    "model_params": {"n_in": 3, "n_hidden": 24, "bidirectional": True, "n_out": 2},
}


class Trainer:
    zoo = {"gru": Seq2One, "lstm": Seq2OneLSTM}

    def __init__(self, config):
        self.model = self.zoo[config["model"]](**config["model_params"])


def probe():
    trainer = Trainer(EXPERIMENT)
    assert trainer.model(torch.randn(5, 11, 3)).shape == (5, 2)
    trainer = Trainer({**EXPERIMENT, "model": "gru"})
    assert trainer.model(torch.randn(5, 11, 3)).shape == (5, 2)
