"""argparse options as the file parses them: a literal list (`parse_args(["--layers", "2"])`,
as notebooks and pinned scripts write) sets what it names, and the options it leaves keep
their defaults; argparse itself is the oracle for what a list sets, torch for what the model
then does."""

from __future__ import annotations

import argparse
import textwrap

import libcst as cst
import pytest

from lstmcheck.lint.argparsing import options_of, parse_call_list, parsed
from lstmcheck.lint.scopes import UNKNOWN

torch = pytest.importorskip("torch")

from lstmcheck.lint.engine import check_source  # noqa: E402
from lstmcheck.lint.extract import extract  # noqa: E402
from tests.torch_oracle import run_case  # noqa: E402

OPTIONS = '''
parser.add_argument("--layers", type=int, default=1)
parser.add_argument("-enc_layers", type=int, default=1)
parser.add_argument("-dr", "--drop", help="no default, no type")
parser.add_argument("--hidden-size", type=int, default="16")
parser.add_argument("-b", "--bidir", action="store_true")
parser.add_argument("--no-bias", dest="bias", action="store_false")
parser.add_argument("--rate", type=float, default=0.5)
parser.add_argument("--sizes", type=int, nargs="+", default=[1])
parser.add_argument("--kind", type=str.lower, default="lstm")
'''

LISTS = [
    [],
    ["--layers", "3"],
    ["--layers=3", "-enc_layers", "2"],
    ["-enc_layers=4", "-dr=0.2", "-b"],
    ["-dr", "0.3", "--hidden-size", "8", "--no-bias", "--rate", "-1.5"],
    ["-b", "--layers", "2", "--layers", "5"],
    ["--kind", "GRU"],
]

REFUSED = [
    ["--lay", "3"],  # an abbreviation: argparse accepts it, the linter does not follow it
    ["--sizes", "1", "2"],  # nargs
    ["--layers"],  # argparse exits: expected one argument
    ["--layers", "three"],  # argparse exits: invalid int value
    ["extra"],  # a positional argument
]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    exec(OPTIONS, {"parser": parser})
    return parser


def _ours(argv: list[str]) -> dict | None:
    module = cst.parse_module(OPTIONS)
    tokens = [cst.SimpleString(repr(token)) for token in argv]
    return parsed(options_of(module), tokens)


@pytest.mark.parametrize("argv", LISTS, ids=[" ".join(a) or "empty" for a in LISTS])
def test_a_literal_list_sets_what_argparse_sets(argv):
    namespace = vars(_parser().parse_args(argv))
    given = _ours(argv)
    assert given is not None
    for dest, found in given.items():
        if found.value is not UNKNOWN:
            assert found.value == namespace[dest] and type(found.value) is type(namespace[dest])
    # every option the list names is known, or said to be unknown (a type= not run)
    named = {dest for dest, value in namespace.items() if value != vars(_parser().parse_args([]))[dest]}
    assert named <= set(given)


def test_option_destinations_are_argparse_s():
    dests = {action.dest for action in _parser()._actions if action.dest != "help"}
    assert {option.dest for option in options_of(cst.parse_module(OPTIONS))} == dests


@pytest.mark.parametrize("argv", REFUSED, ids=[" ".join(a) for a in REFUSED])
def test_a_list_argparse_may_read_otherwise_is_not_followed(argv):
    assert _ours(argv) is None


def test_only_a_literal_list_is_read():
    def tokens(text: str):
        call = cst.parse_expression(text)
        assert isinstance(call, cst.Call)
        return parse_call_list(call)

    assert tokens("p.parse_args()") is None
    assert tokens("p.parse_args(sys.argv[1:])") is None
    assert len(tokens("p.parse_args(['--layers', '2'])")) == 2
    assert len(tokens("p.parse_args(args=('--layers', '2'))")) == 2


STATE = textwrap.dedent('''
    import argparse
    import torch
    import torch.nn as nn

    parser = argparse.ArgumentParser()
    parser.add_argument("--nhid", type=int, default=16)
    parser.add_argument("--nlayers", type=int, default=1)


    class Decoder(nn.Module):
        def __init__(self, nhid, nlayers):
            super().__init__()
            self.nhid = nhid
            self.rnn = nn.GRU(8, nhid, num_layers=nlayers)

        def forward(self, x, context):
            return self.rnn(x, context.view(1, -1, self.nhid))


    def run():
        args = parser.parse_args(ARGV)
        model = Decoder(args.nhid, args.nlayers)
        return model(torch.randn(5, 3, 8), torch.randn(3, 16))
''')


@pytest.mark.parametrize("argv, fails", [([], False), (["--nlayers", "2"], True),
                                         (["--nlayers=1"], False), (["--nhid", "16", "--nlayers", "3"], True)])
