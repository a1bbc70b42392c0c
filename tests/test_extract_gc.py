"""extract() pauses the cyclic garbage collector while it works, and gives it back as found."""

from __future__ import annotations

import gc

import pytest

from lstmcheck.lint.extract import extract

MODEL = "import torch.nn as nn\nlstm = nn.LSTM(8, 16)\n"


def test_collector_on_again_after_a_file_and_after_a_syntax_error() -> None:
    assert gc.isenabled()
    assert extract(MODEL, "m.py").calls
    assert gc.isenabled()
    with pytest.raises(Exception):  # noqa: B017, PT011 - libcst's ParserSyntaxError
        extract("def f(:\n", "bad.py")
    assert gc.isenabled()


def test_a_caller_that_turned_it_off_keeps_it_off() -> None:
    gc.disable()
    try:
        assert extract(MODEL, "m.py").calls
        assert not gc.isenabled()
    finally:
        gc.enable()
