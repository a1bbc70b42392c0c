# torch: runs
# A model module in the style of many text-classification repositories (one module per model,
# each with a `Config` whose `__init__` writes the hyper-parameters as `self.x = value`): the
# training script imports the module by name and builds `Model(config)`, so nothing in this file
# builds either class. The config writes two layers, so the dropout applies between them.
import importlib

import torch
import torch.nn as nn


class Config(object):
    def __init__(self, dataset):
        self.model_name = "TextBiLSTM"
        self.train_path = dataset + "/data/train.txt"
        self.dropout = 0.5
        self.num_classes = 4
        self.n_vocab = 0
        self.batch_size = 64
        self.embed = 32
        self.hidden_size = 16
        self.num_layers = 2


class Model(nn.Module):
    def __init__(self, config):
        super(Model, self).__init__()
        self.embedding = nn.Embedding(config.n_vocab, config.embed)
        self.lstm = nn.LSTM(config.embed, config.hidden_size, config.num_layers, bidirectional=True,
                            batch_first=True, dropout=config.dropout)
        self.fc = nn.Linear(config.hidden_size * 2, config.num_classes)

    def forward(self, x):
        out, _ = self.lstm(self.embedding(x))
        return self.fc(out[:, -1, :])


def load(name, dataset):
    module = importlib.import_module("models." + name)
    config = module.Config(dataset)
    config.n_vocab = 100
    return module.Model(config), config


def probe():
    names = globals()  # what load() finds in the module it imports by name
    config = names["Config"]("data")
    config.n_vocab = 100
    model = names["Model"](config)
    assert model(torch.randint(0, 100, (3, 5))).shape == (3, 4)
