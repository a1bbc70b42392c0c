"""Layers and values the resolver reaches through the ways real code carries them
(lint/subclassed_layers.py, lint/kept_dicts.py): a file's own subclass of nn.LSTM/nn.GRU that
keeps torch's constructor (a library's LSTM that packs by lengths, a `*args, **kwargs`
pass-through), and a dict an object keeps on `self` and reads with `.get`/`[key]` (a layer
built from `self.config.get("num_layers", 1)`). Each case is a small program written the way
the public code these patterns were read from writes it (and a layer class picked from a dict
of classes by a constructor parameter, flow/class_choices.py: each class a configuration; and
Lightning's `self.save_hyperparameters(hparams)` of one dict, lint/saved_hparams.py); torch decides whether it is wrong:
the linter must report the marked rule at the marked line exactly when torch raises or warns,
and stay silent on the correct ones (a subclass that reorders or reshapes what it is given, or
changes the sizes in its own `__init__`; a kept dict the file changes)."""

from __future__ import annotations


import pytest

from lstmcheck.lint.engine import check_source
from tests.marked_cases import assert_linter_agrees, assert_torch_agrees

CASES: dict[str, str] = {}

# --- a file class subclassing a torch layer --------------------------------------------------

CASES["packing_subclass_input_size"] = '''
import torch
import torch.nn as nn
from torch.nn.utils import rnn


class LSTM(nn.LSTM):
    """An LSTM that packs its input by lengths when it is given them."""

    def forward(self, x, hx=None, lengths=None):
        if lengths is None:
            return super().forward(x, hx)
        packed, state = super().forward(
            rnn.pack_padded_sequence(x, lengths, batch_first=self.batch_first, enforce_sorted=False), hx)
        out, _ = rnn.pad_packed_sequence(packed, batch_first=self.batch_first)
        return out, state


class Tagger(nn.Module):
    def __init__(self, vocab=50, emb=32, hidden=24, tags=5):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = LSTM(input_size=64, hidden_size=hidden, batch_first=True)  # expect: LC008
        self.out = nn.Linear(hidden, tags)

    def forward(self, tokens, lengths):
        out, _ = self.encoder(self.embed(tokens), lengths=lengths)
        return self.out(out)


def probe():
    Tagger()(torch.randint(0, 50, (3, 7)), torch.tensor([7, 5, 2]))
'''

CASES["passthrough_subclass_states_for_one_layer"] = '''
import torch


class CudaLSTM(torch.nn.LSTM):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

    def get_batch_size(self, state):
        return state[0].shape[1]


class Model(torch.nn.Module):
    def __init__(self, n_in=12, n_hidden=20):
        super().__init__()
        self.n_hidden = n_hidden
        self.rnn = CudaLSTM(n_in, n_hidden, num_layers=2)

    def forward(self, x):
        h = torch.zeros(1, x.size(1), self.n_hidden)  # expect: LC009
        c = torch.zeros(1, x.size(1), self.n_hidden)
        return self.rnn(x, (h, c))[0]


def probe():
    Model()(torch.randn(9, 4, 12))
'''

CASES["subclass_dropout_one_layer"] = '''
import torch
from torch import nn


class SeqGRU(nn.GRU):
    """A GRU whose output is always the whole sequence."""

    def forward(self, input, hx=None):
        output, _ = super().forward(input, hx)
        return output


class Encoder(nn.Module):
    def __init__(self, n_feats, n_hidden, dropout=0.25):
        super().__init__()
        self.gru = SeqGRU(n_feats, n_hidden, batch_first=True, dropout=dropout)  # expect: LC006

    def forward(self, x):
        return self.gru(x)


def probe():
    Encoder(6, 10)(torch.randn(2, 5, 6))
'''

CASES["ok_subclass_transposes_input"] = '''
import torch
from torch import nn


class BatchFirstLSTM(nn.LSTM):
    """Takes (batch, time, features) although built sequence-first."""

    def forward(self, x, hx=None):
        out, state = super().forward(x.transpose(0, 1), hx)
        return out.transpose(0, 1), state


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = BatchFirstLSTM(8, 16)

    def forward(self, x):
        h = torch.zeros(1, x.size(0), 16)
        return self.rnn(x, (h, h.clone()))[0]


def probe():
    Model()(torch.randn(3, 11, 8))
'''

