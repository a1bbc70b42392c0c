"""Blame: a finding goes on the line the user changes (issue 11, lint/diagnose.py's policy).

One test (or a few) per principle. The records are the extractor's for small scripts, with
`Value.origin_at` set by hand where the principle is about a number written elsewhere (the
binding stage fills it); torch is the oracle wherever a script runs: it fails as written and
runs once the span the finding points at is changed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.lint.extract import extract
from lstmcheck.lint.rules import lc005_invalid_value, lc006_ineffective_dropout
from lstmcheck.lint.rules import lc008_input_size_mismatch, lc009_initial_state_mismatch
from lstmcheck.records import CallRecord, FileFacts, Location, Settings
from lstmcheck.sizes import Size
from tests.test_diagnosis import HEAD, apply, torch_runs

REALBUGS = Path(__file__).parent / "realbugs"


def with_origin(facts: FileFacts, line: int, names: tuple[str, ...], at: Location | None) -> FileFacts:
    """The facts with `origin_at` set on the named arguments of the call at `line` (and on the
    records the feeds carry): what the binding stage records for a number written elsewhere."""

    def moved(record: CallRecord) -> CallRecord:
        if record.location.line != line:
            return record
        arguments = {name: replace(value, origin_at=at) if name in names else value
                     for name, value in record.call.arguments.items()}
        return replace(record, call=replace(record.call, arguments=arguments))

    feeds = tuple(replace(f, record=moved(f.record)) if f.record is not None else f
                  for f in facts.feeds)
    return replace(facts, calls=tuple(moved(c) for c in facts.calls), feeds=feeds)


def literal_at(source: str, line: int, pattern: str) -> Location:
    """The span of the literal `pattern` matches (its group 1) on a 1-based line."""
    match = re.search(pattern, source.split("\n")[line - 1])
    assert match is not None, (line, pattern)
    return Location(line, match.start(1) + 1, line, match.end(1) + 1)


def feed_findings(rule, facts: FileFacts):
    return [f for feed in facts.feeds for f in rule.check_feed(feed, facts)]


TAGGER = HEAD + (
    "class Tagger(nn.Module):\n"
    "    def __init__(self, emb_dim, p=0.5, flag=1):\n"
    "        super().__init__()\n"
    "        self.emb = nn.Embedding(50, 16)\n"
    "        self.lstm = nn.LSTM(emb_dim, 8, batch_first=True)\n"
    "        self.gru = nn.GRU(16, 8, dropout=p, bidirectional=flag)\n"
    "    def forward(self, x):\n"
    "        out, _ = self.lstm(self.emb(x))\n"
    "        return out\n"
    "Tagger(emb_dim=24)(torch.randint(0, 50, (2, 5)))\n")


# --- 1. a wrong number is fixed where it is written ----------------------------------------

def test_a_wrong_number_is_reported_where_it_is_written_and_its_literal_is_the_edit() -> None:
    assert torch_runs(TAGGER) is not None
    site = literal_at(TAGGER, 12, r"emb_dim=(24)")
    facts = with_origin(extract(TAGGER, "case.py"), 7, ("input_size",), site)
    (finding,) = feed_findings(lc008_input_size_mismatch.RULE, facts)
    assert finding.location == site and finding.severity == "error"
    use = facts.calls[0].call.arguments["input_size"].location
    assert any(r.location == use and "gets input_size=emb_dim (24)" in r.message
               for r in finding.related)
    assert any(r.message.startswith("tensors meet here") for r in finding.related)
    assert finding.fix is not None and [e.location for e in finding.fix.edits] == [site]
    assert torch_runs(apply(TAGGER, finding.fix.edits)) is None


def test_a_wider_span_for_the_number_gets_the_finding_and_a_fix_in_words() -> None:
    span = literal_at(TAGGER, 12, r"(emb_dim=24)")
    facts = with_origin(extract(TAGGER, "case.py"), 7, ("input_size",), span)
    (finding,) = feed_findings(lc008_input_size_mismatch.RULE, facts)
    assert finding.location == span
    assert finding.fix is not None and finding.fix.edits == ()
    assert "write 16 here" in finding.fix.description


def test_without_origin_at_the_finding_stays_at_the_argument_with_its_edit() -> None:
    facts = with_origin(extract(TAGGER, "case.py"), 7, ("input_size",), None)
    (finding,) = feed_findings(lc008_input_size_mismatch.RULE, facts)
    assert finding.location == facts.calls[0].call.arguments["input_size"].location
    assert finding.fix is not None and finding.fix.edits


def test_a_formula_is_fixed_at_the_use_even_when_its_number_is_written_elsewhere() -> None:
    """After a bidirectional layer the input has 2*hidden features: `hidden` is right where it
    is written; the use must say 2 * hidden."""
    source = HEAD + (
        "class Stack(nn.Module):\n"
        "    def __init__(self, hidden):\n"
        "        super().__init__()\n"
        "        self.first = nn.LSTM(4, hidden, bidirectional=True)\n"
        "        self.second = nn.LSTM(hidden, hidden)\n"
        "    def forward(self, x):\n"
        "        out, _ = self.first(x)\n"
        "        return self.second(out)\n"
        "Stack(hidden=8)(torch.randn(5, 3, 4))\n")
    assert torch_runs(source) is not None
    site = literal_at(source, 11, r"hidden=(8)")
    facts = extract(source, "case.py")
    second = facts.calls[1].location.line
    facts = with_origin(facts, second, ("input_size", "hidden_size"), site)
    (finding,) = feed_findings(lc008_input_size_mismatch.RULE, facts)
    assert finding.location.line == second and finding.location != site


def test_values_right_in_themselves_stay_at_their_use() -> None:
    """dropout=0.5 on one layer, 1 for a flag: the number is fine, the use is not (realbugs
    006, 017, 048, 057, 058 are fixed at the use)."""
    facts = extract(TAGGER, "case.py")
    gru = facts.calls[1]
    site = literal_at(TAGGER, 4, r"p=(0\.5)")
    moved = with_origin(facts, gru.location.line, ("dropout", "bidirectional"), site).calls[1]
    for rule, name in ((lc006_ineffective_dropout, "dropout"),
                       (lc005_invalid_value, "bidirectional")):
        findings = list(rule.check(moved, facts))
        assert findings, rule.RULE.code
        assert {f.location for f in findings} == {gru.call.arguments[name].location}, rule.RULE.code


# --- 2 and 3. a final state handed on ------------------------------------------------------

# name: (script, line of the finding, (old, new): the change on that line that makes torch run)
HANDED_ON = {
    "the-taker-keeps-a-default-nobody-passed": (
        "enc = nn.GRU(8, 16, num_layers=2)\n"
        "dec = nn.GRU(8, 16)\n"
        "_, h = enc(torch.randn(5, 3, 8))\n"
        "out, _ = dec(torch.randn(4, 3, 8), h)\n",
        4, ("nn.GRU(8, 16)", "nn.GRU(8, 16, num_layers=2)")),
    "the-maker-keeps-a-default-nobody-passed": (
        "enc = nn.GRU(8, 16)\n"
        "dec = nn.GRU(8, 16, num_layers=2)\n"
        "_, h = enc(torch.randn(5, 3, 8))\n"
        "out, _ = dec(torch.randn(4, 3, 8), h)\n",
        3, ("nn.GRU(8, 16)", "nn.GRU(8, 16, num_layers=2)")),
    "both-written-the-taker-is-sized-to-take-it": (
        "enc = nn.LSTM(8, 16)\n"
        "dec = nn.LSTM(8, 12)\n"
        "_, (h, c) = enc(torch.randn(5, 3, 8))\n"
        "out, _ = dec(torch.randn(4, 3, 8), (h, c))\n",
        4, ("nn.LSTM(8, 12)", "nn.LSTM(8, 16)")),
    "a-decoder-left-at-one-layer-where-its-model-is-built": (
        "class Encoder(nn.Module):\n"
        "    def __init__(self, hidden, layers=1):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(8, hidden, layers)\n"
        "    def forward(self, x):\n"
        "        return self.rnn(x)\n"
        "class Decoder(nn.Module):\n"
        "    def __init__(self, hidden, layers=1):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(8, hidden, layers)\n"
        "    def forward(self, y, h):\n"
        "        return self.rnn(y, h)\n"
        "_, h = Encoder(16, layers=2)(torch.randn(5, 3, 8))\n"
        "Decoder(16)(torch.randn(4, 3, 8), h)\n",
        16, ("Decoder(16)", "Decoder(16, layers=2)")),
    "a-state-sized-by-the-author-for-a-layer-left-at-a-default": (
        "class Inner(nn.Module):\n"
        "    def __init__(self, hidden=32):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(8, hidden)\n"
        "    def forward(self, x, h):\n"
        "        return self.rnn(x, h)\n"
        "class Outer(nn.Module):\n"
        "    def __init__(self, hidden):\n"
        "        super().__init__()\n"
        "        self.hidden = hidden\n"
        "        self.inner = Inner()\n"
        "    def forward(self, x):\n"
        "        h = torch.zeros(1, x.size(1), self.hidden)\n"
        "        return self.inner(x, h)\n"
        "Outer(hidden=16)(torch.randn(5, 3, 8))\n",
        13, ("Inner()", "Inner(self.hidden)")),
}


@pytest.mark.parametrize("name", sorted(HANDED_ON))
def test_a_state_handed_on_is_reported_at_the_layer_size_to_change(name: str) -> None:
    body, line, (old, new) = HANDED_ON[name]
    source = HEAD + body
    assert torch_runs(source) is not None, "the case must be a bug torch rejects"
    (finding,) = [f for f in check_source(source.encode(), "case.py").findings
                  if f.code in ("LC003", "LC007", "LC008", "LC009")]
    assert (finding.code, finding.location.line, finding.severity) == ("LC009", line, "error")
    assert any(re.match(r"h_0 (and c_0 are|is) made here", r.message) for r in finding.related), \
        finding.related
    assert any(r.message.startswith("tensors meet here") for r in finding.related)
    lines = source.split("\n")
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new)
    assert torch_runs("\n".join(lines)) is None
    if finding.fix is not None and finding.fix.edits:
        assert torch_runs(apply(source, finding.fix.edits)) is None


def test_a_bidirectional_makers_state_stays_where_it_is_made() -> None:
    """Two directions for a one-way layer are merged, not fixed by a size of either layer;
    real fixes merge them where the state is made as often as where it is handed over
    (tests/precision bb07 and bs19), so the finding keeps its place, the meeting a note."""
    source = HEAD + ("enc = nn.GRU(8, 16, bidirectional=True)\n"
                     "dec = nn.GRU(8, 16)\n"
                     "_, h = enc(torch.randn(5, 3, 8))\n"
                     "out, _ = dec(torch.randn(4, 3, 8), h)\n")
    assert torch_runs(source) is not None
    (finding,) = [f for f in check_source(source.encode(), "case.py").findings if f.code == "LC009"]
    assert finding.location.line == 5
    assert any(r.location.line == 6 and "tensors meet here" in r.message for r in finding.related)


def test_a_one_way_makers_state_for_a_bidirectional_layer_goes_where_it_is_handed_over() -> None:
    """The maker has no reverse direction to give: it is made where the state is handed over
    (realbugs 143), the maker's call a note."""
    source = HEAD + ("enc = nn.GRU(8, 16)\n"
                     "dec = nn.GRU(8, 16, bidirectional=True)\n"
                     "_, h = enc(torch.randn(5, 3, 8))\n"
                     "out, _ = dec(torch.randn(4, 3, 8), h)\n")
    assert torch_runs(source) is not None
    (finding,) = [f for f in check_source(source.encode(), "case.py").findings if f.code == "LC009"]
    assert finding.location.line == 6
    assert any(r.location.line == 5 and "made here" in r.message for r in finding.related)


