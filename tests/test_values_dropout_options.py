"""A dropout the command line can raise on a layer that keeps one layer, which nothing in the
file checks: LC006 warns at the dropout, naming the condition. torch is the oracle: each file
is run as a script with the command line the condition names (torch must warn) and with none
(torch must not), and each look-alike with a dropout given (torch must not warn)."""

from __future__ import annotations

import sys
import warnings

import pytest

from lstmcheck.api import check_source

# dayyass/language-modeling#20 (neural_lm/model.py, arg_parse.py): --rnn_dropout (default 0.0)
# and --rnn_num_layers (default 1) handed to the LSTM; the maintainers' issue asks to validate
# that the layers are more than one when a dropout is given.
DAYYASS = '''from argparse import ArgumentParser

import torch.nn as nn


class RNNLanguageModel(nn.Module):
    def __init__(self, num_embeddings, embedding_dim, rnn_hidden_size, rnn_num_layers=1,
                 rnn_dropout=0.0):
        super().__init__()
        self.emb = nn.Embedding(num_embeddings, embedding_dim)
        self.rnn = nn.LSTM(
            input_size=embedding_dim,
            hidden_size=rnn_hidden_size,
            num_layers=rnn_num_layers,
            dropout=rnn_dropout,
            batch_first=True,
        )


def get_train_args():
    parser = ArgumentParser()
    parser.add_argument("--embedding_dim", type=int, default=8)
    parser.add_argument("--rnn_hidden_size", type=int, default=16)
    parser.add_argument("--rnn_num_layers", type=int, required=False, default=1)
    parser.add_argument("--rnn_dropout", type=float, required=False, default=0.0)
    return parser.parse_args()


def main():
    args = get_train_args()
    return RNNLanguageModel(30, args.embedding_dim, args.rnn_hidden_size,
                            rnn_num_layers=args.rnn_num_layers, rnn_dropout=args.rnn_dropout)


if __name__ == "__main__":
    main()
'''

# facebookresearch/InferSent#38 ("[dropout] parameters were set to be 0 as default for
# train_nli.py"): --dpout_model reaches the encoder through the config dict, and the encoder's
# LSTM keeps a literal 1 layer, so any --dpout_model is lost with torch's warning, as the fork
# wjko2/Domain-Agnostic-Sentence-Specificity-Prediction#13 met it (dropout=0.5, num_layers=1;
# fixed by passing the unused --n_enc_layers).
INFERSENT = '''import argparse

import torch.nn as nn

parser = argparse.ArgumentParser(description="NLI training")
parser.add_argument("--dpout_model", type=float, default=0., help="encoder dropout")
parser.add_argument("--dpout_fc", type=float, default=0., help="classifier dropout")
parser.add_argument("--enc_lstm_dim", type=int, default=16, help="encoder nhid dimension")
parser.add_argument("--n_enc_layers", type=int, default=1, help="encoder num layers")
parser.add_argument("--word_emb_dim", type=int, default=8, help="word embedding dimension")
params, _ = parser.parse_known_args()


class InferSent(nn.Module):
    def __init__(self, config):
        super(InferSent, self).__init__()
        self.word_emb_dim = config["word_emb_dim"]
        self.enc_lstm_dim = config["enc_lstm_dim"]
        self.dpout_model = config["dpout_model"]
        self.enc_lstm = nn.LSTM(self.word_emb_dim, self.enc_lstm_dim, 1,
                                bidirectional=True, dropout=self.dpout_model)


class NLINet(nn.Module):
    def __init__(self, config):
        super(NLINet, self).__init__()
        self.encoder = InferSent(config)
        self.classifier = nn.Sequential(nn.Dropout(p=config["dpout_fc"]),
                                        nn.Linear(8 * config["enc_lstm_dim"], 3))


config_nli_model = {
    "word_emb_dim": params.word_emb_dim,
    "enc_lstm_dim": params.enc_lstm_dim,
    "n_enc_layers": params.n_enc_layers,
    "dpout_model": params.dpout_model,
    "dpout_fc": params.dpout_fc,
}
nli_net = NLINet(config_nli_model)
'''

