"""A finding about one call says which configuration of its class the call is made in, and is
only a warning when no site in the file builds that configuration (as feed findings do)."""

from __future__ import annotations

from dataclasses import replace

from lstmcheck.lint.extract import extract
from lstmcheck.lint.rules import BY_CODE

SOURCE = "from torch import nn\nlayer = nn.LSTM(10, 20, dropout=2.0)\n"


def _findings(**fields):
    facts = extract(SOURCE, "m.py")
    (record,) = facts.calls
    record = replace(record, **fields)
    return list(BY_CODE["LC005"].check(record, facts))


def test_a_call_in_every_configuration_is_reported_as_before() -> None:
    (finding,) = _findings()
    assert finding.severity == "error" and not finding.message.startswith("when ")


def test_a_call_in_a_built_configuration_names_it_and_stays_an_error() -> None:
    (finding,) = _findings(when="when bidirectional=False")
    assert finding.severity == "error"
    assert finding.message.startswith("when bidirectional=False, ")


def test_a_call_in_a_configuration_no_site_builds_is_a_warning_that_says_so() -> None:
    (finding,) = _findings(when="when bidirectional=True", hypothetical=True)
    assert finding.severity == "warning"
    assert finding.message.startswith("when bidirectional=True, ")
    assert finding.message.endswith("(no call in this file builds that configuration)")


def test_verify_runs_the_configuration_the_finding_is_about() -> None:
    """Both configurations meet the layer at the same call; the one that fails is not the
    last feed there. --verify must run that one (it used to run the other and refute)."""
    from lstmcheck.lint.engine import check_source
    from lstmcheck.records import Settings

    source = (
        "import torch\nfrom torch import nn\n"
        "class Encoder(nn.Module):\n"
        "    def __init__(self, size, hidden, bidirectional=True):\n"
        "        super().__init__()\n"
        "        self.hidden = hidden\n"
        "        self.lstm = nn.LSTM(size, hidden, bidirectional=bidirectional)\n"
        "    def forward(self, x):\n"
        "        h = torch.zeros(2, x.size(1), self.hidden)\n"
        "        return self.lstm(x, (h, h))\n"
        "Encoder(6, 8, bidirectional=False)(torch.randn(5, 3, 6))\n"
        "Encoder(6, 8)(torch.randn(5, 3, 6))\n")
    (finding,) = [f for f in check_source(source.encode(), "m.py", Settings(verify=True)).findings
                  if f.code == "LC009"]
    assert finding.message.startswith("when bidirectional=False, ")
    assert finding.verify is not None and finding.verify.status == "confirmed", finding.verify
