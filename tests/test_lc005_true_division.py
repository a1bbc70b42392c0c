"""A size written as `hidden / 2` is a float whatever `hidden` holds: an error, not a warning
that assumes the default, whether the name is a parameter with a default, one a call passes,
or one the linter knows nothing of (a new user saw three severities for one mistake)."""

from __future__ import annotations


import pytest
import torch.nn as nn

from lstmcheck.lint.engine import check_source

HEADER = "import torch.nn as nn\n\n\nclass M(nn.Module):\n"
CASES = {
    "default": "    def __init__(self, hidden=64):\n",
    "no value": "    def __init__(self, hidden):\n",
    "passed": "    def __init__(self, hidden=64):\n",
}
BODY = ("        super().__init__()\n"
        "        self.rnn = nn.LSTM(10, hidden / 2, bidirectional=True)\n")


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_true_division_is_an_error_with_the_floor_division_fix(case):
    source = HEADER + CASES[case] + BODY + ("\n\nm = M(hidden=128)\n" if case == "passed" else "")
    findings = [f for f in check_source(source.encode(), "m.py").findings if f.code == "LC005"]
    assert len(findings) == 1, findings
    (finding,) = findings
    with pytest.raises(TypeError) as raised:
        nn.LSTM(10, 64 / 2, bidirectional=True)
    assert finding.severity == "error"
    assert str(raised.value) in finding.message
    assert "assumes" not in finding.message and "//" in finding.message
    assert finding.fix is not None and any("//" in e.text for e in finding.fix.edits)


def test_floor_division_and_int_of_a_division_are_silent():
    for size in ("hidden // 2", "int(hidden / 2)"):
        source = HEADER + CASES["default"] + BODY.replace("hidden / 2", size)
        assert not [f for f in check_source(source.encode(), "m.py").findings if f.code == "LC005"]
        nn.LSTM(10, eval(size, {"hidden": 64}), bidirectional=True)  # torch builds it