# name: (script, line of the finding, (old, new)): a state the code makes for a layer that
# keeps a default, where the state is what to change: its number is written in its own call
# (a tutorial's, copied), or the layer's default is passed on where its class is built
STATE_KEEPS_IT = {
    "a-number-written-in-the-states-own-call": (
        "class Inner(nn.Module):\n"
        "    def __init__(self, hidden=32):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(8, hidden)\n"
        "    def forward(self, x):\n"
        "        h = torch.zeros(1, x.size(1), 16)\n"
        "        return self.rnn(x, h)\n"
        "Inner()(torch.randn(5, 3, 8))\n",
        8, ("16", "32")),
    "the-layers-size-passed-where-its-class-is-built": (
        "class Inner(nn.Module):\n"
        "    def __init__(self, hidden=32):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(8, hidden)\n"
        "    def forward(self, x, h):\n"
        "        return self.rnn(x, h)\n"
        "class Outer(nn.Module):\n"
        "    def __init__(self, hidden, state):\n"
        "        super().__init__()\n"
        "        self.state = state\n"
        "        self.inner = Inner(hidden)\n"
        "    def forward(self, x):\n"
        "        h = torch.zeros(1, x.size(1), self.state)\n"
        "        return self.inner(x, h)\n"
        "Outer(hidden=16, state=12)(torch.randn(5, 3, 8))\n",
        15, ("self.state", "16")),
}


