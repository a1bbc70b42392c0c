"""Running --fix twice gives the same file as running it once, over every fixture and over
generated mutants of constructor calls (misspelled keywords, floats in the wrong slot, true
divisions, ineffective dropouts, in one-line and one-argument-per-line layouts); and a fix
never makes the code unparsable or adds findings of any code. After --fix, torch accepts
what was fixed in the fixtures: each fixed call, built on the meta device, no longer does
what its finding predicted."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import libcst
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstmcheck.fixes.loop import fix_text
from lstmcheck.lint.confirm import matches
from lstmcheck.lint.engine import check_source
from lstmcheck.lint.extract import extract
from lstmcheck.lint.rebuild import rebuild
from lstmcheck.records import Finding
from lstmcheck.verify import build

ROOT = Path(__file__).parent.parent
FIXTURES = sorted([*(ROOT / "tests" / "fixtures").glob("*/*.py"), *(ROOT / "examples").glob("*.py")])


def codes(text: str) -> Counter[str]:
    return Counter(f.code for f in check_source(text.encode(), "m.py").findings)


def assert_fix_is_stable(text: str, unsafe: bool) -> str:
    once = fix_text(text, "m.py", unsafe=unsafe).text
    if once == text:
        return once  # nothing to fix: a second run reads the same text
    assert fix_text(once, "m.py", unsafe=unsafe).text == once
    libcst.parse_module(once)
    assert not codes(once) - codes(text), "a fix added a finding"
    return once


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
@pytest.mark.parametrize("unsafe", [False, True], ids=["safe", "unsafe"])
def test_fixing_a_fixture_twice_is_fixing_it_once(path: Path, unsafe: bool) -> None:
    assert_fix_is_stable(path.read_text(), unsafe)


# --- generated mutants -------------------------------------------------------------------

CONSTRUCTORS = ("LSTM", "GRU", "RNN", "LSTMCell", "GRUCell", "RNNCell")
VALUES = ("10", "20", "2", "1", "0", "-3", "0.5", "0.0", "1.5", "20.0", "True", "False", "'relu'",
          "hidden", "features", "hidden / 2", "features / 4 + 1", "hidden * 3 / 4", "hidden // 2",
          "None")
KEYWORDS = ("hidden", "hidden_size", "input_size", "input_dim", "hidden_dim", "n_layers",
            "num_layers", "nlayers", "batchfirst", "batch_first", "dropout", "drop_out", "bias",
            "bidirectional", "bidirection", "nonlinearity", "proj_size", "units", "p", "hiden_size")

argument_lists = st.tuples(
    st.lists(st.sampled_from(VALUES), max_size=6),
    st.lists(st.tuples(st.sampled_from(KEYWORDS), st.sampled_from(VALUES)), max_size=4,
             unique_by=lambda kv: kv[0]),
)


@st.composite
def calls(draw) -> str:
    constructor = draw(st.sampled_from(CONSTRUCTORS))
    positional, keywords = draw(argument_lists)
    arguments = positional + [f"{k}={v}" for k, v in keywords]
    if draw(st.booleans()):  # one line
        return f"nn.{constructor}({', '.join(arguments)})"
    comments = draw(st.lists(st.booleans(), min_size=len(arguments), max_size=len(arguments)))
    lines = [f"            {a},{'  # why' if c else ''}\n" for a, c in zip(arguments, comments)]
    return f"nn.{constructor}(\n{''.join(lines)}        )"


@st.composite
def modules(draw) -> str:
    body = "".join(f"        self.layer{i} = {call}\n"
                   for i, call in enumerate(draw(st.lists(calls(), min_size=1, max_size=3))))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = ("import torch.nn as nn\n\n\nclass Model(nn.Module):\n"
            "    def __init__(self, hidden, features=32):\n"
            "        super().__init__()\n" + body)
    return text.replace("\n", newline)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(modules(), st.booleans())
def test_fixing_a_mutant_twice_is_fixing_it_once(text: str, unsafe: bool) -> None:
    fixed = assert_fix_is_stable(text, unsafe)
    assert ("\r\n" in text) == ("\r\n" in fixed)


# --- torch accepts what was fixed ----------------------------------------------------------

def _refixed(path: Path) -> list[tuple[Finding, object]]:
    """Each fixed finding of a fixture with the record of its call in the fixed text (fixes
    add or remove no call, so the calls keep their order)."""
    text = path.read_text()
    result = fix_text(text, str(path), unsafe=True)
    if not result.fixed:
        return []
    before = [r.location for r in extract(text, str(path)).calls]
    after = extract(result.text, str(path)).calls
    assert len(before) == len(after)
    return [(f, after[before.index(f.call)]) for f in result.fixed if f.call in before]


# The call rules' fixes, judged by building the call; the flow rules' fixes (LC003, LC007-LC009)
# are judged by forward passes in test_fixes_fit_torch.py.
CALL_RULES = {"LC001", "LC002", "LC004", "LC005", "LC006"}
REFIXED = [(path, finding, record) for path in FIXTURES for finding, record in _refixed(path)
           if finding.code in CALL_RULES]
# `nn.LSTM(**cfg, batch_first=True)` cannot be built: torch judges only literal calls
FIXED_CALLS = [case for case in REFIXED if rebuild(case[2], "all").complete]


def test_the_fixtures_exercise_every_fixing_rule() -> None:
    assert {f.code for _, f, _ in FIXED_CALLS} >= {"LC002", "LC004", "LC005", "LC006"}
    assert len(FIXED_CALLS) >= 30 and len(REFIXED) - len(FIXED_CALLS) <= 2


@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize(("path", "finding", "record"), FIXED_CALLS,
                         ids=[f"{p.name}:{f.location.line}:{f.code}" for p, f, _ in FIXED_CALLS])
def test_torch_accepts_what_was_fixed(path: Path, finding: Finding, record) -> None:
    outcome = finding.outcome
    assert outcome is not None
    rebuilt = rebuild(record, "all")
    attempt = build(rebuilt.constructor, rebuilt.args, rebuilt.kwargs)
    assert not matches(outcome, attempt.exception, attempt.message), (record.text, attempt)
    if outcome.kind == "warns":
        assert not any(w.startswith(outcome.message or "") for w in attempt.warnings)
    # torch objected to the call as it was (first to whichever error it meets first)
    before = rebuild(next(r for r in extract(path.read_text(), str(path)).calls
                          if r.location == finding.call), "all")
    said = build(before.constructor, before.args, before.kwargs)
    assert said.exception is not None or said.warnings


FIXED_FIXTURES = [path for path in FIXTURES if any(p == path for p, _, _ in REFIXED)]


@pytest.mark.parametrize("path", FIXED_FIXTURES, ids=lambda p: p.name)
def test_verify_after_fix_refutes_nothing(path: Path) -> None:
    """`check --verify` on the fixed file: torch confirms or cannot judge every finding that
    remains, and reports nothing the rules missed (LC010) in what the fixes wrote."""
    from lstmcheck.records import Settings

    fixed = fix_text(path.read_text(), str(path), unsafe=True)
    result = check_source(fixed.text.encode(), str(path), Settings(verify=True))
    refuted = [f for f in result.findings if f.verify and f.verify.status == "refuted"]
    assert not refuted, refuted
    written = {record.location.line for _, record in _refixed(path)}
    assert not [f for f in result.findings if f.code == "LC010" and f.location.line in written]
