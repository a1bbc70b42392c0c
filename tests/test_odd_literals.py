"""Literals Python itself balks at (issue 15): a NUL character in a string, integers past the
4300-digit conversion limit. The linter treats them as unknown, never raises, and
--show-shapes does not list a layer per layer of a huge num_layers."""

from __future__ import annotations

from lstmcheck.lint.engine import check_source
from lstmcheck.records import Settings

HUGE = "9" * 5000


def _check(source: str, **settings):
    return check_source(source.encode(), "model.py", Settings(**settings))


def test_a_nul_character_in_a_string_is_an_unknown_value():
    # written as an escape, as Python allows it: the value is judged, nothing raises
    result = _check('import torch.nn as nn\nrnn = nn.RNN(10, 20, nonlinearity="re\\x00lu")\n')
    assert result.parsed
    assert [f.code for f in result.findings] == ["LC005"]  # torch: Unknown nonlinearity
    # a raw NUL byte in the source is a file Python itself refuses: LC000, not a traceback
    raw = _check('import torch.nn as nn\nrnn = nn.RNN(10, 20, nonlinearity="re\0lu")\n')
    assert [f.code for f in raw.findings] == ["LC000"]


def test_integers_beyond_the_conversion_limit_through_a_name_do_not_raise():
    source = f"import torch.nn as nn\nN = {HUGE}\nM = 0x{'f' * 5000}\nrnn = nn.LSTM(N, M)\n"
    result = _check(source, show_shapes=True)
    assert result.parsed
    assert not [f for f in result.findings if f.code == "LC000"]


def test_show_shapes_on_a_huge_num_layers_lists_no_entry_per_layer():
    result = _check("import torch.nn as nn\nrnn = nn.LSTM(10, 20, 100000000000000000000)\n",
                    show_shapes=True)
    (layer,) = result.layers
    # torch cannot build 10**20 layers (LC005): no shapes, and certainly no entry per layer
    assert layer.shapes == () and "cannot build" in (layer.note or "")
    assert [f.code for f in result.findings] == ["LC005"]
