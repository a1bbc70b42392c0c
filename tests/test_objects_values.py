"""Values carried by objects, functions and config classes (lint/objects.py,
lint/keywords_kept.py, lint/filled_dicts.py, lint/class_tables.py): each case is a small
program in the way real code carries its sizes (patterns read in public repositories: a
config class reading `**kwargs`, a hyperparameter object filled by `__dict__.update`, a
class used as the config, `self.config = config`, nested namespaces, a dict filled key by
key, a wrapper's table of layer classes). torch decides whether the program is wrong: the
linter must report the rule at the marked line exactly when torch raises or warns, and stay
silent where the file changes the value it would otherwise follow."""

from __future__ import annotations


import pytest

from tests.marked_cases import assert_linter_agrees, assert_torch_agrees

CASES: dict[str, str] = {}

CASES["kwargs_get_default"] = '''
import torch
import torch.nn as nn


class TextConfig(object):
    def __init__(self, **kwargs):
        self.hidden_dim = kwargs.get("hidden_dim", 16)
        self.emb_dim = kwargs.get("emb_dim", 12)  # expect: LC008


class Classifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg.emb_dim, cfg.hidden_dim)

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    cfg = TextConfig(hidden_dim=8)
    Classifier(cfg)(torch.randn(9, 4, 20))
'''

CASES["kwargs_get_passed"] = '''
import torch
import torch.nn as nn


class TextConfig(object):
    def __init__(self, **kwargs):
        self.hidden_dim = kwargs.get("hidden_dim", 16)
        self.emb_dim = kwargs.get("emb_dim", 12)


class Classifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg.emb_dim, cfg.hidden_dim)

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    cfg = TextConfig(emb_dim=20)
    Classifier(cfg)(torch.randn(9, 4, 20))
'''

CASES["kwargs_get_then_changed"] = '''
import torch
import torch.nn as nn


class TextConfig(object):
    def __init__(self, **kwargs):
        self.emb_dim = kwargs.get("emb_dim", 12)


class Classifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg.emb_dim, 16)

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    cfg = TextConfig()
    cfg.emb_dim = 20
    Classifier(cfg)(torch.randn(9, 4, 20))
'''

CASES["dict_update_entries"] = '''
import torch
import torch.nn as nn


class Hyperparameters:
    def __init__(self, **entries):
        self.__dict__.update(entries)


class Encoder(nn.Module):
    def __init__(self, hp):
        super().__init__()
        self.rnn = nn.GRU(hp.embedding_dim, hp.hidden_dim, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    hp = Hyperparameters(embedding_dim=24, hidden_dim=16)  # expect: LC008
    Encoder(hp)(torch.randn(3, 7, 12))
'''

CASES["class_object_config"] = '''
import torch
import torch.nn as nn


class LSTM_config:
    embedding_dim = 12
    hidden_dim = 16
    num_layers = 1
    dropout = 0.5


class Tagger(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.lstm = nn.LSTM(config.embedding_dim, config.hidden_dim, num_layers=config.num_layers,
                            dropout=config.dropout, batch_first=True)  # expect: LC006

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    Tagger(LSTM_config)(torch.randn(2, 5, 12))
'''

CASES["kept_config_states"] = '''
import torch
import torch.nn as nn


class BiLSTM(nn.Module):
    def __init__(self, config):
        super(BiLSTM, self).__init__()
        self.config = config
        self.rnn = nn.LSTM(input_size=config.d_embedding, hidden_size=config.d_hidden,
                           num_layers=config.n_layers, bidirectional=config.birnn)

    def init_hidden(self):
        return (torch.zeros(1, 1, self.config.d_hidden),  # expect: LC009
                torch.zeros(1, 1, self.config.d_hidden))

    def forward(self, inputs):
        return self.rnn(inputs, self.init_hidden())


class Config:
    d_embedding = 8
    d_hidden = 16
    n_layers = 1
    birnn = True


def probe():
    BiLSTM(Config())(torch.randn(5, 1, 8))
'''

CASES["nested_namespace"] = '''
from types import SimpleNamespace

import torch
import torch.nn as nn

cfg = SimpleNamespace(data=SimpleNamespace(features=6),
                      model=SimpleNamespace(hidden=32, layers=1, dropout=0.3))


class Forecaster(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg.data.features, cfg.model.hidden, num_layers=cfg.model.layers,
                           dropout=cfg.model.dropout, batch_first=True)  # expect: LC006

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Forecaster(cfg)(torch.randn(4, 10, 6))
'''

