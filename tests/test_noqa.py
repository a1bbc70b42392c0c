"""`# noqa` where users write it, file-level codes, per-file ignores, and LC100 (unused
directives, opt-in) whose fix leaves code that still parses and is still quiet."""

from __future__ import annotations

import ast

from lstmcheck.lint.engine import check_source
from lstmcheck.lint.noqa import suppressors
from lstmcheck.records import Finding, Location, Related, Settings

HEAD = "import torch.nn as nn\n"
UNUSED = Settings(report_unused_noqa=True)


def findings(source: str, settings: Settings = Settings(), name: str = "m.py") -> list[Finding]:
    return list(check_source(source.encode(), name, settings).findings)


def codes(source: str, settings: Settings = Settings(), name: str = "m.py") -> list[str]:
    return [f.code for f in findings(source, settings, name)]


def apply(source: str, finding: Finding) -> str:
    """Apply a finding's edits (one line each, 1-based columns, end exclusive)."""
    lines = source.splitlines(keepends=True)
    for edit in finding.fix.edits:
        loc = edit.location
        line = lines[loc.line - 1]
        lines[loc.line - 1] = line[: loc.column - 1] + edit.text + line[loc.end_column - 1:]
    return "".join(lines)


def test_noqa_on_any_line_of_the_call_suppresses() -> None:
    call = HEAD + "lstm = nn.LSTM(\n    10,\n    dropout=0.5,\n)\n"
    assert codes(call) == ["LC001", "LC006"]
    lines = call.splitlines()
    for index in (1, 2, 3, 4):
        marked = lines.copy()
        marked[index] += "  # noqa: LC001, LC006"
        assert codes("\n".join(marked) + "\n") == [], index


def test_noqa_on_the_line_where_tensors_meet_suppresses() -> None:
    meet = Related("m.py", Location(9, 5, 9, 20), "tensors meet here: out is (N, L, 40)")
    other = Related("m.py", Location(7, 5, 7, 20), "the layer is built here")
    finding = Finding("LC008", "input-size-mismatch", "error", "m.py", Location(3, 1, 3, 9),
                      "msg", related=(meet, other))
    assert set(suppressors(finding)) == {3, 9}


def test_file_level_noqa_with_codes_exempts_those_codes_only() -> None:
    source = "# lstmcheck: noqa: LC006\n" + HEAD + "a = nn.LSTM(10, dropout=0.5)\n"
    assert codes(source) == ["LC001"]
    assert codes("# lstmcheck: noqa\n" + HEAD + "a = nn.LSTM(10)\n") == []


def test_per_file_ignores() -> None:
    source = HEAD + "a = nn.LSTM(10, dropout=0.5)\n"
    ignores = Settings(per_file_ignores=(("tests/*.py", ("LC006",)), ("*.ipynb", ("LC0",))))
    assert codes(source, ignores, "tests/test_m.py") == ["LC001"]
    assert codes(source, ignores, "src/m.py") == ["LC001", "LC006"]


def test_unused_noqa_is_reported_only_when_asked() -> None:
    source = HEAD + "a = nn.LSTM(10, 20)  # noqa: LC001\n"
    assert codes(source) == []
    (finding,) = findings(source, UNUSED)
    assert finding.code == "LC100" and finding.severity == "warning"
    assert finding.message.startswith("unused noqa directive: LC001 suppresses nothing")
    assert (finding.location.line, finding.location.column) == (2, 22)
    assert finding.fix.safe
    fixed = apply(source, finding)
    assert fixed == HEAD + "a = nn.LSTM(10, 20)\n"
    assert codes(fixed, UNUSED) == []
    selected = Settings(select=("LC0", "LC100"))  # selecting it by name also asks for it
    assert codes(source, selected) == ["LC100"]


def test_unused_noqa_keeps_other_tools_codes_and_the_used_ones() -> None:
    source = HEAD + "a = nn.LSTM(10)  # noqa: E501, LC001, LC006\n"
    (finding,) = findings(source, UNUSED)
    assert "LC006 suppresses nothing" in finding.message
    fixed = apply(source, finding)
    assert fixed.endswith("a = nn.LSTM(10)  # noqa: E501, LC001\n")
    ast.parse(fixed)
    assert codes(fixed, UNUSED) == []


def test_bare_and_foreign_noqa_are_not_judged() -> None:
    for comment in ("# noqa", "# noqa: E501", "# NOQA:F401"):
        assert codes(HEAD + f"a = nn.LSTM(10, 20)  {comment}\n", UNUSED) == [], comment


def test_codes_not_in_force_are_not_judged() -> None:
    source = HEAD + "a = nn.LSTM(10, 20)  # noqa: LC006, LC010\n"
    assert codes(source, Settings(report_unused_noqa=True, ignore=("LC006",))) == []
    assert codes(source, Settings(report_unused_noqa=True, ignore=("LC100",))) == []


def test_a_directive_followed_by_words_gets_a_fix_without_edits() -> None:
    source = HEAD + "a = nn.LSTM(10, 20)  # noqa: LC001 old workaround\n"
    (finding,) = findings(source, UNUSED)
    assert finding.code == "LC100" and finding.fix.edits == ()


def test_unknown_lstmcheck_codes_are_named() -> None:
    (finding,) = findings(HEAD + "a = nn.LSTM(10, 20)  # noqa: LC999\n", UNUSED)
    assert "LC999 is not an lstmcheck rule" in finding.message
