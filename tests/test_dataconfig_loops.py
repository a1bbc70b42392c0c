"""Configurations a loop generates (lint/flow/loops.py): a class built inside `for` loops over
lists the file writes is built once per combination, and LC006 points at the call in the loop
for the combination with one layer and dropout. torch is the oracle: each case is run, and
torch warns "dropout option adds dropout ..." exactly when a `# expect: LC006` marker is in it.

The sweeps follow real ones: a shell loop over dropout and num_layers for GRU4Rec
(HaitaoMao/Amazon-M2, script/GRU4Rec/GRU4Rec_unpopular.sh, dropout 0.0-0.5 x num_layers 1-3),
a grid over n_layers [1, 2, 3] (gautierdag/pytorch-attentive-lm, test.py), and the ONNX
backend's itertools.product of (value, label) pairs (onnxbot/onnx-fb-universe#1361, bug_099).
"""

from __future__ import annotations

import re
import warnings

import pytest

from lstmcheck.lint.engine import check_source

_HEAD = '''import itertools

import torch.nn as nn


class Net(nn.Module):
    def __init__(self, num_layers, dropout=0.0):
        super().__init__()
        self.rnn = nn.GRU(4, 6, num_layers=num_layers, dropout=dropout)


'''

CASES = {
    "product_of_lists": '''
for num_layers, dropout in itertools.product([1, 2], [0.0, 0.5]):
    Net(num_layers, dropout)  # expect: LC006
''',
    "nested_sweep_gru4rec": '''
for dropout in [0.0, 0.1, 0.3]:
    for num_layers in [1, 2, 3]:
        model = Net(num_layers=num_layers, dropout=dropout)  # expect: LC006
''',
    "range_of_layer_counts": '''
def sweep():
    for n_layers in range(1, 4):
        Net(n_layers, dropout=0.2)  # expect: LC006


sweep()
''',
    "module_constant_lists": '''
N_LAYERS = [1, 2, 3]
DROPOUTS = (0.0, 0.25)

for n in N_LAYERS:
    for p in DROPOUTS:
        Net(n, p)  # expect: LC006
''',
    "labelled_pairs_onnx": '''
for layer, dropout in itertools.product(((1, "unilayer"), (3, "trilayer")),
                                        ((0.0, "without_dropout"), (0.5, "with_dropout"))):
    Net(layer[0], dropout[0])  # expect: LC006
''',
    "layers_built_in_a_test_grid": '''
def test_dropout_grid():
    for num_layers in [1, 2]:
        for dropout in (0.0, 0.5):
            nn.LSTM(8, 16, num_layers, dropout=dropout)  # expect: LC006


test_dropout_grid()
''',
    "layers_stacked_in_every_combination": '''
for layers in range(2, 4):
    for p in [0.1, 0.2]:
        nn.GRU(4, 4, layers, dropout=p)
''',
    "layers_skipping_one_layer_dropout": '''
for layers in [1, 2]:
    for p in [0.0, 0.5]:
        if p and layers == 1:
            continue
        nn.LSTM(4, 4, layers, dropout=p)
''',
    "tries_sizes_until_one_builds": '''
for p in [0.5, 0.0]:
    try:
        nn.LSTM(4, 4, 1, dropout=p if p == 0.0 else 2.0)
        break
    except ValueError:
        continue
''',
    "skips_the_combination": '''
for num_layers, dropout in itertools.product([1, 2], [0.0, 0.5]):
    if num_layers == 1 and dropout > 0:
        continue
    Net(num_layers, dropout)
''',
    "guards_the_call": '''
for layers in [1, 2]:
    for p in (0.0, 0.3):
        if layers > 1 or p == 0:
            Net(num_layers=layers, dropout=p)
''',
    "zipped_pairs": '''
for layers, p in zip([1, 2], [0.0, 0.5]):
    Net(layers, p)
''',
    "listed_pairs": '''
for layers, p in [(1, 0.0), (2, 0.5), (3, 0.1)]:
    Net(layers, p)
''',
    "stacked_only": '''
for layers in range(2, 5):
    Net(layers, 0.5)
''',
    "dropout_follows_layers": '''
for layers in [1, 2]:
    Net(layers, 0.5 if layers > 1 else 0.0)
''',
}

_MARK = re.compile(r"#\s*expect:\s*(LC\d{3})\s*$")


def _source(body: str) -> str:
    return _HEAD + body.lstrip("\n")


def _marked(source: str) -> set[tuple[int, str]]:
    return {(n, m.group(1)) for n, line in enumerate(source.splitlines(), 1)
            if (m := _MARK.search(line))}


def _torch_warns(source: str) -> bool:
    pytest.importorskip("torch")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        exec(compile(source, "<case>", "exec"), {"__name__": "case"})
    return any("dropout option adds dropout" in str(w.message) for w in caught)


