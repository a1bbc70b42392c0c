"""A layer built under an `if` that a configuration decides against is not judged in that
configuration (espnet's `if elayers > 0: self.blstm = nn.LSTM(..., elayers)` built with
elayers=0 got a false "num_layers must be greater than zero"). torch is the oracle: it raises
exactly where the linter reports an error."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from tests.torch_oracle import run_case

ENCODER = '''import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, idim, elayers=1, eunits=8, use_rnn=True):
        super().__init__()
        if use_rnn and elayers > 0:
            self.blstm = nn.LSTM(idim, eunits, elayers, batch_first=True)
        elif not use_rnn:
            self.blstm = None
        else:
            self.blstm = nn.GRU(idim, eunits, elayers)

    def forward(self, x):
        if self.blstm is not None:
            x, _ = self.blstm(x)
        return x


def run():
    Encoder(SITE)(torch.randn(2, 3, 10))
'''


@pytest.mark.parametrize("site,raises", [
    ("10, elayers=0, use_rnn=False", False),   # no layer built
    ("10, elayers=2", False),
    ("10, 0, 8, False", False),
    ("10, elayers=-1, use_rnn=False", False),
    ("10, elayers=0", True),                     # the `else`: nn.GRU(10, 8, 0)
])
def test_a_layer_the_configuration_does_not_build_is_not_judged(site, raises):
    source = ENCODER.replace("SITE", site)
    assert (run_case(source)[0] is not None) == raises
    errors = [f for f in check_source(source, "encoder.py") if f.severity == "error"]
    assert [f.code for f in errors] == (["LC005"] if raises else [])
    if raises:
        # fixsite11: a rejected value written once at the site is reported where it is written
        assert source.splitlines()[errors[0].location.line - 1].strip().startswith("Encoder(10, elayers=0)")
