"""Values that reach a layer through how the file runs its configurations
(lint/argv_lists.py, lint/flow/call_sites.py): an argument list for `parse_args` built from a
list constant and `+` (a run script or a smoke test pinned in the file), and a class built
inside a function the file calls with different values (`make_model(1)`, `make_model(3)`:
two models, one site each), or a layer such a function builds itself (a factory), judged per
call; and a helper named like the argparse method it wraps (`def parse_args(argv)`). Each case is a small program written the way such code is
written; torch decides: the linter must report the marked rule at the marked line exactly
when torch raises or warns about the dropout, and stay silent on the correct look-alikes."""

from __future__ import annotations

import re

import pytest

from lstmcheck.lint.engine import check_source
from tests.marked_cases import assert_linter_agrees, assert_torch_agrees

CASES: dict[str, str] = {}

# an argv list constant `+` a literal list, parsed where the model is built
CASES['argv_constant_plus_list_one_layer_dropout'] = '''
import argparse

import torch
import torch.nn as nn

BASE_ARGS = ["--emb", "16", "--hidden", "24"]


def get_parser():
    parser = argparse.ArgumentParser()
    parser.add_argument("--emb", type=int, default=32)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--rnn_dropout", type=float, default=0.0)
    return parser


class Encoder(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.embed = nn.Embedding(100, args.emb)
        self.rnn = nn.GRU(args.emb, args.hidden, num_layers=args.layers, dropout=args.rnn_dropout)  # expect: LC006

    def forward(self, tokens):
        return self.rnn(self.embed(tokens))[0]


def probe():
    args = get_parser().parse_args(BASE_ARGS + ["--layers", "1", "--rnn_dropout", "0.3"])
    Encoder(args)(torch.randint(0, 100, (5, 2)))
'''

# a tuple constant handed to a helper that parses its `argv` parameter
CASES['argv_tuple_through_helper_dropout_out_of_range'] = '''
import argparse

import torch
import torch.nn as nn

SMOKE_TEST = ("--hidden-size", "16", "--dropout", "1.5")


def parse(argv=None):
    p = argparse.ArgumentParser(description="language model")
    p.add_argument("--hidden-size", type=int, default=128)
    p.add_argument("--num-layers", type=int, default=2)
    p.add_argument("--dropout", type=float, default=0.2)
    return p.parse_args(argv)


def build(opts):
    return nn.LSTM(10, opts.hidden_size, opts.num_layers, dropout=opts.dropout)  # expect: LC005


def probe():
    lm = build(parse(SMOKE_TEST))
    lm(torch.randn(4, 2, 10))
'''

# correct: the same route, three layers
CASES['argv_constant_plus_list_three_layers'] = '''
import argparse

import torch
import torch.nn as nn

BASE_ARGS = ["--emb", "16", "--hidden", "24"]


def get_parser():
    parser = argparse.ArgumentParser()
    parser.add_argument("--emb", type=int, default=32)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--rnn_dropout", type=float, default=0.0)
    return parser


class Encoder(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.embed = nn.Embedding(100, args.emb)
        self.rnn = nn.GRU(args.emb, args.hidden, num_layers=args.layers, dropout=args.rnn_dropout)

    def forward(self, tokens):
        return self.rnn(self.embed(tokens))[0]


def probe():
    args = get_parser().parse_args(BASE_ARGS + ["--layers", "3", "--rnn_dropout", "0.3"])
    Encoder(args)(torch.randint(0, 100, (5, 2)))
'''

# correct: a list the file extends is not followed (it asks for two layers)
CASES['argv_list_extended_before_parsing'] = '''
import argparse

import torch
import torch.nn as nn

DEBUG_ARGV = ["--dropout", "0.3", "--hidden", "12"]
DEBUG_ARGV.extend(["--num-layers", "2"])


def parse(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--hidden", type=int, default=128)
    p.add_argument("--num-layers", type=int, default=1)
    p.add_argument("--dropout", type=float, default=0.0)
    return p.parse_args(argv)


class LM(nn.Module):
    def __init__(self, opts):
        super().__init__()
        self.rnn = nn.LSTM(10, opts.hidden, opts.num_layers, dropout=opts.dropout)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    LM(parse(DEBUG_ARGV))(torch.randn(4, 2, 10))
'''

