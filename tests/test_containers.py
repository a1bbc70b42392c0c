"""States kept in containers (LC009, flow/pairs.py, flow/kept.py): the correct forms that look
like the wrong ones stay silent, and torch runs each of them here; the wrong forms are
reported once, at the line to fix, and torch rejects each.

tests/structures/ holds the real reports; these are the small forms around them.
"""

from __future__ import annotations

import warnings

import pytest

from lstmcheck.api import check_source

_HEAD = "import torch\nfrom torch import nn\nx = torch.randn(5, 3, 10)\n"

CORRECT = {
    "pair merged each": _HEAD + (
        "lstm = nn.LSTM(10, 20)\n_, ha = lstm(x)\n_, hb = lstm(x)\n"
        "h = tuple(torch.cat([a, b], -1) for a, b in zip(ha, hb))\n"),
    "isinstance dispatch": _HEAD + (
        "lstm = nn.LSTM(10, 20)\n_, h = lstm(x)\n"
        "if isinstance(h, tuple):\n    n = h[0].size(1)\nelse:\n    n = h.size(1)\n"),
    "h of the pair": _HEAD + (
        "lstm = nn.LSTM(10, 20, bidirectional=True)\n_, hidden = lstm(x)\n"
        "h = torch.cat((hidden[0][-2, :, :], hidden[0][-1, :, :]), dim=1)\n"),
    "pair unpacked": _HEAD + (
        "lstm = nn.LSTM(10, 20)\n_, (h, c) = lstm(x)\nh1 = h.squeeze(0)\nhc = torch.cat([h, c], -1)\n"),
    "pair stacked": _HEAD + "lstm = nn.LSTM(10, 20)\n_, hidden = lstm(x)\ns = torch.stack(hidden)\n",
    "pair as hx keyword": _HEAD + (
        "lstm = nn.LSTM(10, 20)\nh = torch.zeros(1, 3, 20)\nout, s = lstm(x, hx=(h, h))\n"),
    "last row of a GRU": _HEAD + "gru = nn.GRU(10, 20, num_layers=2)\n_, h = gru(x)\nn = h[-1].size(1)\n",
    "repackage helper": _HEAD + (
        "def repackage(h):\n    if isinstance(h, torch.Tensor):\n        return h.detach()\n"
        "    return tuple(repackage(v) for v in h)\n"
        "lstm = nn.LSTM(10, 20)\n_, hidden = lstm(x)\nhidden = repackage(hidden)\n"
        "out, hidden = lstm(x, hidden)\n"),
    "a layer test the walk cannot decide": _HEAD + (
        "def batch_of(rnn, hidden):\n    if type(rnn) is nn.LSTM or rnn.mode == 'LSTM':\n"
        "        return hidden[0].size(1)\n    return hidden.size(1)\n"
        "lstm = nn.LSTM(10, 20)\n_, hidden = lstm(x)\nn = batch_of(lstm, hidden)\n"),
    "state object unpacked": _HEAD + (
        "class State(object):\n    def __init__(self, h):\n"
        "        self.hidden = h if isinstance(h, tuple) else (h,)\n"
        "gru = nn.GRU(10, 20)\n_, h = gru(x)\nstate = State(h)\nout, h = gru(x, state.hidden[0])\n"),
}

WRONG = [
    # (code, line of the finding, words it must say)
    (_HEAD + "lstm = nn.LSTM(10, 20)\n_, hidden = lstm(x)\nn = hidden.size(1)\n", 6,
     ".size(...) is a tensor method"),
    (_HEAD + "lstm = nn.LSTM(10, 20)\n_, hidden = lstm(x)\ns = torch.stack([hidden, hidden])\n", 6,
     "torch.stack(...) takes tensors"),
    (_HEAD + "cell = nn.LSTMCell(10, 20)\nh = torch.zeros(3, 20)\nh, c = cell(x[0], h, h)\n", 6,
     "separate arguments"),
    (_HEAD + (
        "class State(object):\n    def __init__(self, h):\n"
        "        self.hidden = h if isinstance(h, tuple) else (h,)\n"
        "gru = nn.GRU(10, 20)\n_, h = gru(x)\nstate = State(h)\nout, h = gru(x, state.hidden)\n"), 10,
     "tuple of 1"),
]


def _runs(code: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exec(compile(code, "case", "exec"), {})  # noqa: S102 - the snippets above


@pytest.mark.parametrize("name", sorted(CORRECT))
def test_correct_form_is_silent(name: str):
    assert check_source(CORRECT[name]) == ()


@pytest.mark.parametrize("name", sorted(CORRECT))
def test_torch_runs_the_correct_form(name: str):
    pytest.importorskip("torch")
    _runs(CORRECT[name])


@pytest.mark.parametrize("code, line, words", WRONG)
def test_wrong_form_reported_once_at_its_line(code: str, line: int, words: str):
    findings = [f for f in check_source(code) if f.code == "LC009"]
    assert len(findings) == 1, findings
    assert findings[0].severity == "error"
    assert findings[0].location.line == line
    assert words in findings[0].message


@pytest.mark.parametrize("code, line, words", WRONG)
def test_torch_rejects_the_wrong_form(code: str, line: int, words: str):
    pytest.importorskip("torch")
    with pytest.raises((AttributeError, IndexError, RuntimeError, TypeError, ValueError)):
        _runs(code)
