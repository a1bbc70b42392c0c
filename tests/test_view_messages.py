"""How a view that cannot hold a state is worded: with a -1, the view asks for any multiple of
its other sizes, never a negative count."""

from __future__ import annotations

import pytest
import torch

from lstmcheck.lint.engine import check_source

SOURCE = b"""import torch
import torch.nn as nn

lstm = nn.LSTM(1, 12, num_layers=20)
state = torch.zeros(20, 5, 1)
h0 = state.view(20, 12, -1)
out, _ = lstm(torch.randn(7, 12, 1), (h0, h0))
"""


def test_a_view_with_minus_one_asks_for_a_multiple():
    with pytest.raises(RuntimeError, match="invalid for input of size 100"):
        torch.zeros(20, 5, 1).view(20, 12, -1)
    found = [f for f in check_source(SOURCE, "m.py").findings if f.location.line == 6]
    assert found and found[0].code == "LC009"
    assert "a multiple of 240 elements where there are 100" in found[0].message
    assert "-240" not in found[0].message
