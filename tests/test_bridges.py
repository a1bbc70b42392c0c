"""The ops that bridge states between layers, judged against torch itself: a view's element
count (lint/flow/reshaping.py), rows past a state's first dim (lint/flow/counted.py), a
tensor's rows (lint/flow/rows.py) and a cat of parts of unknown rank (lint/flow/joined.py).
torch on the meta device is the oracle; the realistic models are in
tests/fixtures/flow/bridges_*.py (tests/test_flow_fixtures.py)."""

from __future__ import annotations

import itertools

import libcst as cst
import pytest

from lstmcheck.lint.flow import counted, joined, reshaping, rows
from lstmcheck.lint.flow.values import Tup
from lstmcheck.lint.engine import check_source
from lstmcheck.records import Location, Tensor
from lstmcheck.sizes import Size

torch = pytest.importorskip("torch")

AT = Location(1, 1, 1, 10)
SHAPES = [(3, 32), (1, 3, 32), (2, 3, 16), (4, 5), (6,)]
ASKED = [(2, 3, 32), (3, 32), (1, -1, 32), (2, -1, 32), (-1, 16), (2, -1), (4, 5, 2), (-1,), (5, -1, 3),
         (3, 2, 16)]


def _sizes(shape):
    return tuple(Size.number(n) for n in shape)


def _torch_rejects_view(before, asked) -> bool:
    try:
        torch.empty(before, device="meta").view(asked)
    except RuntimeError:
        return True
    return False


@pytest.mark.parametrize("before, asked", list(itertools.product(SHAPES, ASKED)))
def test_a_view_is_unfit_exactly_when_torch_rejects_it(before, asked):
    found = reshaping.unfit(_sizes(before), "view", list(_sizes(asked)), AT)
    assert (found is not None) == _torch_rejects_view(before, asked)


def test_a_view_of_named_sizes_is_unfit_only_when_the_counts_differ_for_every_value():
    batch, hidden, layers = Size.named("B"), Size.named("H"), Size.named("L")
    one_layer = (batch, hidden)
    assert reshaping.unfit(one_layer, "view", [Size.number(2), batch, hidden], AT) is not None
    assert reshaping.unfit((batch, Size.number(2) * hidden), "view", [Size.number(2), batch, hidden], AT) is None
    # works only while L == 1: no certainty, no finding
    assert reshaping.unfit(one_layer, "view", [layers, batch, hidden], AT) is None
    # with -1, only numbers are judged: (B, H).view(2, -1, H) fits any even B
    assert reshaping.unfit(one_layer, "view", [Size.number(2), Size.number(-1), hidden], AT) is None


def test_a_views_own_sizes_count_as_the_same_unknown():
    """`state.view(2, state.size(0), state.size(1))` of a (?, 16) state."""
    node = cst.parse_expression("state.view(2, state.size(0), state.size(1))")
    found = reshaping.unfit((None, Size.number(16)), "view", [Size.number(2), None, Size.number(16)], AT, node)
    assert found is not None
    assert str(found.asked[1]) == "state.size(0)"
    other = cst.parse_expression("state.view(2, other.size(0), 16)")
    assert reshaping.unfit((None, Size.number(16)), "view", [Size.number(2), None, Size.number(16)], AT,
                           other) is None


@pytest.mark.parametrize("rows_count, index", [(1, 0), (1, 1), (1, -1), (1, -2), (2, 2), (2, -2), (3, 2)])
def test_a_literal_row_is_past_the_end_exactly_when_torch_raises(rows_count, index):
    state = Tensor(_sizes((rows_count, 3, 8)), Size.number(8), "h_n", 1)
    element = cst.parse_expression(f"h[{index}]").slice[0].slice
    found = counted.literal_past(state, [element], AT)
    try:
        torch.empty(rows_count, 3, 8, device="meta")[index]
        raised = False
    except IndexError:
        raised = True
    assert (found is not None) == raised