# a function building the model, called with 1 and with 3 layers
CASES['factory_called_with_one_and_three_layers'] = '''
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, vocab, emb, hidden, layers, dropout):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, num_layers=layers, dropout=dropout, batch_first=True)  # expect: LC006
        self.out = nn.Linear(hidden, 5)

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return self.out(out)


def make_tagger(layers, dropout=0.25):
    return Tagger(100, 16, 32, layers, dropout)


def probe():
    small = make_tagger(1)
    large = make_tagger(3)
    tokens = torch.randint(0, 100, (2, 7))
    small(tokens)
    large(tokens)
'''

# a function reading a config dict, called with two dict literals
CASES['builder_called_with_two_dicts'] = '''
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, hidden, n_layers, p_drop):
        super().__init__()
        self.encoder = nn.GRU(8, hidden, n_layers, dropout=p_drop)  # expect: LC006
        self.decoder = nn.GRU(8, hidden, n_layers)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        out, _ = self.decoder(tgt, h)
        return out


def build(cfg):
    model = Seq2Seq(cfg["hidden"], cfg["layers"], cfg["dropout"])
    return model


def probe():
    src, tgt = torch.randn(6, 3, 8), torch.randn(4, 3, 8)
    for model in (build({"hidden": 16, "layers": 2, "dropout": 0.2}),
                  build({"dropout": 0.2, "layers": 1, "hidden": 16})):
        model(src, tgt)
'''

# correct: every call asks for two layers or more
CASES['factory_called_with_two_and_three_layers'] = '''
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, vocab, emb, hidden, layers, dropout):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, num_layers=layers, dropout=dropout, batch_first=True)
        self.out = nn.Linear(hidden, 5)

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return self.out(out)


def make_tagger(layers, dropout=0.25):
    return Tagger(100, 16, 32, layers, dropout)


def probe():
    small = make_tagger(2)
    large = make_tagger(3)
    tokens = torch.randint(0, 100, (2, 7))
    small(tokens)
    large(tokens)
'''

# correct: the dropout is guarded by the layer count
CASES['builder_called_with_two_dicts_guarded'] = '''
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, hidden, n_layers, p_drop):
        super().__init__()
        self.encoder = nn.GRU(8, hidden, n_layers, dropout=p_drop if n_layers > 1 else 0.0)
        self.decoder = nn.GRU(8, hidden, n_layers)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        out, _ = self.decoder(tgt, h)
        return out


def build(cfg):
    model = Seq2Seq(cfg["hidden"], cfg["layers"], cfg["dropout"])
    return model


def probe():
    src, tgt = torch.randn(6, 3, 8), torch.randn(4, 3, 8)
    for model in (build({"hidden": 16, "layers": 2, "dropout": 0.2}),
                  build({"dropout": 0.2, "layers": 1, "hidden": 16})):
        model(src, tgt)
'''

# a helper named like the method it wraps: `def parse_args(argv): return parser.parse_args(argv)`
CASES['helper_named_parse_args_one_layer_dropout'] = '''
import argparse

import torch
import torch.nn as nn


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="char-level language model")
    parser.add_argument("--hidden_size", type=int, default=100)
    parser.add_argument("--n_layers", type=int, default=2)
    parser.add_argument("--dropout", type=float, default=0.1)
    return parser.parse_args(argv)


class CharLM(nn.Module):
    def __init__(self, vocab, hidden, layers, dropout):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.rnn = nn.LSTM(hidden, hidden, layers, dropout=dropout)  # expect: LC006
        self.head = nn.Linear(hidden, vocab)

    def forward(self, x):
        out, _ = self.rnn(self.embed(x))
        return self.head(out)


def train(args):
    model = CharLM(60, args.hidden_size, args.n_layers, args.dropout)
    model(torch.randint(0, 60, (12, 4)))


def probe():
    train(parse_args(["--n_layers", "1", "--dropout", "0.3"]))
'''