@pytest.mark.parametrize("name", sorted(STATE_KEEPS_IT))
def test_a_state_made_wrong_keeps_the_finding(name: str) -> None:
    body, line, (old, new) = STATE_KEEPS_IT[name]
    source = HEAD + body
    assert torch_runs(source) is not None, "the case must be a bug torch rejects"
    (finding,) = [f for f in check_source(source.encode(), "case.py").findings
                  if f.code == "LC009"]
    assert (finding.location.line, finding.severity) == (line, "error"), finding.message
    lines = source.split("\n")
    lines[line - 1] = lines[line - 1].replace(old, new)
    assert torch_runs("\n".join(lines)) is None


def test_a_state_cut_from_the_makers_stays_where_it_is_cut() -> None:
    """`h[-2:]` of a three-layer encoder for a one-layer decoder: the cut is the author's
    choice, so the finding stays at the state, not at either layer's num_layers."""
    source = HEAD + ("enc = nn.GRU(8, 16, num_layers=3)\n"
                     "dec = nn.GRU(8, 16)\n"
                     "_, h = enc(torch.randn(5, 3, 8))\n"
                     "h = h[-2:]\n"
                     "out, _ = dec(torch.randn(4, 3, 8), h)\n")
    assert torch_runs(source) is not None
    findings = [f for f in check_source(source.encode(), "case.py").findings if f.code == "LC009"]
    assert [f.location.line for f in findings] == [6], [f.message for f in findings]


