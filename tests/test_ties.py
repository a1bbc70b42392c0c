"""A coincidence the file checks or handles itself is none: `assert a == b`, `if a != b:
raise`, a bridge only when they differ. Without the comparison the same file is warned."""

from __future__ import annotations

import pytest
import torch
import torch.nn as nn

from lstmcheck.lint.engine import check_source
from lstmcheck.lint.ties import compared_names, knob

MODEL = '''import torch
import torch.nn as nn

config = {{"enc_hidden": 32, "dec_hidden": 32, "n_in": 5}}
{tie}
encoder = nn.LSTM(config["n_in"], config["enc_hidden"])
decoder = nn.LSTM(config["n_in"], config["dec_hidden"])
_, state = encoder(torch.randn(6, 2, 5))
out, _ = decoder(torch.randn(2, 2, 5), state)
'''


def coincidences(tie: str) -> list:
    source = MODEL.format(tie=tie).encode()
    return [f for f in check_source(source, "m.py").findings if "coincidence" in f.message]


def test_the_handover_is_warned_without_a_comparison():
    assert coincidences("") and all(f.severity == "warning" for f in coincidences(""))
    # what the warning says: another value of one knob breaks the handover
    encoder, decoder = nn.LSTM(5, 32), nn.LSTM(5, 16)
    _, state = encoder(torch.randn(6, 2, 5))
    with pytest.raises(RuntimeError):
        decoder(torch.randn(2, 2, 5), state)


@pytest.mark.parametrize("tie", [
    'assert config["enc_hidden"] == config["dec_hidden"], "the decoder takes the state"',
    'if config["dec_hidden"] != config["enc_hidden"]:\n    raise ValueError("widths differ")',
])
def test_a_comparison_in_the_file_silences_it(tie):
    assert coincidences(tie) == []


def test_names_compared_are_read_as_their_last_names():
    source = ("assert self.enc_hidden == args.dec_hidden\n"
              "x = nn.Identity() if cfg['a'] == cfg['b'] else nn.Linear(1, 2)\n"
              "if n != n:\n    pass\n")
    assert compared_names(source) == (("a", "b"), ("dec_hidden", "enc_hidden"))
    assert knob('config["enc_hidden"]') == knob("self.enc_hidden") == "enc_hidden"