# the same helper read through `vars(...)` as a dict
CASES['helper_named_parse_args_through_vars_zero_hidden'] = '''
import argparse

import torch
import torch.nn as nn


def parse_args(args):
    p = argparse.ArgumentParser()
    p.add_argument("--input-dim", type=int, default=40)
    p.add_argument("--hidden-dim", type=int, default=256)
    p.add_argument("--bidirectional", action="store_true")
    return p.parse_args(args)


def probe():
    config = vars(parse_args(["--input-dim", "13", "--hidden-dim", "0"]))
    encoder = nn.GRU(config["input_dim"], config["hidden_dim"], bidirectional=config["bidirectional"])  # expect: LC005
    encoder(torch.randn(30, 2, 13))
'''

# correct: the helper's list asks for three layers
CASES['helper_named_parse_args_three_layers'] = '''
import argparse

import torch
import torch.nn as nn


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="char-level language model")
    parser.add_argument("--hidden_size", type=int, default=100)
    parser.add_argument("--n_layers", type=int, default=2)
    parser.add_argument("--dropout", type=float, default=0.1)
    return parser.parse_args(argv)


class CharLM(nn.Module):
    def __init__(self, vocab, hidden, layers, dropout):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.rnn = nn.LSTM(hidden, hidden, layers, dropout=dropout)
        self.head = nn.Linear(hidden, vocab)

    def forward(self, x):
        out, _ = self.rnn(self.embed(x))
        return self.head(out)


def train(args):
    model = CharLM(60, args.hidden_size, args.n_layers, args.dropout)
    model(torch.randint(0, 60, (12, 4)))


def probe():
    train(parse_args(["--n_layers", "3", "--dropout", "0.3"]))
'''

# correct: a positive hidden size
CASES['helper_named_parse_args_through_vars_positive_hidden'] = '''
import argparse

import torch
import torch.nn as nn


def parse_args(args):
    p = argparse.ArgumentParser()
    p.add_argument("--input-dim", type=int, default=40)
    p.add_argument("--hidden-dim", type=int, default=256)
    p.add_argument("--bidirectional", action="store_true")
    return p.parse_args(args)


def probe():
    config = vars(parse_args(["--input-dim", "13", "--hidden-dim", "64"]))
    encoder = nn.GRU(config["input_dim"], config["hidden_dim"], bidirectional=config["bidirectional"])
    encoder(torch.randn(30, 2, 13))
'''
# a factory building the layer itself, called from a class with one and two layers
CASES['factory_layer_called_with_one_and_two_layers'] = '''
import torch
import torch.nn as nn


def recurrent(input_size, hidden_size, num_layers=2, dropout=0.0, bidirectional=False):
    return nn.LSTM(input_size, hidden_size, num_layers=num_layers, dropout=dropout,  # expect: LC006
                   bidirectional=bidirectional)


class Encoder(nn.Module):
    """A GNMT-like encoder: one bidirectional layer under a unidirectional stack."""

    def __init__(self, vocab=100, hidden=32, dropout=0.2):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.bottom = recurrent(hidden, hidden, num_layers=1, dropout=dropout, bidirectional=True)
        self.top = recurrent(2 * hidden, hidden, num_layers=2, dropout=dropout)

    def forward(self, tokens):
        out, _ = self.bottom(self.embed(tokens))
        out, _ = self.top(out)
        return out


def probe():
    Encoder()(torch.randint(0, 100, (9, 3)))
'''

# a factory called in a module-level dict of configurations
CASES['factory_layer_called_at_module_level'] = '''
import torch
import torch.nn as nn


def make_rnn(layers, p, width=24):
    rnn = nn.GRU(input_size=12, hidden_size=width, num_layers=layers, dropout=p)  # expect: LC006
    return rnn


ENCODERS = {
    "base": make_rnn(2, 0.5),
    "tiny": make_rnn(1, 0.5, width=8),
}


def probe():
    x = torch.randn(5, 2, 12)
    for name, rnn in ENCODERS.items():
        rnn(x)
'''