@pytest.mark.parametrize("name", sorted(CASES))
def test_torch_warns_exactly_where_marked(name):
    source = _source(CASES[name])
    assert _torch_warns(source) == bool(_marked(source)), name


@pytest.mark.parametrize("name", sorted(CASES))
def test_findings_match_markers(name):
    source = _source(CASES[name])
    found = {(f.location.line, f.code) for f in check_source(source.encode(), f"{name}.py").findings}
    assert found == _marked(source), name


def test_the_finding_names_the_combination_and_the_layer():
    source = _source(CASES["product_of_lists"])
    (finding,) = check_source(source.encode(), "grid.py").findings
    assert finding.severity == "warning"
    assert finding.message.startswith("when num_layers=1, dropout=0.5, ")
    assert "built at line 13, in the loop at line 12" in finding.message
    assert [r.location.line for r in finding.related] == [9]  # where nn.GRU is built
    assert finding.fix is not None and "skip the combinations" in finding.fix.description


def test_undecided_tests_and_other_loops_keep_the_site_unknown():
    """A `continue` under a test the file does not decide, a `while` around the loop, a loop
    over more combinations than are checked: no combination is taken, nothing is said."""
    source = _source('''
import sys

for num_layers, dropout in itertools.product([1, 2], [0.0, 0.5]):
    if sys.argv[-1] == "x":
        continue
    Net(num_layers, dropout)

while True:
    for layers in [1, 2]:
        Net(layers, 0.5)
    break

for a in range(1, 6):
    for b in [0.0, 0.1, 0.2, 0.3]:
        Net(a, b)
''')
    assert check_source(source.encode(), "undecided.py").findings == ()


def test_a_list_the_file_changes_is_not_unrolled():
    source = _source('''
LAYERS = [2, 3]
LAYERS.insert(0, 1)

for n in LAYERS:
    Net(n, 0.5)
''')
    assert check_source(source.encode(), "changed.py").findings == ()


_ISINSTANCE = '''import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, n_in, hidden, rnn_type="lstm", layers=2):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        if rnn_type.lower() == "lstm":
            self.rnn = nn.LSTM(n_in, hidden, layers, batch_first=True)
        else:
            self.rnn = nn.GRU(n_in, hidden, layers, batch_first=True)

    def forward(self, x):
        h = torch.zeros(self.layers, x.size(0), self.hidden)
        if isinstance(self.rnn, nn.{tested}):
            out, _ = self.rnn(x, (h, torch.zeros_like(h)))
        else:
            out, _ = self.rnn(x, h)
        return out


x = torch.randn(2, 5, 3)
for kind in ("LSTM", "gru"):
    Tagger(3, 4, kind)(x)
'''


@pytest.mark.parametrize("tested, codes", [("LSTM", set()), ("GRU", {"LC009"})])
def test_isinstance_of_a_held_layer_is_decided_per_configuration(tested, codes):
    """`isinstance(self.rnn, nn.LSTM)` is decided in each configuration the loop builds (the
    layer `self.rnn` holds there), so each layer meets only the states of its own branch."""
    torch = pytest.importorskip("torch")
    source = _ISINSTANCE.replace("{tested}", tested)
    try:
        with torch.no_grad():
            exec(compile(source, "<case>", "exec"), {"__name__": "case"})
        raised = False
    except (RuntimeError, TypeError, ValueError):
        raised = True
    assert raised == bool(codes)
    findings = check_source(source.encode(), "tagger.py").findings
    assert {f.code for f in findings if f.severity == "error"} == codes


def test_a_layer_under_a_test_the_file_decides_against_is_not_judged():
    """`USE_BIDIR = False` ... `if USE_BIDIR and ...:`: `and` stops at False as Python does,
    so the layer in that branch is never built and nothing is said of it; the one built in
    the other branch still is."""
    source = '''import sys

import torch.nn as nn

USE_BIDIR = False


class Model(nn.Module):
    def __init__(self, layers=1):
        super().__init__()
        if USE_BIDIR and sys.argv[-1] == "bi":
            self.rnn = nn.LSTM(8, 16, layers, dropout=0.5, bidirectional=True)
        else:
            self.rnn = nn.LSTM(8, 16, layers, dropout=0.25)


Model()
'''
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        exec(compile(source, "<case>", "exec"), {"__name__": "case"})
    warned = [str(w.message) for w in caught if "dropout option adds dropout" in str(w.message)]
    assert len(warned) == 1 and "dropout=0.25" in warned[0]
    findings = check_source(source.encode(), "dead.py").findings
    assert [(f.code, f.location.line) for f in findings] == [("LC006", 14)]