def test_verify_confirms_the_moved_findings() -> None:
    for body, line, _ in HANDED_ON.values():
        result = check_source((HEAD + body).encode(), "case.py", Settings(verify=True))
        verdicts = [(f.location.line, f.verify.status) for f in result.findings
                    if f.code == "LC009" and f.verify is not None]
        assert verdicts == [(line, "confirmed")], [(f.message, f.verify) for f in result.findings]


def test_a_takers_size_written_elsewhere_is_reported_there() -> None:
    """realbugs 002: `DecoderRNN(..., hidden_size * 2 if bidirectional else 1, ...)` gives the
    decoder hidden_size=1 for the encoder's 128-wide state; the 1 is what to change."""
    path = next(REALBUGS.glob("bug_002_*.py"))
    source = path.read_text()
    site = literal_at(source, 64, r"else (1),")
    facts = with_origin(extract(source, str(path)), 38, ("input_size", "hidden_size"), site)
    (finding,) = feed_findings(lc009_initial_state_mismatch.RULE, facts)
    assert finding.location == site
    assert {r.location.line for r in finding.related} >= {28, 38, 55}
    assert finding.fix is not None and [e.text for e in finding.fix.edits] == ["128"]


# --- the real bugs these principles put on the fix line once origin_at is filled ----------

# file prefix: (line of the call, its arguments whose number is written at the fix line,
#               the literal on the fix line)
ORIGINS = {
    "bug_002": (38, ("input_size", "hidden_size"), r"else (1),"),
    "bug_012": (24, ("input_size",), r"N_word = (300)"),
    "bug_013": (39, ("input_size",), r'"bert_hid_size": (768)'),
    "bug_026": (29, ("input_size", "hidden_size"), r"else (1),"),
}


@pytest.mark.parametrize("prefix", sorted(ORIGINS))
def test_real_bugs_land_on_the_fix_line_when_the_number_is_located(prefix: str) -> None:
    path = next(REALBUGS.glob(f"{prefix}_*.py"))
    source = path.read_text()
    rule = re.search(r"^# rule: (LC\d+)", source, re.M).group(1)  # type: ignore[union-attr]
    fix_line = next(n for n, text in enumerate(source.split("\n"), 1)
                    if "# fix:" in text and not text.lstrip().startswith("#"))
    line, names, pattern = ORIGINS[prefix]
    site = literal_at(source, fix_line, pattern)
    facts = with_origin(extract(source, str(path)), line, names, site)
    module = {"LC008": lc008_input_size_mismatch, "LC009": lc009_initial_state_mismatch}[rule]
    findings = feed_findings(module.RULE, facts)
    assert [f.location.line for f in findings] == [fix_line], [f.message for f in findings]


# --- 4. one cause, one finding -------------------------------------------------------------