# correct: every call asks for two layers
CASES['factory_layer_called_with_two_layers_each'] = '''
import torch
import torch.nn as nn


def recurrent(input_size, hidden_size, num_layers=2, dropout=0.0, bidirectional=False):
    return nn.LSTM(input_size, hidden_size, num_layers=num_layers, dropout=dropout,
                   bidirectional=bidirectional)


class Encoder(nn.Module):
    """A GNMT-like encoder: one bidirectional layer under a unidirectional stack."""

    def __init__(self, vocab=100, hidden=32, dropout=0.2):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.bottom = recurrent(hidden, hidden, num_layers=2, dropout=dropout, bidirectional=True)
        self.top = recurrent(2 * hidden, hidden, num_layers=2, dropout=dropout)

    def forward(self, tokens):
        out, _ = self.bottom(self.embed(tokens))
        out, _ = self.top(out)
        return out


def probe():
    Encoder()(torch.randint(0, 100, (9, 3)))
'''

# correct: the factory passes dropout only to a stack
CASES['factory_layer_guarded'] = '''
import torch
import torch.nn as nn


def make_rnn(layers, p, width=24):
    rnn = nn.GRU(input_size=12, hidden_size=width, num_layers=layers, dropout=p if layers > 1 else 0.0)
    return rnn


ENCODERS = {
    "base": make_rnn(2, 0.5),
    "tiny": make_rnn(1, 0.5, width=8),
}


def probe():
    x = torch.randn(5, 2, 12)
    for name, rnn in ENCODERS.items():
        rnn(x)
'''



def _findings(source: str, name: str) -> list:
    return [f for f in check_source(source.encode(), f"{name}.py").findings
            if f.severity in ("error", "warning")]


@pytest.mark.parametrize("name", sorted(CASES))
def test_torch_agrees_with_the_marks(name: str) -> None:
    pytest.importorskip("torch")
    assert_torch_agrees(CASES[name], "objects9_case",
                        errors=(RuntimeError, ValueError, TypeError))


@pytest.mark.parametrize("name", sorted(CASES))
def test_linter_reports_the_marked_rule_at_its_line(name: str) -> None:
    assert_linter_agrees(name, CASES[name])


def test_the_message_quotes_the_list_that_sets_the_value() -> None:
    source = CASES["argv_constant_plus_list_one_layer_dropout"]
    found = next(f for f in _findings(source, "encoder") if f.code == "LC006")
    assert "args.rnn_dropout is 0.3 (parse_args list" in found.message, found.message
    assert "args.layers is 1 (parse_args list" in found.message, found.message


def test_a_value_from_a_constant_list_torch_rejects_is_an_error() -> None:
    source = CASES["argv_tuple_through_helper_dropout_out_of_range"]
    found = next(f for f in _findings(source, "lm") if f.code == "LC005")
    assert found.severity == "error"
    assert "opts.dropout is 1.5" in found.message, found.message


@pytest.mark.parametrize("name, shown", [
    ("factory_called_with_one_and_three_layers", "when layers=1"),
    ("builder_called_with_two_dicts", "when n_layers=1"),
])
def test_the_call_that_builds_the_failing_model_is_named(name: str, shown: str) -> None:
    """One model of the two fails: the finding says which configuration, and the call's line."""
    source = CASES[name]
    site = next(n for n, line in enumerate(source.splitlines(), 1) if re.search(r"= \w+\(cfg|return Tagger", line))
    found = next(f for f in _findings(source, name) if f.code == "LC006")
    assert found.message.startswith(shown), found.message
    assert f"is built at line {site})" in found.message, found.message


def test_a_factory_finding_names_the_call_that_fails() -> None:
    source = CASES["factory_layer_called_at_module_level"]
    call = next(n for n, line in enumerate(source.splitlines(), 1) if "make_rnn(1, 0.5" in line)
    found = next(f for f in _findings(source, "encoders") if f.code == "LC006")
    assert found.message.startswith(f"when make_rnn(...) is called at line {call},"), found.message
    assert found.severity == "warning"