CASES["ok_subclass_own_sizes"] = '''
import torch
from torch import nn


class WideGRU(nn.GRU):
    """Twice as wide as asked."""

    def __init__(self, n_in, n_hidden):
        super().__init__(n_in, n_hidden * 2, batch_first=True)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = WideGRU(8, 16)
        self.head = nn.Linear(32, 3)

    def forward(self, x):
        h = torch.zeros(1, x.size(0), 32)
        out, _ = self.rnn(x, h)
        return self.head(out[:, -1])


def probe():
    Model()(torch.randn(4, 6, 8))
'''

CASES["ok_packing_subclass_right_sizes"] = '''
import torch
import torch.nn as nn
from torch.nn.utils import rnn


class LSTM(nn.LSTM):
    def forward(self, x, hx=None, lengths=None):
        if lengths is None:
            return super().forward(x, hx=hx)
        packed, state = super().forward(
            rnn.pack_padded_sequence(x, lengths, batch_first=self.batch_first, enforce_sorted=False), hx=hx)
        out, _ = rnn.pad_packed_sequence(packed, batch_first=self.batch_first)
        return out, state


class Encoder(nn.Module):
    def __init__(self, emb=16, hidden=24, layers=2):
        super().__init__()
        self.rnn = LSTM(emb, hidden, num_layers=layers, batch_first=True, dropout=0.1, bidirectional=True)
        self.proj = nn.Linear(2 * hidden, hidden)

    def forward(self, x, lengths):
        h = torch.zeros(4, x.size(0), 24)
        out, _ = self.rnn(x, (h, h.clone()), lengths=lengths)
        return self.proj(out)


def probe():
    Encoder()(torch.randn(3, 7, 16), torch.tensor([7, 4, 2]))
'''

# --- a dict kept on self ----------------------------------------------------------------------

CASES["kept_config_get_dropout_one_layer"] = '''
import torch
import torch.nn as nn


class LSTMLayer(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.lstm = nn.LSTM(
            input_size=self.config["input_size"],
            hidden_size=self.config["hidden_size"],
            num_layers=self.config.get("num_layers", 1),
            dropout=self.config.get("dropout", 0.1),  # expect: LC006
            batch_first=True,
        )

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    layer = LSTMLayer({"input_size": 8, "hidden_size": 16})
    layer(torch.randn(2, 5, 8))
'''

CASES["kept_hparams_input_size"] = '''
import torch
import torch.nn as nn

HPARAMS = {"vocab": 100, "emb_dim": 32, "rnn_dim": 64, "classes": 4}


class Classifier(nn.Module):
    def __init__(self, hparams):
        super().__init__()
        self.hparams_ = hparams
        self.embedding = nn.Embedding(self.hparams_["vocab"], self.hparams_["emb_dim"])
        self.rnn = nn.GRU(self.hparams_["rnn_dim"], self.hparams_["rnn_dim"], batch_first=True)  # expect: LC008
        self.fc = nn.Linear(self.hparams_["rnn_dim"], self.hparams_["classes"])

    def forward(self, tokens):
        out, _ = self.rnn(self.embedding(tokens))
        return self.fc(out[:, -1])


def probe():
    Classifier(HPARAMS)(torch.randint(0, 100, (3, 9)))
'''

CASES["ok_kept_config_updated"] = '''
import torch
import torch.nn as nn


class LSTMLayer(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.config.update(num_layers=2)
        self.lstm = nn.LSTM(8, 16, num_layers=self.config.get("num_layers", 1),
                            dropout=self.config.get("dropout", 0.1), batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    LSTMLayer({"hidden": 16})(torch.randn(2, 5, 8))
'''

CASES["ok_kept_config_item_set"] = '''
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, opts):
        super().__init__()
        self.opts = opts
        if "layers" not in self.opts:
            self.opts["layers"] = 3
        self.rnn = nn.GRU(self.opts.get("input_dim", 10), 20, num_layers=self.opts.get("layers", 1),
                          dropout=self.opts.get("dropout", 0.2))

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Encoder({"input_dim": 10})(torch.randn(5, 2, 10))
'''

