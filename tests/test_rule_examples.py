"""Every rule carries its own examples: each invalid one must be flagged by that rule, and
each valid one must draw no finding at all, from any rule."""

from __future__ import annotations

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.lint.rules import BY_CODE, RULES
from lstmcheck.records import Settings


def settings_for(code: str) -> Settings:
    """Rules that only `check --verify` reports are run with it."""
    return Settings(verify=BY_CODE[code].verify_only, report_unused_noqa=code == "LC100")

CASES_INVALID = [(r.code, snippet) for r in RULES for snippet in r.invalid]
CASES_VALID = [(r.code, snippet) for r in RULES for snippet in r.valid]


@pytest.mark.parametrize(("code", "snippet"), CASES_INVALID)
def test_invalid_example_is_flagged(code: str, snippet: str) -> None:
    result = check_source(snippet.encode(), "example.py", settings_for(code))
    codes = [f.code for f in result.findings]
    assert code in codes, f"{code} missed:\n{snippet}\nfound: {result.findings}"


@pytest.mark.parametrize(("code", "snippet"), CASES_VALID)
def test_valid_example_is_silent(code: str, snippet: str) -> None:
    result = check_source(snippet.encode(), "example.py", settings_for(code))
    assert result.findings == (), f"false finding on valid code:\n{snippet}\n{result.findings}"


def test_every_rule_has_examples_and_docs() -> None:
    for rule in RULES:
        assert rule.valid and rule.invalid, rule.code
        assert rule.summary and rule.explanation and rule.wrong and rule.right, rule.code


def test_codes_and_names_are_the_public_contract() -> None:
    assert [(r.code, r.name) for r in RULES] == [
        ("LC000", "parse-error"),
        ("LC001", "missing-hidden-size"),
        ("LC002", "unknown-argument"),
        ("LC003", "swapped-sizes"),
        ("LC004", "too-many-arguments"),
        ("LC005", "invalid-value"),
        ("LC006", "ineffective-dropout"),
        ("LC007", "bidirectional-head-mismatch"),
        ("LC008", "input-size-mismatch"),
        ("LC009", "initial-state-mismatch"),
        ("LC010", "torch-rejects"),
        ("LC011", "recurrent-result-form"),
        ("LC100", "unused-noqa"),
    ]


def test_rules_examples_wrong_is_flagged_and_right_is_silent() -> None:
    """The examples `lstmcheck rule CODE` prints must say what the linter does."""
    for rule in RULES:
        prefix = "import torch\nimport torch.nn as nn\n"
        wrong = check_source((prefix + rule.wrong).encode(), "wrong.py", settings_for(rule.code))
        right = check_source((prefix + rule.right).encode(), "right.py", settings_for(rule.code))
        assert rule.code in {f.code for f in wrong.findings}, rule.code
        assert right.findings == (), (rule.code, right.findings)
