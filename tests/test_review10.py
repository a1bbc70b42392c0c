"""Round 10's review corpus: the code each of the round's families must leave alone, and bugs of
the same families written in other structures than tests/realbugs.

tests/correct10/ holds correct files that look like the families' bugs (states sized from the
input in models that also keep a batch size, dropout guarded by the layer count, heads sized for
both directions, inputs whose width is summed right, ...); tests/buggy10/ holds one-bug files,
each marking its line to fix with `# expect: LCxxx`. torch is the oracle: every correct file's
`probe()` runs without an exception or a warning, every buggy file's fails inside torch (or
torch warns about its dropout). The linter must never raise an error on a correct file, and
reports the marked rule at the marked line of a buggy one. What the linter does not do yet is
listed below as a strict expected failure, so that a change that fixes one says so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source
from tests.marked_cases import (
    assert_linter_agrees,
    expected_mark,
    probe_fails,
    probe_outcome,
    with_known_gap,
)

HERE = Path(__file__).parent
CORRECT = sorted((HERE / "correct10").glob("ok_*.py"))
BUGGY = sorted((HERE / "buggy10").glob("bug_*.py"))

# What torch raises on a buggy file: a GRU handed a pair fails on `tuple.dim`, an LSTM handed
# one tensor indexes it as the pair.
TORCH_FAILURES = (RuntimeError, ValueError, TypeError, AttributeError, IndexError)

# torch says this once per process when numpy is missing; it is about the machine, not the case.
# Correct files on which the linter warns, though the assumption the warning names is false in
# the file itself. Each is a precision debt; remove the entry when the warning goes.
UNTRUE_WARNINGS = {
    "ok_batch_dataset_divisible": "64 rows written in the file, read 16 at a time: no short batch",
    "ok_batch_eval_same_batch_size": "40 and 20 rows read 10 at a time: no short batch",
    "ok_batch_last_batch_padded": "the last batch is padded up to BATCH before the model",
}

# Buggy files the linter does not report at the marked line yet.
NOT_REPORTED_AT_MARK = {
    "bug_batch_function_default_batch": "a helper's default batch argument is not followed",
    "bug_dropout_partial_factory": "functools.partial keywords are not bound to the layer",
    "bug_heads_bidir_head_hidden": "reported inside the helper, not where the width is chosen",
    "bug_heads_loop_layers_head_first_width": "the width after a loop over layers is not kept",
    "bug_heads_optional_part_missing": "a cat of two encoders' last steps into a head is missed",
    "bug_heads_residual_bidir": "reported at the sum, not at the LSTM whose width is doubled",
    "bug_inputs_conv_channels_not_permuted": "read as LC003 (a sequence length as input_size)",
    "bug_inputs_feature_list_longer": "a width read from a list of columns is not followed",
    "bug_inputs_literal_samples_width": "a width read from a literal dataset is not followed",
    "bug_inputs_one_hot_vocab_plus_one": "one_hot(num_classes=len(...)) gives no width",
    "bug_states_gru_given_pair_from_factory": "reported at the call, not where the pair is made",
    "bug_states_layers_attribute_mismatch": "blames the builder (pass n_layers=2), not the 2 kept apart",
    "bug_states_squeeze_drops_batch_of_one": "squeeze() of a batch of one is not followed",
}






def test_the_corpora_are_as_large_as_the_brief_asks() -> None:
    assert len(CORRECT) >= 80 and len(BUGGY) >= 30
    assert all(expected_mark(p.read_text()) is None for p in CORRECT)
    assert all(expected_mark(p.read_text()) is not None for p in BUGGY)
    assert set(UNTRUE_WARNINGS) <= {p.stem for p in CORRECT}
    assert set(NOT_REPORTED_AT_MARK) <= {p.stem for p in BUGGY}


@pytest.mark.parametrize("path", CORRECT, ids=lambda p: p.stem)
def test_torch_runs_the_correct_file_cleanly(path: Path) -> None:
    pytest.importorskip("torch")
    assert probe_outcome(path.read_text(), f"correct10_{path.stem}") == ("runs", [])


@pytest.mark.parametrize("path", BUGGY, ids=lambda p: p.stem)
def test_torch_fails_on_the_buggy_file(path: Path) -> None:
    pytest.importorskip("torch")
    assert probe_fails(path.read_text(), f"buggy10_{path.stem}", errors=TORCH_FAILURES)


@pytest.mark.parametrize("path", CORRECT, ids=lambda p: p.stem)
def test_no_error_on_correct_code(path: Path) -> None:
    errors = [(f.code, f.location.line, f.message)
              for f in check_source(path.read_bytes(), path.name).findings if f.severity == "error"]
    assert errors == []


@pytest.mark.parametrize("path", [with_known_gap(p, UNTRUE_WARNINGS) for p in CORRECT])
def test_nothing_at_all_on_correct_code(path: Path) -> None:
    assert_linter_agrees(path.stem, path.read_text())


@pytest.mark.parametrize("path", [with_known_gap(p, NOT_REPORTED_AT_MARK) for p in BUGGY])
def test_bug_is_reported_at_its_mark(path: Path) -> None:
    assert_linter_agrees(path.stem, path.read_text())