def test_a_comprehension_over_a_range_finds_the_first_row_past_the_end():
    element = cst.parse_expression("[encoder_hiddens[i] for i in range(n)]")
    state = Tensor(_sizes((1, 3, 8)), Size.number(8), "h_n of the LSTM at line 3", 1)
    found = counted.past_the_end(element.elt, "i", 2, lambda node: state, AT)
    assert found is not None and found.rows.value == 1 and found.count.value == 2
    assert counted.past_the_end(element.elt, "i", 1, lambda node: state, AT) is None


def test_rows_of_a_state_are_its_first_dim():
    state = Tensor(_sizes((2, 3, 8)), Size.number(8), "h_n", 1)
    parts = rows.rows_of(state)
    assert parts is not None and len(parts.items) == 2
    joined_rows = torch.cat([x for x in torch.empty(2, 3, 8, device="meta")], dim=-1)
    assert tuple(d.value for d in parts.items[0].dims) == (3, 8)
    assert joined_rows.shape == (3, 16)
    assert rows.rows_of(Tensor((None, Size.number(3)), Size.number(3), "x", 1)) is None


def test_a_cat_with_parts_of_unknown_rank_has_the_known_parts_rank():
    embedded = Tensor(None, Size.number(16), "the Embedding", 1)
    context = Tensor(_sizes((1, 64)), Size.number(64), ".view(...)", 1)
    result = joined.cat_partly_known(Tup((embedded, context)), Size.number(1), 5)
    assert result is not None
    assert tuple(d.value for d in result.dims) == (1, 80)
    # torch: (1, 16) and (1, 64) joined along dim 1
    assert torch.cat([torch.empty(1, 16, device="meta"), torch.empty(1, 64, device="meta")], 1).shape == (1, 80)
    # ranks that disagree: nothing is claimed
    cube = Tensor(_sizes((1, 1, 64)), Size.number(64), "x", 1)
    assert joined.cat_partly_known(Tup((context, cube)), Size.number(1), 5) is None


def _codes(source: str) -> list[tuple[int, str]]:
    return [(f.location.line, f.code) for f in check_source(source.encode(), "bridge.py").findings]


def test_correct_bridges_stay_silent():
    source = '''
import torch
import torch.nn as nn


class Bridges(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.layers = layers
        self.encoder = nn.GRU(emb, hidden, layers, bidirectional=True)
        self.decoder = nn.GRU(emb, hidden, layers)
        self.single = nn.GRU(emb, hidden)
        self.stack = nn.ModuleList([nn.GRUCell(emb, hidden) for _ in range(layers)])

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        summed = h.view(self.layers, 2, h.size(1), h.size(2)).sum(1)
        out, _ = self.decoder(tgt, summed)
        one, _ = self.single(tgt, h[-1].unsqueeze(0))
        rows = [h[i] for i in range(len(self.stack))]
        step = self.stack[0](tgt[0], rows[0])
        return out, one, step


def run():
    Bridges(8, 16, 2)(torch.randn(5, 3, 8), torch.randn(4, 3, 8))
'''
    assert _codes(source) == []


def test_a_bridge_that_takes_more_rows_than_the_state_has_is_reported_where_the_count_is_passed():
    """The decoder's layer count comes from the site that builds the model: the finding is
    there, the comprehension torch raises in is its note."""
    source = '''
import torch
import torch.nn as nn


class Bridges(nn.Module):
    def __init__(self, emb, hidden, enc_layers, dec_layers):
        super().__init__()
        self.encoder = nn.GRU(emb, hidden, enc_layers)
        self.stack = nn.ModuleList([nn.GRUCell(emb, hidden) for _ in range(dec_layers)])

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        rows = [h[i] for i in range(len(self.stack))]
        return self.stack[0](tgt[0], rows[0])


def run():
    Bridges(8, 16, 1, 2)(torch.randn(5, 3, 8), torch.randn(4, 3, 8))
'''
    findings = check_source(source.encode(), "bridge.py").findings
    assert [(f.location.line, f.code) for f in findings] == [(19, "LC009")]
    assert [r.location.line for r in findings[0].related][0] == 14
    assert _codes(source.replace("Bridges(8, 16, 1, 2)", "Bridges(8, 16, 2, 2)")) == []
