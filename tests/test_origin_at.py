"""`Value.origin_at`: where the literal behind a known argument is written when that is not
the argument itself (a site's argument, a constant, a config entry, an argparse default): the
text at that location must be the literal a user edits to change the value."""

from __future__ import annotations

import pickle
import textwrap

import pytest

from lstmcheck.lint.extract import extract
from lstmcheck.records import Location


def _argument(source: str, name: str, line_text: str | None = None):
    """The named argument of the (one, or the one on the line containing `line_text`) layer."""
    source = textwrap.dedent(source)
    facts = extract(source, "model.py")
    lines = source.splitlines()
    records = [c for c in facts.calls if line_text is None
               or line_text in lines[c.location.line - 1]]
    assert len(records) == 1, records
    return records[0].call.arguments[name], lines


def _text_at(lines: list[str], at: Location) -> str:
    assert at.line == at.end_line
    return lines[at.line - 1][at.column - 1:at.end_column - 1]


CASES = {
    "site keyword": ("""
        import torch.nn as nn

        class Encoder(nn.Module):
            def __init__(self, hidden):
                super().__init__()
                self.rnn = nn.LSTM(10, hidden)

        model = Encoder(hidden=256)
        """, "hidden_size", "256", 9),
    "site positional through a local": ("""
        import torch.nn as nn

        class Encoder(nn.Module):
            def __init__(self, hidden):
                super().__init__()
                self.rnn = nn.LSTM(10, hidden)

        def main():
            width = 96
            return Encoder(width)
        """, "hidden_size", "96", 10),
    "module constant": ("""
        import torch.nn as nn
        HIDDEN = 128
        rnn = nn.GRU(8, HIDDEN)
        """, "hidden_size", "128", 3),
    "config dict entry": ("""
        import torch.nn as nn
        CFG = {
            "input": 8,
            "hidden": 64,
        }
        rnn = nn.LSTM(CFG["input"], CFG["hidden"])
        """, "hidden_size", "64", 5),
    "argparse default": ("""
        import argparse
        import torch.nn as nn
        parser = argparse.ArgumentParser()
        parser.add_argument("--hidden", type=int, default=32)
        args = parser.parse_args()
        rnn = nn.LSTM(10, args.hidden)
        """, "hidden_size", "32", 5),
    "__init__ default the site leaves": ("""
        import torch.nn as nn

        class Encoder(nn.Module):
            def __init__(self, size, layers=1, dropout=0.2):
                super().__init__()
                self.rnn = nn.LSTM(size, size, layers, dropout=dropout)

        enc = Encoder(16)
        """, "num_layers", "1", 5),
    "self attribute": ("""
        import torch.nn as nn

        class Encoder(nn.Module):
            def __init__(self):
                super().__init__()
                self.p = 0.3
                self.rnn = nn.GRU(4, 4, 2, dropout=self.p)
        """, "dropout", "0.3", 7),
    "size times a number": ("""
        import torch.nn as nn

        class Encoder(nn.Module):
            def __init__(self, hidden):
                super().__init__()
                self.rnn = nn.LSTM(10, hidden * 2)

        model = Encoder(hidden=40)
        """, "hidden_size", "40", 9),
    "entry of a **dict": ("""
        import torch.nn as nn
        PARAMS = {"input_size": 8, "hidden_size": 24}
        rnn = nn.LSTM(batch_first=True, **PARAMS)
        """, "hidden_size", "24", 3),
    "SimpleNamespace field": ("""
        from types import SimpleNamespace
        import torch.nn as nn
        cfg = SimpleNamespace(hidden=12, layers=2)
        rnn = nn.LSTM(10, cfg.hidden, cfg.layers)
        """, "num_layers", "2", 4),
    "class constant": ("""
        import torch.nn as nn

        class Tagger(nn.Module):
            HIDDEN = 50

            def __init__(self):
                super().__init__()
                self.rnn = nn.GRU(5, self.HIDDEN)
        """, "hidden_size", "50", 5),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_origin_at_is_the_literal_a_user_edits(case: str) -> None:
    source, name, literal, line = CASES[case]
    value, lines = _argument(source, name)
    assert value.known
    assert value.origin_at is not None, value
    assert value.origin_at.line == line
    assert _text_at(lines, value.origin_at) == literal


@pytest.mark.parametrize("source, name", [
    ("import torch.nn as nn\nrnn = nn.LSTM(10, 20)\n", "hidden_size"),  # the argument itself
    ("import torch.nn as nn\nrnn = nn.LSTM(10, hidden_size=4 * 5)\n", "hidden_size"),
    ("import torch.nn as nn\nA = 4\nB = 6\nrnn = nn.LSTM(10, A + B)\n", "hidden_size"),  # two
    ("import torch.nn as nn\ndef f(h):\n    return nn.LSTM(10, h)\n", "hidden_size"),  # unknown
])
def test_no_origin_at_without_one_literal_elsewhere(source: str, name: str) -> None:
    value, _ = _argument(source, name)
    assert value.origin_at is None


def test_facts_hold_plain_text_origins() -> None:
    """The resolver's origins know their literal's place; records keep plain text, so the
    cache's unpickler (records and plain data only) accepts them."""
    source = textwrap.dedent(CASES["argparse default"][0]) + textwrap.dedent(CASES["site keyword"][0])
    facts = extract(source, "model.py")
    assert b"lstmcheck.lint" not in pickle.dumps(facts)
    origins = [v.origin for c in facts.calls for v in c.call.arguments.values() if v.origin]
    assert origins and all(type(o) is str for o in origins)