# pyro-ppl/pyro#1415 and its fix (examples/dmm.py): the DMM's RNN keeps one layer by default;
# the fix keeps the option and drops it where it cannot act.
PYRO_DMM_FIXED = '''import argparse

import torch.nn as nn


class DMM(nn.Module):
    def __init__(self, input_dim=8, rnn_dim=16, num_layers=1, rnn_dropout_rate=0.0):
        super().__init__()
        rnn_dropout_rate = 0.0 if num_layers == 1 else rnn_dropout_rate
        self.rnn = nn.RNN(input_size=input_dim, hidden_size=rnn_dim, nonlinearity="relu",
                          batch_first=True, bidirectional=False, num_layers=num_layers,
                          dropout=rnn_dropout_rate)


def main(args):
    return DMM(rnn_dropout_rate=args.rnn_dropout_rate)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="parse args")
    parser.add_argument("-rdr", "--rnn-dropout-rate", type=float, default=0.0)
    args = parser.parse_args()
    main(args)
'''

_OPTIONS = '''import argparse

import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--layers", type=int, default={layers})
parser.add_argument("--dropout", type=float, default=0.0)
args = parser.parse_args({argv})
{check}
rnn = nn.GRU(8, 16, num_layers=args.layers, dropout={dropout})
'''


def options(check: str = "", dropout: str = "args.dropout", layers: int = 1, argv: str = "") -> str:
    return _OPTIONS.format(check=check, dropout=dropout, layers=layers, argv=argv)


def run(source: str, argv: list[str]) -> tuple[list[str], bool]:
    """Run a file as a script with this command line: torch's dropout warnings, and whether the
    script itself refused the command line (parser.error, a failing assert)."""
    saved = sys.argv
    sys.argv = ["train.py", *argv]
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                exec(compile(source, "train.py", "exec"), {"__name__": "__main__"})
                refused = False
            except (SystemExit, AssertionError):
                refused = True
    finally:
        sys.argv = saved
    return [str(w.message) for w in caught if "non-zero dropout" in str(w.message)], refused


def warned(source: str) -> list:
    return [f for f in check_source(source, "train.py") if f.code == "LC006"]


@pytest.mark.parametrize("source, line, argv", [
    (DAYYASS, 15, ["--rnn_dropout", "0.2"]),
    (INFERSENT, 21, ["--dpout_model", "0.1"]),
    (options(), 10, ["--dropout", "0.3"]),
], ids=["dayyass", "infersent", "plain"])
def test_a_dropout_option_on_one_layer_is_warned_at_the_dropout(source, line, argv):
    # torch: silent as the file runs by default, warns once the command line sets a dropout
    assert run(source, []) == ([], False)
    said, refused = run(source, argv)
    assert said and not refused
    [finding] = warned(source)
    assert finding.severity == "warning"
    assert finding.location.line == line
    assert "when the command line sets" in finding.message
    assert finding.related  # where the option's default is written


def test_the_condition_names_a_layers_option_left_at_its_default():
    [finding] = warned(DAYYASS)
    assert "leaves rnn_num_layers at its default 1" in finding.message
    # with the layers raised as well, torch applies the dropout without a word
    assert run(DAYYASS, ["--rnn_dropout", "0.2", "--rnn_num_layers", "2"]) == ([], False)


@pytest.mark.parametrize("source, argv", [
    (PYRO_DMM_FIXED, ["--rnn-dropout-rate", "0.5"]),
    (options(dropout="args.dropout if args.layers > 1 else 0.0"), ["--dropout", "0.3"]),
    (options("if args.layers == 1:\n    args.dropout = 0.0"), ["--dropout", "0.3"]),
    (options("if args.dropout > 0 and args.layers == 1:\n    parser.error('--dropout needs --layers > 1')"),
     ["--dropout", "0.3"]),
    (options("assert args.dropout == 0 or args.layers > 1, 'dropout needs two layers'"),
     ["--dropout", "0.3"]),
    (options(layers=2), ["--dropout", "0.3"]),
    (options(argv="[]"), []),  # the run is pinned: no command line reaches the options
], ids=["pyro-fixed", "conditional", "reset", "parser-error", "assert", "two-layers", "pinned"])
def test_a_checked_or_fitting_dropout_option_is_silent(source, argv):
    said, _ = run(source, argv)
    assert not said  # torch applies the dropout, or the script refuses the pair first
    assert not warned(source)
