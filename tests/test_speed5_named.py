"""The engine's gate before libcst (lint/named.py): a file whose code names none of the six
classes, only its comments or docstrings do, is not parsed by libcst; it must hold no call
the linter would have judged."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.lint.extract import extract
from lstmcheck.lint.named import names_a_layer_in_code
from lstmcheck.lint.python_nodes import python_walk

TESTS = Path(__file__).parent


def named(text: str) -> bool:
    return names_a_layer_in_code(python_walk(ast.parse(text)))


@pytest.mark.parametrize("text", [
    "import torch\nrnn = torch.nn.LSTM(4, 8)\n",
    "from torch.nn import GRU as G\n",
    "from torch.nn import *\nrnn = LSTM(4, 8)\n",
    "import torch\nrnn = getattr(torch.nn, 'GRU')(4, 8)\n",
    "import torch\nkinds = {'lstm': 'LSTM'}\n",
    "import torch\nrnn = getattr(torch.nn, 'lstm'.upper())(4, 8)\n",  # a string may become one
    "import torch\nrnn = getattr(torch.nn, 'BiGRU'[2:])(4, 8)\n",
    "import torch\nkind = b'RNN'\n",
    "import torch\ntext = f'{x} LSTMCell'\n",
    "def f(LSTM=None):\n    pass\n",
    "def f(**kw):\n    return dict(GRUCell=1)\n",
    "class LSTM:\n    pass\n",
    "try:\n    pass\nexcept Exception as GRU:\n    pass\n",
    "def f():\n    global RNN\n",
    "match x:\n    case {'a': 1, **LSTM}:\n        pass\n",
    "match x:\n    case P(LSTM=1):\n        pass\n",
    "import mypkg.LSTM\n",
    "from mypkg.GRU import thing\n",
])
def test_code_that_names_a_layer_is_parsed(text: str) -> None:
    assert named(text)


@pytest.mark.parametrize("text", [
    '"""An LSTM encoder."""\nimport torch\n',
    "import torch\n# rnn = torch.nn.LSTM(4, 8)\n",
    "import torch\n\n\ndef f(x):\n    '''Like nn.GRU, but ...'''\n    return x\n",
    "import torch\nclass A:\n    'RNN-free'\n",
    "import torch\nMyLSTM = 1\nLSTMish = 2\nrnn = 3\n",  # other identifiers
])
def test_comments_docstrings_and_other_words_are_not_a_layer(text: str) -> None:
    assert not named(text)


def _corpus() -> list[Path]:
    folders = [TESTS / "realbugs", *(TESTS / "precision").iterdir(), TESTS / "fixtures" / "lint",
               TESTS / "fixtures" / "flow", TESTS.parent / "examples"]
    return sorted(p for folder in folders if folder.is_dir() for p in folder.rglob("*.py"))


def test_no_file_the_gate_leaves_out_holds_a_call_the_linter_judges() -> None:
    """Every corpus file that names a layer in its text but not in its code: the full pass
    finds no call there, so leaving it out changes nothing."""
    left_out = []
    for path in _corpus():
        text = path.read_text(encoding="utf-8")
        if not any(stem in text for stem in ("RNN", "LSTM", "GRU")):
            continue
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        if names_a_layer_in_code(python_walk(tree)):
            continue
        left_out.append(path)
        sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
        assert not extract(text, str(path)).calls, path
    assert left_out, "the corpus has files naming a layer in comments or docstrings only"


def test_a_file_naming_a_layer_in_a_docstring_only_checks_clean() -> None:
    source = b'"""Wraps nn.LSTM(4, 8) for later."""\nimport torch\n\nx = torch.zeros(2, 3)\n'
    result = check_source(source, "doc.py")
    assert result.findings == () and result.calls == 0


def test_a_layer_built_through_a_string_is_still_judged() -> None:
    """The string names the class: the file goes on to libcst and LC006 (ineffective dropout) is found."""
    source = (b"import torch.nn as nn\n\n"
              b"rnn = getattr(nn, 'LSTM')(8, 16, num_layers=1, dropout=0.5)\n")
    result = check_source(source, "string.py")
    assert result.calls == 1
    assert [f.code for f in result.findings] == ["LC006"]