CASES["nested_namespace_changed"] = '''
from types import SimpleNamespace

import torch
import torch.nn as nn

cfg = SimpleNamespace(data=SimpleNamespace(features=6),
                      model=SimpleNamespace(hidden=32, layers=1, dropout=0.3))


class Forecaster(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg.data.features, cfg.model.hidden, num_layers=cfg.model.layers,
                           dropout=cfg.model.dropout, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    cfg.model.layers = 2
    Forecaster(cfg)(torch.randn(4, 10, 6))
'''

CASES["returned_namespace"] = '''
from types import SimpleNamespace

import torch
import torch.nn as nn


def default_hparams():
    return SimpleNamespace(n_mels=40, hidden=64)  # expect: LC008


class Listener(nn.Module):
    def __init__(self, hp):
        super().__init__()
        self.rnn = nn.GRU(hp.n_mels, hp.hidden, batch_first=True)

    def forward(self, mels):
        return self.rnn(mels)[0]


def probe():
    hp = default_hparams()
    Listener(hp)(torch.randn(2, 50, 80))
'''

CASES["filled_dict_keywords"] = '''
import torch
import torch.nn as nn


class SentenceEncoder(nn.Module):
    def __init__(self, emb_dim, lstm_hidden, lstm_layer):
        super().__init__()
        self.lstm = nn.LSTM(emb_dim, lstm_hidden, lstm_layer)

    def forward(self, x):
        return self.lstm(x)[0]


def configure_net(emb_dim, lstm_hidden, lstm_layer):
    net_args = {}
    net_args['emb_dim'] = emb_dim
    net_args['lstm_hidden'] = lstm_hidden
    net_args['lstm_layer'] = lstm_layer
    return SentenceEncoder(**net_args)


def probe():
    net = configure_net(128, 64, 1)  # expect: LC008
    net(torch.randn(7, 2, 100))
'''

CASES["filled_dict_in_branch"] = '''
import torch
import torch.nn as nn


class SentenceEncoder(nn.Module):
    def __init__(self, emb_dim, lstm_hidden):
        super().__init__()
        self.lstm = nn.LSTM(emb_dim, lstm_hidden)

    def forward(self, x):
        return self.lstm(x)[0]


def configure_net(pretrained):
    net_args = {'emb_dim': 128, 'lstm_hidden': 64}
    if pretrained:
        net_args['emb_dim'] = 100
    return SentenceEncoder(**net_args)


def probe():
    net = configure_net(True)
    net(torch.randn(7, 2, 100))
'''

CASES["class_table_of_layers"] = '''
import torch
import torch.nn as nn


class BaseRNN(nn.Module):
    supported_rnns = {'lstm': nn.LSTM, 'gru': nn.GRU, 'rnn': nn.RNN}

    def __init__(self, input_size, hidden_dim=32, rnn_type='gru'):
        super().__init__()
        rnn_cell = self.supported_rnns[rnn_type]
        self.rnn = rnn_cell(input_size, hidden_dim, 1, True, True)  # expect: LC008

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    BaseRNN(80, rnn_type='lstm')(torch.randn(2, 30, 40))
'''

CASES["property_output_size"] = '''
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, hidden, bidirectional=False):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.GRU(8, hidden, batch_first=True, bidirectional=bidirectional)

    @property
    def output_size(self):
        return self.hidden * 2

    def forward(self, x):
        return self.rnn(x)[0]


class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder(16)
        self.decoder = nn.GRU(self.encoder.output_size, 20, batch_first=True)  # expect: LC008

    def forward(self, x):
        return self.decoder(self.encoder(x))[0]


def probe():
    Seq2Seq()(torch.randn(2, 5, 8))
'''

CASES["property_output_size_directions"] = '''
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, hidden, bidirectional=False):
        super().__init__()
        self.hidden = hidden
        self.directions = 2 if bidirectional else 1
        self.rnn = nn.GRU(8, hidden, batch_first=True, bidirectional=bidirectional)

    @property
    def output_size(self):
        return self.hidden * self.directions

    def forward(self, x):
        return self.rnn(x)[0]


class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder(16, bidirectional=True)
        self.decoder = nn.GRU(self.encoder.output_size, 16, batch_first=True)

    def forward(self, x):
        return self.decoder(self.encoder(x))[0]


def probe():
    Seq2Seq()(torch.randn(2, 5, 8))
'''

CASES["kept_options"] = '''
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--feature_dim", type=int, default=40)  # expect: LC008
parser.add_argument("--hidden", type=int, default=64)


class Model(nn.Module):
    def __init__(self, opt):
        super().__init__()
        self.opt = opt
        self.rnn = nn.LSTM(self.opt.feature_dim, self.opt.hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    opt = parser.parse_args([])
    Model(opt)(torch.randn(2, 5, 80))
'''

