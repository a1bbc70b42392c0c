"""Inputs whose width comes from parts the walk does not fully know (LC008): tests/inputs10/
holds small realistic files, each reaching the loss by its own route.

Two facts of torch carry them. A weighted sum over a sequence (`torch.bmm(weights, values)`,
`weights @ values`, attention's context) has the values' width whatever the weights are
(flow/weighted.py). A concatenation along the features is wider than each part it joins, so a
layer sized for one part alone never takes it, whatever the other parts are
(flow/unknown_parts.py). And an Embedding's vocabulary says nothing of its vectors' width:
a layer fed them with input_size the Embedding's num_embeddings is sized with the wrong
argument, a warning when the vocabulary's size is not known (rules/vocabulary_sized.py).
`bug_*` files fail in torch, `ok_*` files run; torch is the oracle
(each `probe()` runs here and must do what its `# torch:` header says). The linter must report
LC008 on a span holding a bug's `# fix:` line, an error unless the file's `# severity: warning`
says the linter cannot be sure, and nothing at all on a look-alike.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from lstmcheck.api import check_source

CASES = Path(__file__).parent / "inputs10"
BUGS = sorted(CASES.glob("bug_*.py"))
LOOKALIKES = sorted(CASES.glob("ok_*.py"))


def _header(path: Path) -> str:
    match = re.search(r"^# torch: (.*)$", path.read_text(), re.MULTILINE)
    assert match is not None, f"{path.name} has no '# torch:' line"
    return match.group(1).strip()


def _fix_lines(path: Path) -> set[int]:
    return {n for n, line in enumerate(path.read_text().splitlines(), 1) if "# fix:" in line}


def _run_probe(path: Path) -> str:
    namespace: dict = {"__name__": "inputs10_case"}
    exec(compile(path.read_text(), str(path), "exec"), namespace)  # noqa: S102 - our own cases
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            namespace["probe"]()
        except Exception as exc:  # noqa: BLE001 - what torch raises is the observation
            return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return "runs"


def test_there_are_cases_of_both_kinds() -> None:
    assert len(BUGS) >= 6 and len(LOOKALIKES) >= 6


@pytest.mark.parametrize("path", BUGS + LOOKALIKES, ids=lambda p: p.stem)
def test_torch_does_what_the_header_says(path: Path) -> None:
    pytest.importorskip("torch")
    assert _run_probe(path) == _header(path)


@pytest.mark.parametrize("path", BUGS, ids=lambda p: p.stem)
def test_bug_is_reported_at_the_fix_line(path: Path) -> None:
    findings = [f for f in check_source(path.read_text(), str(path)) if f.code == "LC008"]
    assert findings, f"no LC008 on {path.name}"
    fix = _fix_lines(path)
    expected = "warning" if "# severity: warning" in path.read_text() else "error"
    assert any(any(f.location.line <= line <= f.location.end_line for line in fix)
               and f.severity == expected for f in findings), \
        [(f.location.line, f.message) for f in findings]


@pytest.mark.parametrize("path", LOOKALIKES, ids=lambda p: p.stem)
def test_lookalike_is_silent(path: Path) -> None:
    assert [(f.code, f.location.line, f.message) for f in check_source(path.read_text(), str(path))] == []


def test_joined_message_names_the_part_not_known_and_offers_no_edit() -> None:
    """What the user reads when a part's width is not known: which part, and that the layer
    is sized for the rest alone; no number to write, so no edit."""
    path = CASES / "bug_char_features_joined_to_words.py"
    (finding,) = [f for f in check_source(path.read_text(), str(path)) if f.code == "LC008"]
    assert "joins 50 features with char_features(chars, self.char_table)" in finding.message
    assert finding.fix is not None and not finding.fix.edits


def test_unknown_part_on_its_own_is_not_judged() -> None:
    """A part of unknown width joined to a known part narrower than input_size: the layer may
    be sized for both, so nothing is said."""
    source = (
        "import torch\nfrom torch import nn\n\n\n"
        "class Step(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.cell = nn.GRUCell(40, 16)\n\n"
        "    def forward(self, extra, h):\n"
        "        x = torch.cat([torch.zeros(h.size(0), 8), extra], dim=-1)\n"
        "        return self.cell(x, h)\n"
    )
    assert [f.code for f in check_source(source, "step.py")] == []


def test_vocabulary_warning_names_its_condition() -> None:
    """The warning says what it rests on: the vocabulary's size, which the file reads from
    data, not being the vectors' width."""
    path = CASES / "bug_vocabulary_as_input_size_word_lm.py"
    (finding,) = [f for f in check_source(path.read_text(), str(path)) if f.code == "LC008"]
    assert "vocabulary size the Embedding at line 13" in finding.message
    assert "this assumes the vocabulary, vocab_size, is not 32" in finding.message


def test_an_empty_accumulator_adds_nothing_to_a_join() -> None:
    """`features = torch.Tensor()` then `torch.cat([features, emb], -1)`: torch.cat skips a 1-D
    empty tensor, so the join is the embedding's width (review10's look-alike got a false error
    when the empty part counted as at least one feature)."""
    source = '''import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, vocab=40, emb=12, n_pos=10, pos_dim=4, use_pos=False, hidden=8):
        super().__init__()
        self.use_pos = use_pos
        self.embed = nn.Embedding(vocab, emb)
        self.pos = nn.Embedding(n_pos, pos_dim)
        self.lstm = nn.LSTM(emb + (pos_dim if use_pos else 0), hidden, batch_first=True)

    def forward(self, tokens, tags):
        features = torch.Tensor()
        features = torch.cat([features, self.embed(tokens)], dim=-1)
        if self.use_pos:
            features = torch.cat([features, self.pos(tags)], dim=-1)
        return self.lstm(features)[0]


def probe():
    tokens, tags = torch.randint(0, 40, (2, 5)), torch.randint(0, 10, (2, 5))
    Tagger()(tokens, tags)
    Tagger(use_pos=True)(tokens, tags)
'''
    torch = pytest.importorskip("torch")
    namespace: dict = {}
    exec(compile(source, "<case>", "exec"), namespace)  # our own case: torch runs it cleanly
    namespace["probe"]()
    assert [f.message for f in check_source(source, "tagger.py")] == []
