"""Heads on recurrent results: matrix products (bmm, mm, matmul, @) and the views and squeezes
of a final state that read it as one layer's. torch on the meta device is the oracle for what
the shape functions say torch rejects, and for every finding the small models below get."""

from __future__ import annotations

import re

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.lint.flow.ops import assumes_one_layer
from lstmcheck.lint.shapefns import matmul, products
from lstmcheck.records import Location, Tensor
from lstmcheck.sizes import Size

torch = pytest.importorskip("torch")

SHAPES = [
    ((3, 4, 10), (3, 10, 1)), ((3, 4, 10), (2, 3, 10, 1)), ((3, 4, 10), (6, 10, 1)),
    ((3, 4, 10), (3, 5, 1)), ((4, 10), (10, 2)), ((4, 10), (5, 2)), ((3, 4, 10), (10,)),
    ((2, 3, 4, 10), (3, 10, 2)), ((2, 3, 4, 10), (4, 10, 2)), ((1, 4, 10), (6, 10, 2)),
    ((4, 10), (3, 10, 1)), ((3, 4, 10), (10, 1)), ((6, 4, 10), (3, 10, 1)),
]


def _numbers(shape):
    return tuple(Size.number(n) for n in shape)


def _torch_error(kind, a, b):
    op = {"bmm": torch.bmm, "mm": torch.mm, "matmul": torch.matmul}[kind]
    try:
        op(torch.empty(a, device="meta"), torch.empty(b, device="meta"))
    except RuntimeError as exc:
        return str(exc)
    return None


@pytest.mark.parametrize("kind", ["bmm", "mm", "matmul"])
@pytest.mark.parametrize("a,b", SHAPES)
def test_rejected_is_what_torch_rejects_in_its_words(kind, a, b):
    said = products.rejected(kind, _numbers(a), _numbers(b))
    error = _torch_error(kind, a, b)
    if said is None:
        assert error is None, (kind, a, b, error)
    else:
        assert error is not None and re.search(said, error), (kind, a, b, said, error)


@pytest.mark.parametrize("a,b", [s for s in SHAPES if len(s[0]) == 2 and len(s[1]) == 2])
def test_mm_shape_is_torchs(a, b):
    if _torch_error("mm", a, b) is None:
        out = torch.mm(torch.empty(a, device="meta"), torch.empty(b, device="meta"))
        assert matmul.mm(_numbers(a), _numbers(b)) == _numbers(tuple(out.shape))


CATS = [(((6, 1), (3, 1)), 1), (((3, 12, 4), (3, 3, 4)), 2), (((3, 4, 5), (3, 4)), 1),
        (((3, 4), (3, 2)), 1), (((3, 4), (3, 4)), 0), (((2, 3, 4), (2, 5, 4)), -2)]


@pytest.mark.parametrize("shapes,dim", CATS)
def test_cat_rejected_is_torchs(shapes, dim):
    said = products.cat_rejected(tuple(_numbers(s) for s in shapes), dim)
    try:
        torch.cat([torch.empty(s, device="meta") for s in shapes], dim)
        error = None
    except RuntimeError as exc:
        error = str(exc)
    assert (said is None) == (error is None), (shapes, dim, said, error)
    assert said is None or re.search(said, error), (said, error)


EINSUMS = [("bth,bh->bt", (3, 5, 8), (3, 8)), ("bth,bh->bt", (3, 5, 8), (2, 3, 8)),
           ("bth,bh->bt", (3, 5, 8), (3, 7)), ("bth,bh->bt", (3, 5, 8), (1, 8)),
           ("bth,bh->bt", (3, 5, 8), (6, 8)), ("ij,jk", (3, 4), (4, 5)), ("ij,jk->ik", (3, 4), (4, 5))]


@pytest.mark.parametrize("equation,a,b", EINSUMS)
def test_einsum_is_torchs(equation, a, b):
    said, dims = products.einsum(equation, (_numbers(a), _numbers(b)))
    try:
        out = torch.einsum(equation, torch.empty(a, device="meta"), torch.empty(b, device="meta"))
        error = None
    except RuntimeError as exc:
        error, out = str(exc), None
    assert (said is None) == (error is None), (equation, a, b, said, error)
    assert said is None or re.search(said, error), (said, error)
    if dims is not None:
        assert dims == _numbers(tuple(out.shape))


LOSSES = [("mse_loss", (6, 1), (3, 1)), ("mse_loss", (3, 1), (3, 1)), ("mse_loss", (3, 1), (3,)),
          ("l1_loss", (6, 2), (3, 2)), ("cross_entropy", (6, 4), (3,)), ("cross_entropy", (3, 4), (3,)),
          ("nll_loss", (6, 4), (3,)),
          # a head over a state squeeze(0) left (layers, batch, H): (layers, batch, C) logits
          ("cross_entropy", (2, 16, 3), (16,)), ("nll_loss", (2, 5, 7, 2), (3,)),
          ("cross_entropy", (2, 16, 3), (2, 3))]