CASES["ok_kept_config_site_passes_layers"] = '''
import torch
import torch.nn as nn


class LSTMLayer(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.lstm = nn.LSTM(self.config["input_size"], self.config["hidden_size"],
                            num_layers=self.config.get("num_layers", 1),
                            dropout=self.config.get("dropout", 0.1), batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    LSTMLayer({"input_size": 8, "hidden_size": 16, "num_layers": 2})(torch.randn(2, 5, 8))
'''

CASES["ok_kept_config_changed_under_another_name"] = '''
import torch
import torch.nn as nn


class LSTMLayer(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.config = config
        defaults = self.config
        defaults.setdefault("num_layers", 2)
        self.lstm = nn.LSTM(8, 16, num_layers=self.config.get("num_layers", 1),
                            dropout=self.config.get("dropout", 0.3), batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    LSTMLayer({"hidden": 16})(torch.randn(2, 5, 8))
'''

# --- a layer class picked from a dict of classes ------------------------------------------------

CASES["picked_gru_given_lstm_pair"] = '''
import os

import torch
import torch.nn as nn

RNN_TYPES = {
    "lstm": nn.LSTM,
    "gru": nn.GRU,
}


class SentenceEncoder(nn.Module):
    def __init__(self, rnn_type, embed_size=16, hidden_size=32, num_layers=1):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.rnn = RNN_TYPES[rnn_type](embed_size, hidden_size, num_layers, batch_first=True)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        _, hidden = self.rnn(x, (h0, c0))  # expect: LC009
        return hidden


def probe():
    SentenceEncoder(os.environ.get("RNN_TYPE", "gru"))(torch.randn(4, 9, 16))
'''

CASES["picked_by_option_dropout_one_layer"] = '''
import argparse
import os

import torch
import torch.nn as nn

CELLS = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}


class Seq2Vec(nn.Module):
    def __init__(self, cell, n_in, n_hidden, dropout=0.3):
        super().__init__()
        self.rnn = CELLS[cell.lower()](n_in, n_hidden, dropout=dropout, batch_first=True)  # expect: LC006

    def forward(self, x):
        out, _ = self.rnn(x)
        return out[:, -1]


def build(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--cell", required=True)
    opts = parser.parse_args(argv)
    return Seq2Vec(opts.cell, 10, 20)


def probe():
    build(["--cell", os.environ.get("CELL", "GRU")])(torch.randn(2, 5, 10))
'''

CASES["picked_from_class_table_input_size"] = '''
import os

import torch
import torch.nn as nn


class CharEncoder(nn.Module):
    supported_rnns = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}

    def __init__(self, n_chars, char_dim, hidden_size, rnn_type):
        super().__init__()
        self.embed = nn.Embedding(n_chars, char_dim)
        self.rnn = self.supported_rnns[rnn_type](char_dim * 2, hidden_size, batch_first=True)  # expect: LC008

    def forward(self, chars):
        return self.rnn(self.embed(chars))[0]


def train(config):
    model = CharEncoder(60, 16, 32, config["rnn_type"])
    return model(torch.randint(0, 60, (3, 12)))


def probe():
    train({"rnn_type": os.environ.get("RNN_TYPE", "gru")})
'''

CASES["inherited_layer_input_size"] = '''
import torch
import torch.nn as nn


class BaseRNN(nn.Module):
    def __init__(self, input_size, hidden_dim=512, num_layers=1, dropout_p=0.0):
        super().__init__()
        self.rnn = nn.LSTM(input_size, hidden_dim, num_layers, batch_first=True, dropout=dropout_p)  # expect: LC008
        self.hidden_dim = hidden_dim


class DecoderLayer(BaseRNN):
    def __init__(self, hidden_dim):
        super().__init__(input_size=hidden_dim, hidden_dim=hidden_dim)

    def forward(self, query, context):
        output, _ = self.rnn(torch.cat((query, context), dim=2))
        return output + query


def probe():
    layer = DecoderLayer(32)
    layer(torch.randn(2, 5, 32), torch.randn(2, 5, 32))
'''

