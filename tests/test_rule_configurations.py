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
