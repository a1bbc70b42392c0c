"""`lstmcheck explain WORD`: the documentation's words (h_n, batch_first, proj_size, ...) as a
learner asks about them. torch is the oracle: each entry's example runs and its stated shapes
must be what torch gives."""

from __future__ import annotations

import warnings

import pytest
import torch
from torch import nn
from typer.testing import CliRunner

from lstmcheck.cli import app
from lstmcheck.glossary import TERMS, close_words, lookup

runner = CliRunner()


@pytest.mark.parametrize("term", TERMS, ids=lambda term: term.word)
def test_each_example_has_the_shapes_it_states(term):
    names: dict = {"nn": nn, "torch": torch}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        exec(term.example, names)  # our own example text, not user code
    # an example that makes torch warn teaches the wrong thing (oneDNN's note on proj_size is
    # about this CPU build, not the code)
    assert not [w for w in caught if "oneDNN" not in str(w.message)], term.word
    for name, shape in term.shapes:
        assert tuple(names[name].shape) == shape, (term.word, name)


@pytest.mark.parametrize("spelling", sorted({s for t in TERMS for s in (t.word, *t.aliases)}))
def test_every_spelling_reaches_its_entry_from_the_command_line(spelling):
    result = runner.invoke(app, ["explain", spelling])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == lookup(spelling).word
    assert "example:" in result.stdout


def test_a_misspelled_word_gets_the_nearest_and_exit_2():
    result = runner.invoke(app, ["explain", "bidirectonal"])
    assert result.exit_code == 2
    assert "did you mean 'bidirectional'?" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert close_words("batchfirst") == ["batch_first"]


def test_an_unknown_word_lists_the_words_known():
    result = runner.invoke(app, ["explain", "banana"])
    assert result.exit_code == 2
    assert "did you mean" not in result.stderr
    assert "h_n" in result.stderr and "proj_size" in result.stderr
    assert "Traceback" not in result.output


def test_spellings_in_any_case_and_with_spaces():
    assert lookup("Batch First").word == "batch_first"
    assert lookup("HN").word == "h_n"
    assert lookup("c0").word == "h_0"


def test_a_rule_name_explains_the_rule():
    result = runner.invoke(app, ["explain", "swapped-sizes"])
    assert result.exit_code == 0
    assert result.stdout.startswith("LC003 swapped-sizes")


def test_a_class_named_alone_still_explains_the_layer():
    result = runner.invoke(app, ["explain", "LSTMCell"])
    assert result.exit_code == 0
    assert result.stdout.startswith("nn.LSTMCell(")