CASES["ok_inherited_layer_sized_for_the_join"] = '''
import torch
import torch.nn as nn


class BaseRNN(nn.Module):
    def __init__(self, input_size, hidden_dim=512, num_layers=1):
        super().__init__()
        self.rnn = nn.GRU(input_size, hidden_dim, num_layers, batch_first=True)


class DecoderLayer(BaseRNN):
    def __init__(self, hidden_dim):
        super().__init__(input_size=hidden_dim * 2, hidden_dim=hidden_dim)

    def forward(self, query, context):
        output, _ = self.rnn(torch.cat((query, context), dim=2))
        return output + query


def probe():
    DecoderLayer(32)(torch.randn(2, 5, 32), torch.randn(2, 5, 32))
'''

CASES["ok_picked_state_follows_the_class"] = '''
import torch
import torch.nn as nn

RNN_TYPES = {"lstm": nn.LSTM, "gru": nn.GRU}


class SentenceEncoder(nn.Module):
    def __init__(self, rnn_type, embed_size=16, hidden_size=32, num_layers=2):
        super().__init__()
        self.rnn_type = rnn_type
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.rnn = RNN_TYPES[rnn_type](embed_size, hidden_size, num_layers, batch_first=True, dropout=0.1)

    def init_hidden(self, batch_size):
        h0 = torch.zeros(self.num_layers, batch_size, self.hidden_size)
        if self.rnn_type == "lstm":
            return (h0, torch.zeros(self.num_layers, batch_size, self.hidden_size))
        return h0

    def forward(self, x):
        _, hidden = self.rnn(x, self.init_hidden(x.size(0)))
        return hidden


def probe():
    SentenceEncoder("gru")(torch.randn(4, 9, 16))
    SentenceEncoder("lstm")(torch.randn(4, 9, 16))
'''

CASES["ok_picked_isinstance_state"] = '''
import torch
import torch.nn as nn

LAYERS = {"lstm": nn.LSTM, "gru": nn.GRU}


class Decoder(nn.Module):
    def __init__(self, kind, n_in, n_hidden, n_out):
        super().__init__()
        self.n_hidden = n_hidden
        self.rnn = LAYERS[kind](n_in, n_hidden)
        self.out = nn.Linear(n_hidden, n_out)

    def forward(self, x):
        h = torch.zeros(1, x.size(1), self.n_hidden)
        state = (h, torch.zeros_like(h)) if isinstance(self.rnn, nn.LSTM) else h
        out, _ = self.rnn(x, state)
        return self.out(out)


def run(kind):
    return Decoder(kind, 8, 16, 3)(torch.randn(6, 2, 8))


def probe():
    run("lstm")
    run("gru")
'''

CASES["ok_picked_bidirectional_head"] = '''
import torch
import torch.nn as nn


class Tagger(nn.Module):
    rnns = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}

    def __init__(self, rnn_type, vocab=40, emb=12, hidden=20, tags=6):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = self.rnns[rnn_type](emb, hidden, num_layers=2, dropout=0.2,
                                       bidirectional=True, batch_first=True)
        self.head = nn.Linear(2 * hidden, tags)

    def forward(self, tokens):
        out, _ = self.rnn(self.embed(tokens))
        return self.head(out)


def probe():
    for kind in Tagger.rnns:
        Tagger(kind)(torch.randint(0, 40, (3, 7)))
'''
CASES["picked_from_function_table_pair"] = '''
import os

import torch
from torch import nn


def rnn_classes():
    """The recurrent layers a config may name."""
    return dict(lstm=nn.LSTM, gru=nn.GRU)


class Encoder(nn.Module):
    def __init__(self, cell, n_in=8, n_hidden=16):
        super().__init__()
        self.n_hidden = n_hidden
        self.rnn = rnn_classes()[cell](n_in, n_hidden)

    def forward(self, x):
        h = torch.zeros(1, x.size(1), self.n_hidden)
        return self.rnn(x, (h, h))[0]  # expect: LC009


def probe():
    Encoder(os.environ.get("CELL", "gru"))(torch.randn(5, 2, 8))
'''

CASES["picked_from_dict_call_dropout"] = '''
import os

import torch
from torch import nn

RNNS = dict(lstm=nn.LSTM, gru=nn.GRU, rnn=nn.RNN)


class Decoder(nn.Module):
    def __init__(self, cell, n_in=8, n_hidden=16, dropout=0.2):
        super().__init__()
        self.rnn = RNNS[cell](n_in, n_hidden, dropout=dropout)  # expect: LC006

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Decoder(os.environ.get("CELL", "rnn"))(torch.randn(5, 2, 8))
'''