def test_twin_walks_of_one_call_give_one_finding_the_one_that_knows_more() -> None:
    source = HEAD + ("lstm = nn.LSTM(8, 16, batch_first=True)\n"
                     "x = torch.randn(4, 6, 8)\n"
                     "h = torch.zeros(4, 16)\n"
                     "out, _ = lstm(x, (h, h))\n")
    assert torch_runs(source) is not None
    facts = extract(source, "case.py")
    (feed,) = [f for f in facts.feeds if f.states]
    vaguer = replace(feed, states=tuple(replace(s, dims=(None, *s.dims[1:])) for s in feed.states),
                     when="when hidden=16")
    for feeds in ((vaguer, feed), (feed, vaguer)):
        twins = replace(facts, feeds=feeds)
        (finding,) = feed_findings(lc009_initial_state_mismatch.RULE, twins)
        assert "(4, 16)" in finding.message and not finding.message.startswith("when")


def test_twin_walks_with_different_causes_keep_both() -> None:
    source = HEAD + ("lstm = nn.LSTM(8, 16, batch_first=True)\n"
                     "x = torch.randn(4, 6, 8)\n"
                     "h = torch.zeros(4, 16)\n"
                     "out, _ = lstm(x, (h, h))\n")
    facts = extract(source, "case.py")
    (feed,) = [f for f in facts.feeds if f.states]
    other = replace(feed, states=tuple(replace(s, dims=(Size.number(2), *s.dims))
                                      for s in feed.states))
    twins = replace(facts, feeds=(feed, other))
    assert len(feed_findings(lc009_initial_state_mismatch.RULE, twins)) == 2


def test_realbug_051_is_one_finding() -> None:
    path = next(REALBUGS.glob("bug_051_*.py"))
    findings = [f for f in check_source(path.read_bytes(), str(path)).findings if f.code == "LC009"]
    assert len(findings) == 1, [f.message for f in findings]


# --- a cell's step cut from a tensor made one dim short ------------------------------------

CELL_LOOP = HEAD + ("cell = nn.LSTMCell(10, 20)\n"
                    "steps = torch.randn({made})\n"
                    "h, c = torch.randn({state}), torch.randn({state})\n"
                    "for i in range(6):\n"
                    "    h, c = cell(steps[i], (h, c))\n")


def test_a_step_cut_from_a_tensor_one_dim_short_is_fixed_where_that_tensor_is_made() -> None:
    """The LSTMCell docs example (realbugs 031): `input[i]` of a (3, 10) matrix is one
    unbatched step; with (3, 20) states torch fails whatever the batch is."""
    wrong = CELL_LOOP.format(made="3, 10", state="3, 20")
    assert torch_runs(wrong) is not None
    assert torch_runs(CELL_LOOP.format(made="6, 3, 10", state="3, 20")) is None
    (finding,) = [f for f in check_source(wrong.encode(), "case.py").findings if f.code == "LC009"]
    assert (finding.location.line, finding.severity) == (4, "error")
    assert any(r.location.line == 7 and r.message.startswith("tensors meet here")
               for r in finding.related)
    fixed = check_source(CELL_LOOP.format(made="6, 3, 10", state="3, 20").encode(), "case.py")
    assert [f for f in fixed.findings if f.code == "LC009"] == []
    (verified,) = [f for f in check_source(wrong.encode(), "case.py", Settings(verify=True)).findings
                   if f.code == "LC009"]
    assert verified.verify is not None and verified.verify.status == "confirmed"


def test_a_one_d_step_with_one_d_states_is_fine_and_a_lone_step_is_fixed_where_passed() -> None:
    unbatched = CELL_LOOP.format(made="6, 10", state="20")
    assert torch_runs(unbatched) is None
    assert [f for f in check_source(unbatched.encode(), "case.py").findings if f.severity == "error"] == []
    lone = HEAD + ("cell = nn.GRUCell(10, 20)\n"
                   "x = torch.randn(10)\n"
                   "h = cell(x, torch.zeros(3, 20))\n")
    assert torch_runs(lone) is not None
    (finding,) = [f for f in check_source(lone.encode(), "case.py").findings if f.code == "LC009"]
    assert finding.location.line == 5


def test_one_state_handed_to_two_layers_is_one_finding_with_both_places() -> None:
    """realbugs 047: one (2, 1, B, H) tensor made for two LSTMs is one mistake, fixed once
    where it is made; both places it is passed stay in view."""
    source = HEAD + ("first = nn.LSTM(8, 16)\n"
                     "second = nn.LSTM(8, 16)\n"
                     "state = torch.zeros(2, 1, 3, 16)\n"
                     "x = torch.randn(5, 3, 8)\n"
                     "out, _ = first(x, state)\n"
                     "out, _ = second(x, state)\n")
    assert torch_runs(source) is not None
    (finding,) = [f for f in check_source(source.encode(), "case.py").findings if f.code == "LC009"]
    assert finding.location.line == 5
    meetings = [r.location.line for r in finding.related if r.message.startswith("tensors meet")]
    assert meetings == [7, 8]