CASES["unpacked_sizes"] = '''
import torch
import torch.nn as nn


def feature_sizes():
    return 39, 128  # expect: LC008


class AcousticModel(nn.Module):
    def __init__(self):
        super().__init__()
        n_feats, hidden = feature_sizes()
        self.rnn = nn.LSTM(n_feats, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    AcousticModel()(torch.randn(2, 20, 40))
'''

CASES["method_output_size"] = '''
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.LSTM(8, hidden, batch_first=True, bidirectional=True)

    def get_output_size(self):
        return self.hidden

    def forward(self, x):
        return self.rnn(x)[0]


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder(16)
        self.head = nn.LSTM(self.encoder.get_output_size(), 4, batch_first=True)  # expect: LC008

    def forward(self, x):
        return self.head(self.encoder(x))[0]


def probe():
    Tagger()(torch.randn(2, 5, 8))
'''

CASES["dataclass_fields"] = '''
from dataclasses import dataclass, field

import torch
import torch.nn as nn


@dataclass
class HParams:
    n_mels: int = 80
    hidden: int = field(default=32)
    layers: int = 1
    dropout: float = field(default=0.2)


class Listener(nn.Module):
    def __init__(self, hp):
        super().__init__()
        self.rnn = nn.LSTM(hp.n_mels, hp.hidden, hp.layers, dropout=hp.dropout,  # expect: LC006
                           batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Listener(HParams(40))(torch.randn(2, 5, 40))
'''

CASES["dataclass_fields_passed"] = '''
from dataclasses import dataclass, field

import torch
import torch.nn as nn


@dataclass
class HParams:
    n_mels: int = 80
    hidden: int = field(default=32)
    layers: int = 1
    dropout: float = field(default=0.2)


class Listener(nn.Module):
    def __init__(self, hp):
        super().__init__()
        self.rnn = nn.LSTM(hp.n_mels, hp.hidden, hp.layers, dropout=hp.dropout,
                           batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Listener(HParams(40, 32, 2))(torch.randn(2, 5, 40))
'''

CASES["layer_class_passed_on"] = '''
import torch
import torch.nn as nn


def make_rnn(cell, input_size, hidden, layers, dropout):
    return cell(input_size, hidden, layers, dropout=dropout, batch_first=True)  # expect: LC006


class Summarizer(nn.Module):
    def __init__(self, emb=32):
        super().__init__()
        self.rnn = make_rnn(nn.GRU, emb, 16, 1, 0.3)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Summarizer()(torch.randn(2, 5, 32))
'''

CASES["class_object_config_changed"] = '''
import torch
import torch.nn as nn


class LSTM_config:
    embedding_dim = 12
    hidden_dim = 16
    num_layers = 1
    dropout = 0.5


class Tagger(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.lstm = nn.LSTM(config.embedding_dim, config.hidden_dim, num_layers=config.num_layers,
                            dropout=config.dropout, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    LSTM_config.num_layers = 2
    Tagger(LSTM_config)(torch.randn(2, 5, 12))
'''

CASES["dataclass_field_not_in_init"] = '''
from dataclasses import dataclass, field

import torch
import torch.nn as nn


@dataclass
class HParams:
    n_mels: int = 80
    layers: int = field(default=1, init=False)
    hidden: int = 32
    dropout: float = 0.0


class Listener(nn.Module):
    def __init__(self, hp):
        super().__init__()
        self.rnn = nn.LSTM(hp.n_mels, hp.hidden, num_layers=2, dropout=hp.dropout, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Listener(HParams(40, 32, 0.0))(torch.randn(2, 5, 40))
'''

CASES["defaults_then_dict_update"] = '''
import torch
import torch.nn as nn


class Config:
    def __init__(self, **kwargs):
        self.input_size = 64
        self.hidden = 16
        self.__dict__.update(kwargs)


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg.input_size, cfg.hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Model(Config(input_size=32))(torch.randn(2, 5, 32))
'''


@pytest.mark.parametrize("name", sorted(CASES))
def test_torch_agrees_with_the_marks(name: str) -> None:
    pytest.importorskip("torch")
    assert_torch_agrees(CASES[name], "objects_case",
                        errors=(RuntimeError, ValueError, TypeError))


@pytest.mark.parametrize("name", sorted(CASES))
def test_linter_finds_exactly_the_marked_rule(name: str) -> None:
    assert_linter_agrees(name, CASES[name])