@pytest.mark.parametrize("kind,prediction,target", LOSSES)
def test_loss_rejected_is_torchs(kind, prediction, target):
    import warnings

    said = products.loss_rejected(kind, _numbers(prediction), _numbers(target))
    classes = kind in products.CLASS_LOSSES
    made = torch.zeros(target, dtype=torch.long) if classes else torch.zeros(target)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            getattr(torch.nn.functional, kind)(torch.zeros(prediction), made)
        error = None
    except (RuntimeError, ValueError) as exc:
        error = str(exc)
    assert (said is None) == (error is None), (kind, prediction, target, said, error)
    assert said is None or re.search(said, error), (said, error)


def test_named_sizes_are_rejected_only_when_no_value_fits():
    batch, hidden = Size.named("batch"), Size.named("hidden")
    two = Size.number(2)
    # (B, T, 2H) against (2B, H, 1): whatever B and H are, the batch differs
    assert products.rejected("bmm", (batch, None, two * hidden), (two * batch, hidden, Size.number(1)))
    # (B, T, H) against (B, H, 1) fits; an unknown size never rejects
    assert products.rejected("bmm", (batch, None, hidden), (batch, hidden, Size.number(1))) is None
    assert products.rejected("bmm", (batch, None, None), (None, hidden, Size.number(1))) is None
    # matmul broadcasts a batch of 1: B against 2B may be 1 against 2
    assert products.rejected("matmul", (batch, Size.number(4), hidden),
                             (two * batch, hidden, Size.number(1))) is None


def _state(count, batch=Size.named("B"), hidden=Size.number(8)):
    return Tensor((count, batch, hidden), hidden, "h_n", 1, layer=Location(1, 1, 1, 2), part="h_n")


@pytest.mark.parametrize("count,name,args,dims,expected", [
    (2, "squeeze", [Size.number(0)], None, True),
    (1, "squeeze", [Size.number(0)], None, False),
    (2, "view", [Size.number(-1), Size.number(8)], "rows", True),
    (2, "view", [Size.number(-1), Size.number(8), Size.number(1)], "rows1", True),
    (2, "view", [Size.number(-1), Size.number(16), Size.number(1)], "wide", False),
    (2, "view", [Size.number(2), Size.number(1), Size.named("B"), Size.number(8)], "parted", False),
    (1, "view", [Size.number(-1), Size.number(8)], "rows", False),
])
def test_assumes_one_layer(count, name, args, dims, expected):
    state = _state(Size.number(count))
    rows = Size.number(count) * Size.named("B")
    result = {None: state.dims, "rows": (rows, Size.number(8)),
              "rows1": (rows, Size.number(8), Size.number(1)),
              "wide": (Size.named("B"), Size.number(16), Size.number(1)),
              "parted": tuple(args)}[dims]
    assert assumes_one_layer(state, name, args, result) is expected


def test_a_state_indexed_first_is_not_a_whole_state():
    last = Tensor((Size.named("B"), Size.number(8)), Size.number(8), "h_n[-1]", 1, part="h_n")
    assert not assumes_one_layer(last, "view", [Size.number(-1), Size.number(8)],
                                 (Size.named("B"), Size.number(8)))


# --- whole models: the finding where the view is, torch the oracle ------------------------

_HEADER = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"