def test_a_size_made_from_the_same_literal_stays_at_the_use() -> None:
    """The fed features come from the very literal the layer's size is bound to (16 from a
    concatenation of two of the site's 8s): writing 16 there would move both sides, so the
    finding stays at the layer's argument (realbugs 001)."""
    path = next(REALBUGS.glob("bug_001_*.py"))
    source = path.read_text()
    (finding,) = feed_findings(lc008_input_size_mismatch.RULE, extract(source, str(path)))
    assert finding.location.line == 35 and "# fix:" in source.split("\n")[34]


def test_a_default_no_site_passes_is_not_moved_to_the_defs_default() -> None:
    """`layers=1` left out where the decoder is built: the fix is passing it, not the def's
    default every other site shares, so the finding stays at the layer's argument."""
    body, line, _ = HANDED_ON["a-decoder-left-at-one-layer-where-its-model-is-built"]
    (finding,) = [f for f in check_source((HEAD + body).encode(), "case.py").findings
                  if f.code == "LC009"]
    assert finding.location.line == line


def test_a_named_constant_stays_at_the_use() -> None:
    """`nn.LSTM(N_FEATURES, ...)` after a projection to D_MODEL: the constant is shared by
    design (the projection reads it too), so the fix is the name used, not the constant."""
    source = HEAD + ("N_FEATURES = 12\n"
                     "D_MODEL = 64\n"
                     "proj = nn.Linear(N_FEATURES, D_MODEL)\n"
                     "lstm = nn.LSTM(N_FEATURES, 32)\n"
                     "lstm(proj(torch.randn(5, 3, N_FEATURES)))\n")
    assert torch_runs(source) is not None
    (finding,) = [f for f in check_source(source.encode(), "case.py").findings if f.code == "LC008"]
    assert (finding.location.line, finding.location.column) == (6, 16)


def test_numbers_written_side_by_side_keep_the_finding_at_the_use() -> None:
    """`Encoder(20, 4, 6)`: the embedding's 4 feeds an LSTM built with hidden for its input.
    Writing 4 for hidden would run, but the layer picked the wrong parameter: the fix is the
    name at the use (`nn.LSTM(emb, hidden)`)."""
    source = HEAD + ("class Encoder(nn.Module):\n"
                     "    def __init__(self, vocab, emb, hidden):\n"
                     "        super().__init__()\n"
                     "        self.embed = nn.Embedding(vocab, emb)\n"
                     "        self.lstm = nn.LSTM(hidden, hidden)\n"
                     "    def forward(self, tokens):\n"
                     "        return self.lstm(self.embed(tokens))\n"
                     "Encoder(20, 4, 6)(torch.randint(0, 20, (5, 3)))\n")
    assert torch_runs(source) is not None
    (finding,) = [f for f in check_source(source.encode(), "case.py").findings if f.code == "LC008"]
    assert (finding.location.line, finding.location.column) == (7, 29)


def test_a_concatenation_is_fixed_by_the_sum_at_the_use() -> None:
    """A cell built with `emb_dim` fed cat([emb, context]) of 64 + 512: writing 576 for
    `emb_dim` where the model is built would run but mislabel the model; the fix is
    `nn.LSTMCell(emb_dim + enc_dim, hid)`, at the use (from a reviewer's file)."""
    source = HEAD + ("class CellDecoder(nn.Module):\n"
                     "    def __init__(self, enc_dim, emb_dim, hid):\n"
                     "        super().__init__()\n"
                     "        self.cell = nn.LSTMCell(emb_dim, hid)\n"
                     "    def forward(self, feats, emb):\n"
                     "        mean = feats.mean(dim=1)\n"
                     "        h = c = torch.zeros(2, 256)\n"
                     "        for t in range(emb.size(1)):\n"
                     "            h, c = self.cell(torch.cat([emb[:, t, :], mean], dim=1), (h, c))\n"
                     "        return h\n"
                     "CellDecoder(512, 64, 256)(torch.randn(2, 49, 512), torch.randn(2, 7, 64))\n")
    assert torch_runs(source) is not None
    (finding,) = [f for f in check_source(source.encode(), "case.py").findings if f.code == "LC008"]
    assert (finding.location.line, finding.location.column) == (6, 33)


