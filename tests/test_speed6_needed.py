"""libcst parses only the top-level statements a layer can reach (lint/needed.py): the others
are blanked out. Nothing a user sees may change: each case here is checked with the blanking
and without it, the findings must be the same, and the statements the flow needs (a helper,
a module function, a state kept by another method, a constant, a batch source met by value
alone) must still be there. torch is the oracle that each case's bug is real."""

from __future__ import annotations

import ast
import random
from pathlib import Path

import pytest

import lstmcheck.lint.needed as needed_module
from lstmcheck.lint.discover import worth_parsing
from lstmcheck.lint.engine import check_source
from lstmcheck.lint.needed import needed
from lstmcheck.records import Settings

ROOT = Path(__file__).resolve().parent

# helpers that share no word with any layer: what the blanking leaves out
UNRELATED = '''


def chunked(items, n=8):
    """Yield lists of `n` items."""
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def accuracy(predicted, expected):
    right = sum(1 for p, e in zip(predicted, expected) if p == e)
    return right / max(len(expected), 1)


def seeded(seed=0):
    torch.manual_seed(seed)
    return seed
'''

THROUGH_HELPERS = '''import torch
from torch import nn

HIDDEN = 20


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(10, HIDDEN, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(x)
        return out


def make_inputs():
    return torch.randn(4, 7, 12)


def build():
    return Tagger()


def run():
    model = build()
    model(make_inputs())
'''

STATE_FROM_A_MODULE_FUNCTION = '''import torch
from torch import nn


def initial_state(batch):
    return torch.zeros(1, batch, 16)


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(8, 32)

    def forward(self, x):
        h0 = initial_state(x.size(1))
        out, h = self.gru(x, h0)
        return h


def run():
    Encoder()(torch.randn(5, 3, 8))
'''

STATE_KEPT_BY_ANOTHER_METHOD = '''import torch
from torch import nn


class Decoder(nn.Module):
    def __init__(self, hidden=24):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(6, hidden)
        self.state = (torch.zeros(2, 3, hidden), torch.zeros(2, 3, hidden))

    def forward(self, x):
        out, self.state = self.lstm(x, self.state)
        return out


def run():
    decoder = Decoder()
    decoder(torch.randn(4, 3, 6))
'''

CASES = [
    # (source, the finding's code and line)
    (THROUGH_HELPERS, ("LC008", 10)),
    (STATE_FROM_A_MODULE_FUNCTION, ("LC009", 6)),
    (STATE_KEPT_BY_ANOTHER_METHOD, ("LC009", 10)),
]


def _check(source: str, blanking: bool, monkeypatch: pytest.MonkeyPatch) -> tuple:
    with monkeypatch.context() as patch:
        if not blanking:
            patch.setattr(needed_module, "needed", lambda *args: None)
        return check_source(source.encode(), "case.py", Settings()).findings


def _blanked_names(source: str) -> set[str]:
    """The top-level definitions the blanking leaves out."""
    part = needed(source, ast.parse(source))
    assert part is not None
    kept = {getattr(node, "name", None) for node in part.tree.body}
    return {node.name for node in ast.parse(source).body
            if isinstance(node, ast.FunctionDef | ast.ClassDef)} - kept


@pytest.mark.parametrize("source,expected", CASES)
def test_what_the_flow_needs_is_parsed_and_the_rest_left_out(source, expected, monkeypatch):
    from tests.torch_oracle import run_case

    error = run_case(source)[0]
    assert isinstance(error, RuntimeError)  # torch: the bug is real
    padded = source + UNRELATED
    assert _blanked_names(padded) == {"chunked", "accuracy", "seeded"}
    found = _check(padded, True, monkeypatch)
    assert [(f.code, f.location.line) for f in found if f.severity == "error"] == [expected]
    assert found == _check(padded, False, monkeypatch)


BATCHES_FAR_AWAY = '''import torch
from torch import nn
from torch.utils.data import DataLoader


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(10, 20, batch_first=True)

    def forward(self, x):
        h0 = torch.zeros(1, 32, 20)
        c0 = torch.zeros(1, 32, 20)
        out, _ = self.rnn(x, (h0, c0))
        return out


def batches_of(dataset):
    for (rows,) in DataLoader(dataset, batch_size=32):
        yield rows
'''


def test_a_batch_source_met_by_its_size_alone_is_kept(monkeypatch):
    """flow/batches.py pairs a fixed-batch state with any batch source of its size in the
    file, through no shared word: the loader's statement is kept."""
    import torch
    from torch.utils.data import TensorDataset

    namespace: dict = {}
    exec(compile(BATCHES_FAR_AWAY, "<case>", "exec"), namespace)
    model = namespace["Model"]()
    with pytest.raises(RuntimeError):  # torch: the last batch of 6 rows fails
        for x in namespace["batches_of"](TensorDataset(torch.randn(70, 5, 10))):
            model(x)
    padded = BATCHES_FAR_AWAY + UNRELATED
    assert "batches_of" not in _blanked_names(padded)
    found = _check(padded, True, monkeypatch)
    assert [(f.code, f.severity, f.location.line) for f in found] == [("LC009", "warning", 12)]
    assert "DataLoader at line 19" in found[0].message
    assert found == _check(padded, False, monkeypatch)


def test_a_raise_at_the_top_level_still_ends_the_module(monkeypatch):
    """What follows a top-level `raise` never runs: the walk stops there, with or without
    the statements around it."""
    source = ('import torch\nfrom torch import nn\n\nmodel = nn.GRU(10, 20)\nif True:\n'
              '    raise SystemExit("moved to models.py")\nx = torch.randn(3, 5, 12)\nmodel(x)\n'
              + UNRELATED)
    assert _check(source, True, monkeypatch) == _check(source, False, monkeypatch) == ()
    without = source.replace('if True:\n    raise SystemExit("moved to models.py")\n', "")
    assert [f.code for f in _check(without, True, monkeypatch)] == ["LC008"]


