"""Values followed to where they are written, in the shapes real code gives them: complex
literals, argparse options read through `vars(...)` or a `parse_opt()` helper, helper
functions and factories bound from their call sites, `int(...)`/`float(...)` of known values,
`**kwargs` forwarded. Each case runs under torch, the oracle: the rule reports exactly when
torch raises (or warns, for dropout) and stays silent on the corrected file."""

from __future__ import annotations

import textwrap
import warnings

import pytest

torch = pytest.importorskip("torch")

from lstmcheck.lint.engine import check_source  # noqa: E402

HEADER = "import argparse\nimport torch\nimport torch.nn as nn\n"


def torch_says(source: str) -> str | None:
    """What running `run()` does: the exception's type name, "warns" for a dropout warning
    from torch, or None."""
    namespace: dict = {}
    exec(compile(source, "<case>", "exec"), namespace)  # noqa: S102 - our own small models
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            namespace["run"]()
        except (RuntimeError, ValueError, TypeError) as error:
            return type(error).__name__
    return "warns" if any("dropout" in str(w.message) for w in caught) else None


def codes(source: str) -> dict[str, str]:
    """Rule code -> severity of the findings on the file."""
    return {f.code: f.severity for f in check_source(source.encode(), "model.py").findings}


def case(body: str, **fill: str) -> str:
    source = HEADER + textwrap.dedent(body)
    for name, text in fill.items():
        source = source.replace(name, text)
    return source


COMPLEX_DROPOUT = '''
    def run():
        rnn = nn.RNN(input_size=3, hidden_size=2, dropout=DROPOUT)
        return rnn(torch.randn(1, 3))
'''


def test_a_complex_literal_written_as_a_sum_is_a_value():
    bad, good = case(COMPLEX_DROPOUT, DROPOUT="0.+0.j"), case(COMPLEX_DROPOUT, DROPOUT="0. + 0.")
    assert torch_says(bad) == "TypeError" and torch_says(good) is None
    assert codes(bad).get("LC005") == "error"
    assert "LC005" not in codes(good)


ARGPARSE_VARS = '''
    def parse_opt(argv):
        parser = argparse.ArgumentParser()
        parser.add_argument("--bidirectional", type=int, default=FLAG)
        parser.add_argument("--dim_hidden", type=int, default=16)
        return parser.parse_args(argv)


    class Encoder(nn.Module):
        def __init__(self, dim_hidden, bidirectional=False):
            super().__init__()
            self.rnn = nn.GRU(dim_hidden, dim_hidden, batch_first=True, bidirectional=bidirectional)

        def forward(self, x):
            return self.rnn(x)


    def run():
        opt = vars(parse_opt([]))
        encoder = Encoder(opt["dim_hidden"], bidirectional=opt["bidirectional"])
        return encoder(torch.randn(2, 5, 16))
'''


def test_an_option_read_through_vars_of_a_parse_helper_has_its_default():
    bad, good = case(ARGPARSE_VARS, FLAG="0"), case(ARGPARSE_VARS, FLAG="False")
    assert torch_says(bad) == "TypeError" and torch_says(good) is None
    # an argparse default is an assumption: the command line may give another value
    assert codes(bad).get("LC005") == "warning"
    assert "LC005" not in codes(good)


def test_args_from_a_parse_helper_have_their_defaults():
    source = case('''
        def get_args():
            parser = argparse.ArgumentParser()
            parser.add_argument("--dropout", type=float, default=0.4)
            args = parser.parse_args([])
            return args


        def run():
            args = get_args()
            rnn = nn.LSTM(8, 16, num_layers=1, dropout=args.dropout)
            return rnn(torch.randn(3, 2, 8))
    ''')
    assert torch_says(source) == "warns"
    assert codes(source).get("LC006") == "warning"


def test_a_dict_from_vars_that_is_changed_stays_unknown():
    source = case(ARGPARSE_VARS.replace('opt = vars(parse_opt([]))',
                                        'opt = vars(parse_opt([]))\n        opt["bidirectional"] = True'),
                  FLAG="0")
    assert torch_says(source) is None
    assert "LC005" not in codes(source)