def test_a_state_with_a_fixed_batch_is_told_to_take_the_inputs_batch() -> None:
    """h0 built with BATCH_SIZE, the model called with a batch of 32 and one of 7: the help
    names the batch N taken from the input, never the 7 of one call (which breaks the other)."""
    source = HEAD + ("BATCH_SIZE = 32\n"
                     "class M(nn.Module):\n"
                     "    def __init__(self):\n"
                     "        super().__init__()\n"
                     "        self.rnn = nn.GRU(4, 9, batch_first=True)\n"
                     "    def forward(self, x):\n"
                     "        h0 = torch.zeros(1, BATCH_SIZE, 9)\n"
                     "        return self.rnn(x, h0)[0]\n"
                     "M()(torch.randn(32, 5, 4))\n"
                     "M()(torch.randn(7, 5, 4))\n")
    assert torch_runs(source) is not None
    (finding,) = [f for f in check_source(source.encode(), "case.py").findings if f.code == "LC009"]
    assert finding.fix is not None and "(1, N, 9)" in finding.fix.description
    assert "(1, 7, 9)" not in finding.fix.description


# --- an argparse option's int given to a bool flag -------------------------------------------

OPTION = HEAD + (
    "import argparse\n"
    "parser = argparse.ArgumentParser()\n"
    "parser.add_argument('--bidir', default=1, type=int)\n"
    "class Tagger(nn.Module):\n"
    "    def __init__(self, bidirectional):\n"
    "        super().__init__()\n"
    "        self.rnn = nn.LSTM(8, 16, bidirectional=bidirectional)\n"
    "    def forward(self, x):\n"
    "        return self.rnn(x)\n"
    "args = parser.parse_args([])\n"
    "Tagger({passed})(torch.randn(5, 3, 8))\n")


@pytest.mark.parametrize("passed, notes", [("args.bidir", [5]), ("bidirectional=1", [13])])
def test_an_int_for_a_bool_flag_stays_at_the_use_with_the_option_as_a_note(passed, notes) -> None:
    """The option's declaration (type=int) and the use (bool(...)) are both fixes real authors
    made (realbugs 025, 071 the option; 050, 057 the use): the finding keeps the use, and an
    option's int default, or a site's 1, is a note; torch runs with either change."""
    source = OPTION.format(passed=passed)
    assert torch_runs(source) is not None, "the case must be a bug torch rejects"
    (finding,) = [f for f in check_source(source.encode(), "case.py").findings if f.code == "LC005"]
    assert finding.location.line == 9, finding.message
    assert [r.location.line for r in finding.related] == notes
    changes = [(9, "bidirectional=bidirectional", "bidirectional=bool(bidirectional)")]
    changes += [(line, "default=1, type=int", "default=True, type=bool") if line == 5
                else (line, "bidirectional=1", "bidirectional=True") for line in notes]
    for line, old, new in changes:
        lines = source.split("\n")
        assert old in lines[line - 1]
        lines[line - 1] = lines[line - 1].replace(old, new)
        assert torch_runs("\n".join(lines)) is None


# --- a state one dim short: (N, H) where (1, N, H) belongs ----------------------------------

# name: (script, line of the finding, (old, new)): the change on that line that makes torch run
LAYER_DIM = {
    # a Linear's (N, H) is right as what it makes: the dim goes in where it is passed
    "made-by-an-op-in-the-same-method": (
        "class Decoder(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.bridge = nn.Linear(6, 16)\n"
        "        self.rnn = nn.LSTM(8, 16, batch_first=True)\n"
        "    def forward(self, y, z):\n"
        "        h = self.bridge(z)\n"
        "        c = torch.tanh(h)\n"
        "        return self.rnn(y, (h, c))\n"
        "Decoder()(torch.randn(4, 5, 8), torch.randn(4, 6))\n",
        11, ("(h, c)", "(h.unsqueeze(0), c.unsqueeze(0))")),
    # a factory states the shape in its own call: fixed there
    "made-by-a-factory": (
        "lstm = nn.LSTM(8, 16, batch_first=True)\n"
        "x = torch.randn(4, 5, 8)\n"
        "h = torch.zeros(4, 16)\n"
        "out, _ = lstm(x, (h, h))\n",
        5, ("zeros(4, 16)", "zeros(1, 4, 16)")),
    # the layer is applied in a method the state is handed to: the op's line is kept
    "handed-to-a-method-above": (
        "class Decoder(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(8, 16, batch_first=True)\n"
        "    def forward(self, y, h):\n"
        "        return self.rnn(y, h)\n"
        "bridge = nn.Linear(6, 16)\n"
        "h = bridge(torch.randn(4, 6))\n"
        "Decoder()(torch.randn(4, 5, 8), h)\n",
        10, ("bridge(torch.randn(4, 6))", "bridge(torch.randn(4, 6)).unsqueeze(0)")),
}