def test_lines_and_columns_stay_and_line_breaks_are_kept():
    head, rest = THROUGH_HELPERS.split("HIDDEN = 20\n")
    source = (head + "HIDDEN = 20\n" + UNRELATED + rest).replace("\n", "\r\n")
    part = needed(source, ast.parse(source))
    assert part is not None and part.blanked == 3
    before, after = source.split("\r\n"), part.text.split("\r\n")
    assert len(before) == len(after)
    assert all(b == a or a == "" for b, a in zip(before, after))
    assert sum(a != b for b, a in zip(before, after)) == 16  # the three helpers' lines


def test_nothing_after_the_last_kept_statement_is_handed_to_libcst():
    # libcst makes a node of each line it is given, blank or not: the helpers at the end
    # place nothing, so their lines are left out rather than blanked
    source = (THROUGH_HELPERS + UNRELATED).replace("\n", "\r\n")
    part = needed(source, ast.parse(source))
    assert part is not None and part.blanked == 3
    last = max(node.end_lineno for node in part.tree.body)
    assert part.text == "".join(line + "\r\n" for line in source.split("\r\n")[:last])


def _source(*statements: str) -> str:
    return "import torch\nfrom torch import nn\n\n\n" + "\n\n\n".join(statements) + "\n"


LAYER = "class M(nn.Module):\n    def __init__(self):\n        super().__init__()\n" \
        "        self.rnn = nn.GRU(4, 8)\n        self.size = SIZE\n"
FILLER = "def filler(a, b):\n    c = [a] * 3\n    d = [b] * 3\n    return len(c) + len(d)\n"


def _kept(source: str) -> set[str]:
    part = needed(source, ast.parse(source))
    if part is None:
        return {"<all>"}
    return {ast.unparse(node).split("\n")[0] for node in part.tree.body}


def test_a_word_shared_with_a_kept_statement_keeps_a_statement():
    # a name, an attribute set elsewhere, a keyword, an argparse option's dest
    for tie in ("SIZE = 4", "def other(cfg):\n    cfg.size = 3",
                "def call(f):\n    return f(size=3)",
                "def options(p):\n    p.add_argument('--size', default=3)"):
        source = _source(LAYER, tie, FILLER, FILLER.replace("filler", "filler2"))
        kept = _kept(source)
        assert ast.unparse(ast.parse(tie).body[0]).split("\n")[0] in kept, tie
        assert "def filler(a, b):" not in kept


def test_what_ties_nothing_does_not_keep_a_statement():
    # an imported name, a builtin the file never binds, a docstring's words
    for loose in ("def seed():\n    torch.manual_seed(0)\n    return len([])",
                  'def note():\n    """the size of the rnn"""\n    return 1'):
        source = _source(LAYER, "SIZE = 4", loose, FILLER)
        kept = _kept(source)
        assert ast.unparse(ast.parse(loose).body[0]).split("\n")[0] not in kept, loose


def test_what_reaches_the_module_by_no_word_is_kept_or_nothing_is_left_out():
    dynamic = "def change(cfg, name):\n    setattr(cfg, name, 3)"
    assert "def change(cfg, name):" in _kept(_source(LAYER, "SIZE = 4", dynamic, FILLER, FILLER))
    star = _source(LAYER, "SIZE = 4", FILLER, FILLER).replace(
        "import torch\n", "import torch\nfrom helpers import *\n")
    assert _kept(star) == {"<all>"}


def _corpus(limit: int) -> list[Path]:
    files = sorted(p for p in (ROOT / "realbugs").glob("*.py") if worth_parsing(p.read_bytes()))
    return random.Random(16).sample(files, min(limit, len(files)))


@pytest.mark.parametrize("path", _corpus(24), ids=lambda p: p.name)
def test_real_bugs_with_unrelated_helpers_say_the_same(path, monkeypatch):
    """Each real bug and look-alike, with helpers it never uses: the same findings whether
    they are parsed or left out."""
    source = path.read_text()
    if "import torch" not in source:
        source = "import torch\n" + source
    padded = source + UNRELATED
    monkeypatch.setattr(needed_module, "_MIN_BLANKED", 0.0)  # however long the file
    if needed(padded, ast.parse(padded)) is None:
        pytest.skip("every statement reaches a layer")
    assert _check(padded, True, monkeypatch) == _check(padded, False, monkeypatch)


ALIASED = '''import torch
from torch.nn import GRU as Recurrent
from torch.nn import Linear as Dense
from torch.nn import Module


class Net(Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rec = Recurrent(n_in, hidden, bidirectional=True)
        self.dense = Dense(hidden, 1)

    def forward(self, x):
        return self.dense(self.rec(x)[0])


def run():
    return Net(4, 3)(torch.randn(5, 2, 4))
'''


def test_a_layer_imported_under_another_name_is_kept(monkeypatch):
    """`from torch.nn import GRU as Recurrent`: `Recurrent(...)` names a layer through the
    import alone (review8's bx27, which the blanking once left with nothing to check)."""
    from tests.torch_oracle import run_case

    assert isinstance(run_case(ALIASED)[0], RuntimeError)
    padded = ALIASED + UNRELATED
    assert "Net" not in _blanked_names(padded)
    found = _check(padded, True, monkeypatch)
    assert [(f.code, f.severity, f.location.line) for f in found] == [("LC007", "error", 11)]
    assert found == _check(padded, False, monkeypatch)
