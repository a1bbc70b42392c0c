"""A bool parameter handed to a layer's `bidirectional=` is a configuration of its own
(flow/configurations.py): the model is checked with it True and False, as it would be if an
`if` tested it. The bug this finds lives in the configuration nobody ran: a head or a state
written for two directions while the option that decides them is a parameter (DeepKE's
BiLSTM-CRF head, a classifier's `torch.zeros(2 * layers, ...)`). Where no call in the file
builds the failing value it is a warning saying which value; where one does, an error.

Each case's probe() runs here, in one process: torch raises exactly for the cases marked
`# expect:`; the linter must report that rule, with that severity, at that line, and nothing
on the others (heads and states sized from the option, a guard refusing the other value, a
head on one direction's final state)."""

from __future__ import annotations

import re
import sys
import types

import pytest

from lstmcheck.lint.engine import check_source

_TAGGER = '''
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, vocab, emb, hidden, bidirectional=True):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=bidirectional)
        self.emission = HEAD

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return self.emission(out)

'''

CASES = {
    # DeepKE's shape: the head always doubles; the file only ever builds the default
    "head_doubled_other_value_unbuilt": _TAGGER.replace(
        "HEAD", "nn.Linear(hidden * 2, 5)  # expect: LC007 warning") + '''
model = Tagger(50, 8, 16)


def probe():
    Tagger(50, 8, 16, bidirectional=False)(torch.randint(0, 50, (2, 7)))
''',
    # the same head, and the file builds the failing value itself
    "head_doubled_other_value_built": _TAGGER.replace(
        "HEAD", "nn.Linear(hidden * 2, 5)  # expect: LC007 error") + '''
model = Tagger(50, 8, 16, bidirectional=False)


def probe():
    Tagger(50, 8, 16, bidirectional=False)(torch.randint(0, 50, (2, 7)))
''',
    # the option comes from a config the file cannot see: both values are possible
    "head_doubled_option_from_config": _TAGGER.replace(
        "HEAD", "nn.Linear(hidden * 2, 5)  # expect: LC007 warning").replace(
        "bidirectional=True):", "bidirectional):") + '''
def build(cfg):
    return Tagger(cfg.vocab, cfg.emb, cfg.hidden, cfg.bidirectional)


def probe():
    build(types.SimpleNamespace(vocab=50, emb=8, hidden=16, bidirectional=False))(
        torch.randint(0, 50, (2, 7)))
''',
    "head_sized_from_the_option": _TAGGER.replace(
        "HEAD", "nn.Linear(hidden * (2 if bidirectional else 1), 5)") + '''
model = Tagger(50, 8, 16)


def probe():
    for bidirectional in (True, False):
        Tagger(50, 8, 16, bidirectional)(torch.randint(0, 50, (2, 7)))
''',
    "head_sized_from_num_directions": _TAGGER.replace(
        "HEAD", "nn.Linear(hidden * self.num_directions, 5)").replace(
        "super().__init__()", "super().__init__()\n        self.num_directions = 2 if bidirectional else 1") + '''
model = Tagger(50, 8, 16)


def probe():
    for bidirectional in (True, False):
        Tagger(50, 8, 16, bidirectional)(torch.randint(0, 50, (2, 7)))
''',
    "other_value_refused": _TAGGER.replace(
        "HEAD", "nn.Linear(hidden * 2, 5)").replace(
        "super().__init__()", "super().__init__()\n        if not bidirectional:\n"
        "            raise ValueError('the CRF tagger needs both directions')") + '''
model = Tagger(50, 8, 16)


def probe():
    Tagger(50, 8, 16)(torch.randint(0, 50, (2, 7)))
''',
    # a classifier whose states are always made for two directions
    "states_always_two_directions": '''
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, vocab, emb, hidden, layers, bidirectional, batch_size):
        super().__init__()
        self.hidden, self.layers, self.batch_size = hidden, layers, batch_size
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, num_layers=layers, bidirectional=bidirectional)
        self.out = nn.Linear(hidden, 3)

    def init_hidden(self):
        h0 = torch.zeros(2 * self.layers, self.batch_size, self.hidden)  # expect: LC009 warning
        c0 = torch.zeros(2 * self.layers, self.batch_size, self.hidden)
        return h0, c0

    def forward(self, tokens):
        _, (h, _) = self.lstm(self.embed(tokens), self.init_hidden())
        return self.out(h[-1])


model = Classifier(100, 16, 32, 1, True, 4)


def probe():
    Classifier(100, 16, 32, 1, False, 4)(torch.randint(0, 100, (9, 4)))
''',
    # one direction's final state: right whatever the option
    "head_on_last_final_state": '''
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, features, hidden, bidirectional=False):
        super().__init__()
        self.gru = nn.GRU(features, hidden, bidirectional=bidirectional)
        self.proj = nn.Linear(hidden, 4)

    def forward(self, x):
        _, h = self.gru(x)
        return self.proj(h[-1])


encoder = Encoder(6, 12)


def probe():
    for bidirectional in (True, False):
        Encoder(6, 12, bidirectional)(torch.randn(5, 3, 6))
''',
}


def _linted(source: str) -> str:
    """What the linter is given: the case without its probe, which builds the failing value
    itself and would otherwise count as a call building it."""
    return source.split("\ndef probe():")[0]


def _expected(source: str) -> tuple[str, str, int] | None:
    for number, line in enumerate(source.splitlines(), 1):
        mark = re.search(r"# expect: (LC\d+) (error|warning)", line)
        if mark:
            return mark.group(1), mark.group(2), number
    return None


def _torch_fails(source: str) -> bool:
    module = types.ModuleType("directions_case")
    module.__dict__["types"] = types
    sys.modules["directions_case"] = module
    try:
        exec(compile(source, "<case>", "exec"), module.__dict__)
        try:
            module.probe()
        except RuntimeError:
            return True
        return False
    finally:
        del sys.modules["directions_case"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_torch_agrees_with_the_marks(name: str) -> None:
    pytest.importorskip("torch")
    assert _torch_fails(CASES[name]) is (_expected(CASES[name]) is not None)


@pytest.mark.parametrize("name", sorted(CASES))
def test_linter_reports_the_marked_rule_with_its_severity(name: str) -> None:
    source = _linted(CASES[name])
    expected = _expected(source)
    findings = check_source(source.encode(), f"{name}.py").findings
    seen = [(f.code, f.severity, f.location.line, f.message) for f in findings]
    if expected is None:
        assert not findings, seen
        return
    rule, severity, line = expected
    assert [(f.code, f.severity, f.location.line) for f in findings] == [(rule, severity, line)], seen


def test_the_warning_names_the_value_once() -> None:
    """What a user reads: which value fails, and that no call builds it, said once."""
    source = _linted(CASES["head_doubled_option_from_config"])
    message = check_source(source.encode(), "tagger.py").findings[0].message
    assert message.startswith("when bidirectional=False, nn.Linear expects 2*hidden features"), message
    assert message.count("configuration") == 1, message
