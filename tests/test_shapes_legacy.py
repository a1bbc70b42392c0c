"""torch's legacy constructors (flow/legacy.py): `torch.Tensor(8)`, `torch.FloatTensor(B, H)`
make a tensor of those sizes, while a list, a tuple or a tensor passed is copied as data. torch
is the oracle for both, and for an attention gate `Parameter(torch.Tensor(H))` that meets a
bidirectional output (PLELog's AttGRUModel)."""

from __future__ import annotations

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from lstmcheck.api import check_source
from lstmcheck.lint.flow.legacy import LEGACY_CONSTRUCTORS, legacy_dims
from lstmcheck.sizes import Size
from tests.torch_oracle import run_case

_CPU = sorted(LEGACY_CONSTRUCTORS)


@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(_CPU), sizes=st.lists(st.integers(0, 6), min_size=1, max_size=4))
def test_sizes_as_torch_makes_them(name, sizes):
    made = getattr(torch, name)(*sizes)
    dims = legacy_dims(f"torch.{name}", [Size.number(n) for n in sizes], {})
    assert dims is not None and tuple(d.value for d in dims) == tuple(made.shape)


@pytest.mark.parametrize("data", [(3, 4), [3, 4, 5], [[1, 2], [3, 4]]])
def test_data_is_not_sizes(data):
    """A tuple or list is copied: its shape is not the sizes (the walk passes it as a Tup)."""
    from lstmcheck.lint.flow.values import Tup
    value = Tup(tuple(Size.number(n) for n in data)) if not isinstance(data[0], list) else None
    assert legacy_dims("torch.Tensor", [value], {}) is None
    assert tuple(torch.Tensor(data).shape) != tuple(data) or len(data) == 1


def test_one_named_size_may_be_data():
    assert legacy_dims("torch.Tensor", [Size.named("weights")], {}) is None
    assert legacy_dims("torch.Tensor", [Size.named("b"), Size.number(3)], {}) is not None


GATE = '''import torch
import torch.nn as nn
from torch.nn import Parameter


class AttGRU(nn.Module):
    def __init__(self, vocab_size, word_dims, hiddens, bidirectional):
        super().__init__()
        self.word_embed = nn.Embedding(vocab_size, word_dims)
        self.rnn = nn.GRU(word_dims, hiddens, batch_first=True, bidirectional=bidirectional)
        self.sent_dim = SENT
        self.atten_guide = Parameter(CTOR(self.sent_dim))
        self.atten_guide.data.normal_(0, 1)
        self.atten = nn.Linear(word_dims, self.sent_dim)

    def forward(self, words):
        embed = self.word_embed(words)
        hiddens, _ = self.rnn(embed)
        probs = torch.sigmoid(self.atten(embed) * self.atten_guide)
        return (hiddens * probs).sum(dim=1)


def run():
    AttGRU(40, 12, 8, BIDIRECTIONAL)(torch.randint(1, 40, (4, 10)))
'''


@pytest.mark.parametrize("ctor", ["torch.Tensor", "torch.FloatTensor"])
@pytest.mark.parametrize("sent", ["hiddens", "2 * hiddens"])
@pytest.mark.parametrize("bidirectional", [True, False])
def test_gate_made_by_a_legacy_constructor(ctor, sent, bidirectional):
    source = GATE.replace("CTOR", ctor).replace("SENT", sent).replace("BIDIRECTIONAL", str(bidirectional))
    raised, _, _ = run_case(source)
    errors = [f for f in check_source(source, "gate.py") if f.code == "LC007" and f.severity == "error"]
    assert bool(errors) == (raised is not None), (raised, [f.message for f in errors])