@pytest.mark.parametrize("name", sorted(LAYER_DIM))
def test_a_state_without_its_layer_dim_is_fixed_where_the_shape_is_decided(name: str) -> None:
    body, line, (old, new) = LAYER_DIM[name]
    source = HEAD + body
    assert torch_runs(source) is not None, "the case must be a bug torch rejects"
    (finding,) = [f for f in check_source(source.encode(), "case.py").findings if f.code == "LC009"]
    assert (finding.location.line, finding.severity) == (line, "error"), finding.message
    lines = source.split("\n")
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new)
    assert torch_runs("\n".join(lines)) is None


# --- a formula bound to a name: fixed where it is written ----------------------------------

FORMULA = HEAD + (
    "class Decoder(nn.Module):\n"
    "    def __init__(self, emb, enc_hidden, dec_hidden):\n"
    "        super().__init__()\n"
    "        size = {formula}\n"
    "        self.embed = nn.Embedding(10, emb)\n"
    "        self.cell = nn.GRUCell(size, dec_hidden)\n"
    "    def forward(self, word, context, h):\n"
    "        return self.cell({fed}, h)\n"
    "Decoder(5, 12, 7)(torch.tensor([1, 2]), torch.randn(2, {width}), torch.zeros(2, 7))\n")


@pytest.mark.parametrize("fed, width, line, old, new", [
    # one term of the sum is the wrong size (the decoder's, not the encoder's): the formula
    ("torch.cat([self.embed(word), context], dim=1)", 12, 6, "emb + dec_hidden", "emb + enc_hidden"),
    # the features share no number with the formula: the size used is what is wrong
    ("context", 9, 8, "size", "9"),
])
def test_a_formula_mixing_up_a_term_is_fixed_where_it_is_written(fed, width, line, old, new) -> None:
    source = FORMULA.format(formula="emb + dec_hidden", fed=fed, width=width)
    assert torch_runs(source) is not None, "the case must be a bug torch rejects"
    (finding,) = [f for f in check_source(source.encode(), "case.py").findings if f.code == "LC008"]
    assert finding.location.line == line, finding.message
    lines = source.split("\n")
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    assert torch_runs("\n".join(lines)) is None


# --- the state's batch where the input's view put the time ----------------------------------

VIEWED = HEAD + (
    "class Regressor(nn.Module):\n"
    "    def __init__(self, steps):\n"
    "        super().__init__()\n"
    "        self.steps = steps\n"
    "        self.lstm = nn.LSTM(6, 16, batch_first=True)\n"
    "    def forward(self, x):\n"
    "        h = torch.zeros(1, {batch}, 16)\n"
    "        return self.lstm(x.view(1, self.steps, 6), (h, h))\n"
    "Regressor(5)(torch.randn(5, 6))\n")


@pytest.mark.parametrize("batch, line, old, new", [
    # the state and the view agree that `steps` is the batch; the view put it in the time dim
    ("self.steps", 10, "view(1, self.steps, 6)", "view(self.steps, 1, 6)"),
    # the state's batch is its own number: the state is what disagrees
    ("5", 9, "zeros(1, 5, 16)", "zeros(1, 1, 16)"),
])
def test_a_view_that_puts_the_states_batch_in_the_time_dim_gets_the_finding(batch, line, old, new) -> None:
    source = VIEWED.format(batch=batch)
    assert torch_runs(source) is not None, "the case must be a bug torch rejects"
    (finding,) = [f for f in check_source(source.encode(), "case.py").findings if f.code == "LC009"]
    assert (finding.location.line, finding.severity) == (line, "error"), finding.message
    lines = source.split("\n")
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new)
    assert torch_runs("\n".join(lines)) is None


def test_a_state_batched_from_seq_first_data_stays_at_the_state() -> None:
    """The RNN tutorial's x.size(0) for a layer without batch_first fed seq-first data made
    elsewhere (realbugs 030): nothing arranges the input at the call, so the state is fixed."""
    path = next(REALBUGS.glob("bug_030_*.py"))
    source = path.read_text()
    (finding,) = [f for f in check_source(source.encode(), str(path)).findings if f.code == "LC009"]
    assert "# fix:" in source.split("\n")[finding.location.line - 1]