CASES["ok_picked_from_function_table_isinstance"] = '''
import os

import torch
from torch import nn


def rnn_classes():
    return dict(lstm=nn.LSTM, gru=nn.GRU)


class Encoder(nn.Module):
    def __init__(self, cell, n_in=8, n_hidden=16):
        super().__init__()
        self.n_hidden = n_hidden
        self.rnn = rnn_classes()[cell](n_in, n_hidden, num_layers=2, dropout=0.1)

    def forward(self, x):
        h = torch.zeros(2, x.size(1), self.n_hidden)
        state = (h, torch.zeros_like(h)) if isinstance(self.rnn, nn.LSTM) else h
        return self.rnn(x, state)[0]


def probe():
    for cell in ("lstm", "gru", os.environ.get("CELL", "gru")):
        Encoder(cell)(torch.randn(5, 2, 8))
'''


# --- Lightning's save_hyperparameters(hparams) of one dict ----------------------------------------

_LIGHTNING = """
import inspect


class AttributeDict(dict):
    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError as exc:
            raise AttributeError(key) from exc


class LightningModule(nn.Module):
    # stands in for pytorch_lightning.LightningModule: save_hyperparameters(obj) keeps the
    # entries of one dict (or namespace) as self.hparams

    def save_hyperparameters(self, *given):
        if given:
            hp = given[0] if isinstance(given[0], dict) else vars(given[0])
        else:  # the caller's arguments, as Lightning reads them from its frame
            caller = inspect.currentframe().f_back.f_locals
            hp = {k: v for k, v in caller.items() if k not in ("self", "__class__")}
        vars(self)["_saved"] = AttributeDict(hp)

    @property
    def hparams(self):
        return vars(self)["_saved"]
"""

CASES["lightning_saved_dict_dropout_one_layer"] = '''
import torch
import torch.nn as nn
''' + _LIGHTNING + '''

class Forecaster(LightningModule):
    def __init__(self, hparams):
        super().__init__()
        self.save_hyperparameters(hparams)
        self.lstm = nn.LSTM(self.hparams.n_features, self.hparams["hidden_size"],
                            num_layers=self.hparams.get("num_layers", 1),
                            dropout=self.hparams.dropout, batch_first=True)  # expect: LC006
        self.head = nn.Linear(self.hparams.hidden_size, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


def probe():
    params = {"n_features": 5, "hidden_size": 32, "dropout": 0.2}
    Forecaster(params)(torch.randn(8, 30, 5))
'''

CASES["lightning_saved_dict_input_size"] = '''
import torch
import torch.nn as nn
''' + _LIGHTNING + '''

class Tagger(LightningModule):
    def __init__(self, config):
        super().__init__()
        self.save_hyperparameters(config)
        self.embed = nn.Embedding(self.hparams.vocab_size, self.hparams.embedding_dim)
        self.rnn = nn.GRU(self.hparams.hidden_dim, self.hparams.hidden_dim, batch_first=True)  # expect: LC008
        self.out = nn.Linear(self.hparams.hidden_dim, self.hparams.n_tags)

    def forward(self, tokens):
        out, _ = self.rnn(self.embed(tokens))
        return self.out(out)


CONFIG = {"vocab_size": 100, "embedding_dim": 50, "hidden_dim": 64, "n_tags": 9}


def probe():
    Tagger(CONFIG)(torch.randint(0, 100, (4, 11)))
'''

CASES["ok_lightning_saved_dict_layers_given"] = '''
import torch
import torch.nn as nn
''' + _LIGHTNING + '''

class Forecaster(LightningModule):
    def __init__(self, hparams):
        super().__init__()
        self.save_hyperparameters(hparams)
        self.lstm = nn.LSTM(self.hparams.n_features, self.hparams.hidden_size,
                            num_layers=self.hparams.get("num_layers", 1),
                            dropout=self.hparams.dropout, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    Forecaster({"n_features": 5, "hidden_size": 32, "dropout": 0.2, "num_layers": 2})(torch.randn(8, 30, 5))
'''

