"""A flag in arithmetic counts as Python counts it, 0 or 1: `layers * (1 + self.bidirectional)`
is 2*layers or layers in each configuration, never a symbol that makes a false LC009 (review5's
sb28). torch decides both the correct and the wrong form."""

from __future__ import annotations

import pytest
import torch

from lstmcheck.lint.engine import check_source

TEMPLATE = """
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hid, layers, bidirectional):
        super().__init__()
        self.hid, self.layers, self.bidirectional = hid, layers, bidirectional
        self.gru = nn.GRU(n_in, hid, layers, bidirectional=bidirectional)

    def forward(self, x):
        h0 = torch.zeros(self.layers * ROWS, x.size(1), self.hid)
        return self.gru(x, h0)


def run():
    Encoder(3, 4, 2, True)(torch.randn(5, 2, 3))
    Encoder(3, 4, 2, False)(torch.randn(5, 2, 3))
"""


def _torch_raises(source: str) -> bool:
    space: dict = {}
    exec(compile(source, "<flags>", "exec"), space)
    try:
        space["run"]()
    except RuntimeError:
        return True
    return False


@pytest.mark.parametrize("rows", ["(1 + self.bidirectional)", "(self.bidirectional + 1)",
                                  "(2 if self.bidirectional else 1)"])
def test_a_flag_counted_right_is_silent(rows):
    source = TEMPLATE.replace("ROWS", rows)
    assert not _torch_raises(source)
    assert not [f for f in check_source(source.encode(), "m.py").findings if f.code == "LC009"]


def test_a_flag_counted_wrong_is_found_in_each_configuration():
    source = TEMPLATE.replace("ROWS", "(2 - self.bidirectional)")  # 2 rows a layer one-way, 1 two-way
    assert _torch_raises(source)
    found = sorted(f.message for f in check_source(source.encode(), "m.py").findings
                   if f.code == "LC009" and f.severity == "error")
    assert len(found) == 2
    assert found[0].startswith("when bidirectional=False, h_0 is (4, 2, 4)")
    assert found[1].startswith("when bidirectional=True, h_0 is (2, 2, 4)")
    for bidirectional in (False, True):  # torch: each configuration raises on its own
        layer = torch.nn.GRU(3, 4, 2, bidirectional=bidirectional)
        with pytest.raises(RuntimeError):
            layer(torch.randn(5, 2, 3), torch.zeros(2 * (2 - bidirectional), 2, 4))