def test_a_one_layer_state_for_the_layers_the_list_asks_for(argv, fails):
    source = STATE.replace("ARGV", repr(argv))
    raised, _, _ = run_case(source)
    assert (raised is not None) == fails
    errors = [f for f in check_source(source.encode(), "m.py").findings if f.severity == "error"]
    assert [f.code for f in errors] == (["LC009"] if fails else [])


def test_an_option_without_default_set_by_the_list_reaches_the_layer():
    source = textwrap.dedent('''
        import argparse
        import torch
        import torch.nn as nn

        parser = argparse.ArgumentParser()
        parser.add_argument("-dr", "--drop", required=False)
        parser.add_argument("-l", "--layer", required=False)


        class Decoder(nn.Module):
            def __init__(self, dim, hops, dropout):
                super().__init__()
                self.hops = hops
                self.gru = nn.GRU(dim, dim, dropout=dropout)


        def run():
            args = vars(parser.parse_args(["-l=3", "-dr=0.2"]))
            return Decoder(12, int(args["layer"]), float(args["drop"])).gru(torch.randn(2, 3, 12))
    ''')
    assert run_case(source)[1]  # torch warns: dropout on one layer
    (record,) = extract(source, "m.py").calls
    assert record.call.arguments["dropout"].value == 0.2
    assert [f.code for f in check_source(source.encode(), "m.py").findings] == ["LC006"]
    # the same option read from the command line: its value is not known, but the GRU is
    # built with one layer whatever it is, so the dropout knob is dead (said as that fact)
    free = source.replace('["-l=3", "-dr=0.2"]', "")
    (finding,) = check_source(free.encode(), "m.py").findings
    assert finding.code == "LC006" and "so dropout=dropout never applies" in finding.message


def test_an_abbreviated_option_in_the_list_leaves_every_option_unknown():
    source = STATE.replace("ARGV", repr(["--nlay", "2"]))
    assert run_case(source)[0] is not None  # argparse takes the abbreviation; torch raises
    (record,) = extract(source, "m.py").calls
    assert not record.call.arguments["num_layers"].known
    assert [f for f in check_source(source.encode(), "m.py").findings if f.severity == "error"] == []


def test_set_defaults_leaves_the_default_unknown():
    source = STATE.replace("ARGV", "[]").replace(
        "class Decoder", 'parser.set_defaults(nlayers=2)\n\n\nclass Decoder')
    assert run_case(source)[0] is not None  # two layers, one layer of state: torch raises
    (record,) = extract(source, "m.py").calls
    assert not record.call.arguments["num_layers"].known
    assert [f for f in check_source(source.encode(), "m.py").findings if f.severity == "error"] == []


def test_a_store_true_flag_read_from_the_command_line_is_an_assumption():
    source = textwrap.dedent('''
        import argparse
        import torch.nn as nn

        parser = argparse.ArgumentParser()
        parser.add_argument("--bidirectional", action="store_true")


        class Tagger(nn.Module):
            def __init__(self, bidirectional):
                super().__init__()
                self.rnn = nn.LSTM(8, 16, bidirectional=bidirectional)


        def main():
            args = parser.parse_args(ARGV)
            return Tagger(args.bidirectional)
    ''')
    for argv, value, assumed in (("", False, True), ("[]", False, False), ('["--bidirectional"]', True, False)):
        (record,) = extract(source.replace("ARGV", argv), "m.py").calls
        found = record.call.arguments["bidirectional"]
        assert found.value is value and ("defaults to" in found.origin) == assumed, found.origin


THROUGH_A_PARAMETER = '''import argparse

import torch
import torch.nn as nn


def get_args(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--layers", type=int, default=1)
    parser.add_argument("--dropout", type=float, default=0.3)
    return parser.parse_args(argv)


def run():
    args = get_args(ARGV)
    rnn = nn.GRU(4, 8, num_layers=args.layers, dropout=args.dropout)
    rnn(torch.randn(5, 2, 4))
'''


@pytest.mark.parametrize("argv,warned", [('["--layers", "2"]', False), ("argv=['--layers', '2']", False),
                                         ("", True), ("None", True)])
def test_a_list_passed_through_a_parameter_is_not_the_defaults(argv, warned, monkeypatch):
    """`get_args(["--layers", "2"])` -> `parse_args(argv)`: the list, not the defaults, sets the
    options; a call that passes nothing reads the command line (the defaults, an assumption)."""
    monkeypatch.setattr("sys.argv", ["train.py"])  # the command line the script is run with
    source = THROUGH_A_PARAMETER.replace("ARGV", argv)
    _, dropout_warned, _ = run_case(source)
    assert dropout_warned == warned
    findings = check_source(source.encode(), "train.py").findings
    assert [(f.code, f.severity) for f in findings] == ([("LC006", "warning")] if warned else [])