MODELS = {
    # the attention query from a stacked encoder's state: bmm gets a 4-D tensor
    "stacked_squeeze": ("""
class M(nn.Module):
    def __init__(self, layers):
        super().__init__()
        self.rnn = nn.GRU(6, 8, layers, batch_first=True)
    def forward(self, x):
        out, h = self.rnn(x)
        q = h.squeeze(0).unsqueeze(2)  # here
        return torch.bmm(out, q)
""", "M(2)(torch.randn(3, 5, 6))", "error"),
    # `@` instead of bmm, a bidirectional state viewed as one direction's width
    "matmul_view": ("""
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(6, 8, batch_first=True, bidirectional=True)
    def forward(self, x):
        out, (h, c) = self.rnn(x)
        q = h.view(-1, 8, 1)  # here
        return out @ q
""", "M()(torch.randn(3, 5, 6))", "error"),
    # the same with the query made right: silent
    "matmul_fits": ("""
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(6, 8, batch_first=True, bidirectional=True)
    def forward(self, x):
        out, (h, c) = self.rnn(x)
        q = torch.cat((h[-2], h[-1]), dim=1).unsqueeze(2)
        return out @ q
""", "M()(torch.randn(3, 5, 6))", None),
    # one layer, one direction: squeeze(0) is right
    "single_squeeze": ("""
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(6, 8, batch_first=True)
    def forward(self, x):
        out, h = self.rnn(x)
        return torch.bmm(out, h.squeeze(0).unsqueeze(2))
""", "M()(torch.randn(3, 5, 6))", None),
    # the loss against one target per sample fails on twice the rows
    "rows_to_loss": ("""
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(1, 4, num_layers=2, batch_first=True)
        self.fc = nn.Linear(4, 1)
    def forward(self, x):
        _, (h, _) = self.rnn(x)
        return self.fc(h.reshape(-1, 4))  # here
""", "F.mse_loss(M()(torch.randn(3, 5, 1)), torch.randn(3, 1))", "error"),
    # the same rows against targets whose count the file does not show: a warning
    "rows_to_unknown_targets": ("""
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(1, 4, num_layers=2, batch_first=True)
        self.fc = nn.Linear(4, 1)
    def forward(self, x):
        _, (h, _) = self.rnn(x)
        return self.fc(h.reshape(-1, 4))  # here
def targets():
    import json  # targets read from data: their count is not in the code
    return torch.tensor(json.loads("[[0.5], [0.1], [0.9]]"))
""", "F.mse_loss(M()(torch.randn(3, 5, 1)), targets())", "warning"),
    # an einsum query from a bidirectional state squeezed as one direction's
    "einsum_squeeze": ("""
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(6, 8, batch_first=True, bidirectional=True)
    def forward(self, x):
        out, h = self.rnn(x)
        q = h.squeeze(0)  # here
        return torch.einsum("bth,bh->bt", out, q)
""", "M()(torch.randn(3, 5, 6))", "error"),
    "einsum_fits": ("""
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(6, 8, batch_first=True, bidirectional=True)
    def forward(self, x):
        out, h = self.rnn(x)
        q = torch.cat((h[-2], h[-1]), dim=1)
        return torch.einsum("bth,bh->bt", out, q)
""", "M()(torch.randn(3, 5, 6))", None),
    # a classification loss against one label per sample, the rows one per layer and sample
    "rows_to_cross_entropy": ("""
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(6, 8, num_layers=2, batch_first=True)
        self.fc = nn.Linear(8, 4)
    def forward(self, x):
        _, (h, _) = self.rnn(x)
        return self.fc(h.view(-1, 8))  # here
def loss():
    return F.cross_entropy(M()(torch.randn(3, 5, 6)), torch.zeros(3, dtype=torch.long))
""", "loss()", "error"),
    # a loss module bound to a name, called on the rows
    "rows_to_loss_module": ("""
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(1, 4, num_layers=2, batch_first=True)
        self.fc = nn.Linear(4, 3)
    def forward(self, x):
        _, (h, _) = self.rnn(x)
        return self.fc(h.view(-1, 4))  # here
def train():
    criterion = nn.CrossEntropyLoss()
    return criterion(M()(torch.randn(8, 5, 1)), torch.zeros(8, dtype=torch.long))
""", "train()", "error"),
    # the last layer read right: the same loss is silent
    "last_layer_to_loss_module": ("""
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(1, 4, num_layers=2, batch_first=True)
        self.fc = nn.Linear(4, 3)
    def forward(self, x):
        _, (h, _) = self.rnn(x)
        return self.fc(h[-1])
def train():
    criterion = nn.CrossEntropyLoss()
    return criterion(M()(torch.randn(8, 5, 1)), torch.zeros(8, dtype=torch.long))
""", "train()", None),
    # the rows joined to one row per sample of something else
    "rows_to_cat": ("""
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(6, 8, num_layers=3, batch_first=True)
        self.fc = nn.Linear(8, 4)
    def forward(self, x):
        _, h = self.rnn(x)
        extra = torch.zeros(x.size(0), 2)
        return torch.cat((self.fc(h.view(-1, 8)), extra), dim=1)  # here
""", "M()(torch.randn(3, 5, 6))", "error"),
}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_models(name):
    body, run, severity = MODELS[name]
    source = _HEADER + body + f"\n\ndef probe():\n    return {run}\n"  # the file's site
    findings = [f for f in check_source(source.encode(), f"{name}.py").findings if f.code == "LC007"]
    namespace: dict = {}
    exec(compile(source, name, "exec"), namespace)
    try:
        namespace["probe"]()
        raised = False
    except (RuntimeError, ValueError):
        raised = True
    assert raised == (severity is not None), name  # torch agrees with the expectation
    if severity is None:
        assert not findings, [f.message for f in findings]
        return
    here = next(i for i, line in enumerate(source.splitlines(), 1) if line.endswith("# here"))
    assert [(f.location.line, f.severity) for f in findings] == [(here, severity)], \
        [(f.location.line, f.severity, f.message) for f in findings]
