"""Attributes a caller's arguments decide: `self.input_dim = 300` before
`self.__dict__.update(kwargs)` is a default the caller replaces, and a member's
`self.out_dim = hidden * 2` is worked out with what its site passes, not the defaults.
Each program runs under torch; the linter must say nothing about it."""

from __future__ import annotations

import textwrap

import pytest

from lstmcheck.lint.engine import check_source
from tests.torch_oracle import run_case

CORRECT = {
    "dict-update": """
        class Encoder(nn.Module):
            def __init__(self, **kwargs):
                super().__init__()
                self.input_dim = 300
                self.hidden_dim = 8
                self.__dict__.update(kwargs)
                self.rnn = nn.LSTM(self.input_dim, self.hidden_dim)

            def forward(self, x):
                return self.rnn(x)[0]

        def run():
            Encoder(input_dim=12)(torch.randn(5, 2, 12))
        """,
    "setattr-loop": """
        class Model(nn.Module):
            def __init__(self, **kwargs):
                super().__init__()
                self.embed_size = 128
                self.hidden_size = 128
                for key, value in kwargs.items():
                    setattr(self, key, value)
                self.rnn = nn.GRU(self.embed_size, self.hidden_size)
                self.head = nn.Linear(self.hidden_size, 3)

            def forward(self, x):
                return self.head(self.rnn(x)[0])

        def run():
            Model(embed_size=9, hidden_size=4)(torch.randn(3, 2, 9))
        """,
    "member-width-from-site": """
        class Encoder(nn.Module):
            def __init__(self, vocab, hidden=100, bidirectional=False):
                super().__init__()
                self.embed = nn.Embedding(vocab, 8)
                self.rnn = nn.LSTM(8, hidden, bidirectional=bidirectional, batch_first=True)
                self.out_dim = hidden * (2 if bidirectional else 1)

            def forward(self, x):
                return self.rnn(self.embed(x))[0]

        class Classifier(nn.Module):
            def __init__(self):
                super().__init__()
                self.encoder = Encoder(50, 16, True)
                self.head = nn.Linear(self.encoder.out_dim, 2)

            def forward(self, x):
                return self.head(self.encoder(x)[:, -1])

        def run():
            Classifier()(torch.randint(0, 50, (2, 7)))
        """,
}

HEAD = "import torch\nimport torch.nn as nn\n\n"


@pytest.mark.parametrize("name", sorted(CORRECT))
def test_what_the_caller_passes_decides_and_torch_agrees(name):
    source = HEAD + textwrap.dedent(CORRECT[name])
    error, warned, _ = run_case(source)
    assert error is None and not warned, error
    found = check_source(source.encode(), "m.py").findings
    assert found == (), [(f.code, f.location.line, f.message) for f in found]


def test_a_member_width_from_a_wrong_site_is_still_found():
    # the same member read with its site's arguments: sized for one direction, it fails
    source = HEAD + textwrap.dedent(CORRECT["member-width-from-site"]).replace(
        "self.head = nn.Linear(self.encoder.out_dim, 2)", "self.head = nn.Linear(16, 2)")
    error, _, _ = run_case(source)
    assert isinstance(error, RuntimeError)
    found = check_source(source.encode(), "m.py").findings
    assert [f.code for f in found if f.severity == "error"] == ["LC007"]


BASE_BUILT_BY_SUBCLASS = """
class BaseRNN(nn.Module):
    def __init__(self, input_size, hidden_dim=512, num_layers=1, dropout_p=0.3):
        super().__init__()
        self.rnn = nn.LSTM(input_size, hidden_dim, num_layers, True, True, dropout_p)


class Layer(BaseRNN):
    def __init__(self, hidden_dim, dropout_p):
        super().__init__(input_size=hidden_dim * 2, hidden_dim=hidden_dim, num_layers=1,
                         dropout_p=DROPOUT)
        self.dropout = nn.Dropout(p=dropout_p)


def run():
    Layer(8, 0.3)
"""


@pytest.mark.parametrize("dropout, warns", [("0.0", False), ("0.5", True)])
def test_a_base_class_is_judged_as_its_subclass_builds_it(dropout, warns):
    # kospeech's BaseRNN (ok_053): the defaults (dropout 0.3, one layer) are never used
    source = HEAD + BASE_BUILT_BY_SUBCLASS.replace("DROPOUT", dropout)
    error, warned, _ = run_case(source)
    assert error is None and warned == warns
    found = [(f.code, f.location.line) for f in check_source(source.encode(), "m.py").findings]
    assert found == ([("LC006", 8)] if warns else [])