CASES["ok_lightning_saved_dict_then_updated"] = '''
import torch
import torch.nn as nn
''' + _LIGHTNING + '''

class Tagger(LightningModule):
    def __init__(self, config):
        super().__init__()
        self.save_hyperparameters(config)
        self.hparams.update(hidden_dim=self.hparams.embedding_dim)
        self.embed = nn.Embedding(self.hparams.vocab_size, self.hparams.embedding_dim)
        self.rnn = nn.GRU(self.hparams.hidden_dim, self.hparams.hidden_dim, batch_first=True)

    def forward(self, tokens):
        return self.rnn(self.embed(tokens))[0]


def probe():
    Tagger({"vocab_size": 100, "embedding_dim": 50, "hidden_dim": 64})(torch.randint(0, 100, (4, 11)))
'''

CASES["lightning_saved_parameters_get_dropout"] = '''
import torch
import torch.nn as nn
''' + _LIGHTNING + '''

class SequenceModel(LightningModule):
    def __init__(self, n_features=5, hidden_size=32, dropout=0.2):
        super().__init__()
        self.save_hyperparameters()
        self.lstm = nn.LSTM(self.hparams.n_features, self.hparams.get("hidden_size", 8),
                            num_layers=self.hparams.get("num_layers", 1),
                            dropout=self.hparams.get("dropout", 0.0))  # expect: LC006

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    SequenceModel(dropout=0.4)(torch.randn(7, 3, 5))
'''

CASES["ok_lightning_saved_parameters_layers"] = '''
import torch
import torch.nn as nn
''' + _LIGHTNING + '''

class SequenceModel(LightningModule):
    def __init__(self, n_features=5, hidden_size=32, num_layers=2, dropout=0.2):
        super().__init__()
        self.save_hyperparameters()
        self.lstm = nn.LSTM(self.hparams.n_features, self.hparams.get("hidden_size", 8),
                            num_layers=self.hparams.get("num_layers", 1),
                            dropout=self.hparams.get("dropout", 0.0))

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    SequenceModel(dropout=0.4)(torch.randn(7, 3, 5))
'''


@pytest.mark.parametrize("name", sorted(CASES))
def test_torch_agrees_with_the_marks(name: str) -> None:
    pytest.importorskip("torch")
    assert_torch_agrees(CASES[name], "objects8_case",
                        errors=(RuntimeError, ValueError, TypeError, IndexError, AttributeError))


@pytest.mark.parametrize("name", sorted(CASES))
def test_linter_reports_the_marked_rule_at_its_line(name: str) -> None:
    assert_linter_agrees(name, CASES[name])


def test_a_subclass_is_reported_as_the_torch_layer_it_builds() -> None:
    """What a user reads: the message names the torch layer and the subclass's call."""
    source = CASES["packing_subclass_input_size"]
    findings = check_source(source.encode(), "tagger.py").findings
    found = next(f for f in findings if f.code == "LC008")
    assert found.severity == "error"
    assert "input_size=64" in found.message and "32" in found.message, found.message


def test_a_kept_dict_default_is_quoted_where_the_site_leaves_it() -> None:
    source = CASES["kept_config_get_dropout_one_layer"]
    findings = check_source(source.encode(), "layer.py").findings
    found = next(f for f in findings if f.code == "LC006")
    assert "num_layers=1" in found.message and "dropout=0.1" in found.message, found.message


def test_a_picked_class_no_site_builds_is_a_warning_naming_the_key() -> None:
    source = CASES["picked_gru_given_lstm_pair"]
    findings = [f for f in check_source(source.encode(), "encoder.py").findings if f.code == "LC009"]
    assert findings and all(f.severity == "warning" for f in findings)
    assert "when rnn_type='gru'" in findings[0].message, findings[0].message


def test_a_picked_class_a_site_builds_is_an_error() -> None:
    source = CASES["picked_gru_given_lstm_pair"].replace('os.environ.get("RNN_TYPE", "gru")', '"gru"')
    findings = [f for f in check_source(source.encode(), "encoder.py").findings if f.code == "LC009"]
    assert [f.severity for f in findings] == ["error"], [(f.severity, f.message) for f in findings]
