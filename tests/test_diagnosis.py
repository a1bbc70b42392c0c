"""One mistake, one finding, one fix that satisfies every observation (issue 10).

Each case is a script that torch rejects. lstmcheck must report exactly one cross-statement
finding, at the span its fix changes, and applying that fix's edits must give a script torch
runs: torch is the oracle for both the bug and the fix.
"""

from __future__ import annotations

import io
import json
import warnings

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.records import (
    Edit,
    FileResult,
    Finding,
    Fix,
    Location,
    Related,
    Settings,
)
from lstmcheck.report import json as json_report
from lstmcheck.report import text as text_report

FLOW = {"LC003", "LC007", "LC008", "LC009"}
HEAD = "import torch\nfrom torch import nn\n"

CASES = {
    # The pairs: a bidirectional output is no swap; a cell whose state and head fit
    # hidden_size is no swap; a swap that also fits the head is one finding, not LC003 + LC007;
    # a cell with swapped sizes fails input and state, reported once at the constructor.
    "bidirectional-into-lstm": (
        "first = nn.LSTM(8, 16, bidirectional=True)\n"
        "second = nn.LSTM(16, 32)\n"
        "out, _ = first(torch.randn(5, 3, 8))\n"
        "out, _ = second(out)\n", "LC008", 4),
    "cell-state-and-head-fit-hidden": (
        "cell = nn.LSTMCell(52, 51)\n"
        "head = nn.Linear(51, 1)\n"
        "x = torch.randn(4, 51)\n"
        "h0 = torch.zeros(4, 51)\n"
        "c0 = torch.zeros(4, 51)\n"
        "h, c = cell(x, (h0, c0))\n"
        "y = head(h)\n", "LC008", 3),
    "swap-that-fits-the-head": (
        "lstm = nn.LSTM(input_size=12, hidden_size=8, batch_first=True)\n"
        "fc = nn.Linear(12, 3)\n"
        "x = torch.randn(4, 7, 8)\n"
        "out, _ = lstm(x)\n"
        "y = fc(out[:, -1, :])\n", "LC003", 3),
    "cell-swapped-input-and-state": (
        "cell = nn.GRUCell(20, 10)\n"
        "x = torch.randn(4, 10)\n"
        "h = torch.zeros(4, 20)\n"
        "h = cell(x, h)\n", "LC003", 3),
    "lstm-cell-swapped-input-and-states": (
        "cell = nn.LSTMCell(20, 10)\n"
        "x = torch.randn(4, 10)\n"
        "h, c = torch.zeros(4, 20), torch.zeros(4, 20)\n"
        "h, c = cell(x, (h, c))\n", "LC003", 3),
    # A swap upstream explains what fails downstream: the next layer's input, or another
    # layer's states built from its h_n; one finding, at the swapped layer.
    "swap-upstream-of-a-stacked-layer": (
        "first = nn.LSTM(20, 10)\n"
        "second = nn.LSTM(20, 5)\n"
        "out, _ = first(torch.randn(5, 3, 10))\n"
        "out, _ = second(out)\n", "LC003", 3),
    "swap-upstream-of-a-decoders-states": (
        "enc = nn.LSTM(20, 10)\n"
        "dec = nn.LSTM(4, 20)\n"
        "out, (h, c) = enc(torch.randn(5, 3, 10))\n"
        "y, _ = dec(torch.randn(6, 3, 4), (h, c))\n", "LC003", 3),
    "head-of-a-unidirectional-layer": (
        "lstm = nn.LSTM(10, 16)\n"
        "head = nn.Linear(32, 1)\n"
        "out, _ = lstm(torch.randn(5, 3, 10))\n"
        "y = head(out)\n", "LC007", 4),
}


def apply(source: str, edits: tuple[Edit, ...]) -> str:
    """The source with the edits made, last first (end columns exclusive)."""
    lines = source.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)

    def offset(line: int, column: int) -> int:
        return starts[line - 1] + column - 1

    out = source
    spans = sorted(((offset(e.location.line, e.location.column),
                     offset(e.location.end_line, e.location.end_column), e.text) for e in edits),
                   reverse=True)
    for (start, end, text), later in zip(spans, [None, *spans]):
        assert later is None or end <= later[0], "edits overlap"
        out = out[:start] + text + out[end:]
    return out


def torch_runs(source: str) -> BaseException | None:
    import torch

    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        try:
            exec(compile(source, "<case>", "exec"), {})
        except Exception as exc:  # noqa: BLE001 - torch is the oracle
            return exc
    return None


def flow_findings(source: str, **settings) -> list[Finding]:
    result = check_source(source.encode(), "case.py", Settings(**settings))
    return [f for f in result.findings if f.code in FLOW]


@pytest.mark.parametrize("name", sorted(CASES))
def test_one_finding_at_the_fix_whose_edits_make_torch_run(name: str) -> None:
    body, code, line = CASES[name]
    source = HEAD + body
    assert torch_runs(source) is not None, "the case must be a bug torch rejects"
    (finding,) = flow_findings(source)
    assert (finding.code, finding.location.line) == (code, line), finding.message
    assert finding.fix is not None and finding.fix.edits and not finding.fix.safe
    assert any(r.message.startswith("tensors meet here") for r in finding.related)
    assert finding.call is not None and finding.call.line != finding.location.line
    fixed = apply(source, finding.fix.edits)
    assert torch_runs(fixed) is None, f"after the fix:\n{fixed}"
    assert flow_findings(fixed) == []


def test_the_primary_span_is_what_the_edits_replace() -> None:
    source = HEAD + CASES["bidirectional-into-lstm"][0]
    (finding,) = flow_findings(source)
    (edit,) = finding.fix.edits
    assert edit.location == finding.location
    line = source.split("\n")[edit.location.line - 1]
    assert line[edit.location.column - 1:edit.location.end_column - 1] == "16"
    assert edit.text == "32"


def test_named_sizes_get_a_fix_in_the_names_of_the_code() -> None:
    source = HEAD + (
        "class M(nn.Module):\n"
        "    def __init__(self, hidden_dim=8):\n"
        "        super().__init__()\n"
        "        self.hidden_dim = hidden_dim\n"
        "        self.rnn = nn.GRU(4, hidden_dim, batch_first=True, bidirectional=True)\n"
        "        self.fc = nn.Linear(self.hidden_dim, 2)\n"
        "    def forward(self, x):\n"
        "        out, _ = self.rnn(x)\n"
        "        return self.fc(out[:, -1, :])\n"
        "M()(torch.randn(3, 5, 4))\n")
    assert torch_runs(source) is not None
    (finding,) = flow_findings(source)
    assert finding.code == "LC007" and finding.location.line == 8
    assert [e.text for e in finding.fix.edits] == ["2 * self.hidden_dim"]
    assert "not bidirectional" not in finding.message
    assert torch_runs(apply(source, finding.fix.edits)) is None


def test_direction_is_named_only_where_it_is_in_question() -> None:
    (twice,) = flow_findings(HEAD + CASES["head-of-a-unidirectional-layer"][0])
    assert "the layer is not bidirectional" in twice.message  # Linear(2*16) on 16 features
    other = CASES["head-of-a-unidirectional-layer"][0].replace("nn.Linear(32, 1)", "nn.Linear(20, 1)")
    (finding,) = flow_findings(HEAD + other)
    assert "bidirectional" not in finding.message and "direction" not in finding.message


def test_noqa_where_the_tensors_meet_suppresses_the_finding() -> None:
    body = CASES["bidirectional-into-lstm"][0].replace("second(out)\n", "second(out)  # noqa: LC008\n")
    assert flow_findings(HEAD + body) == []


def test_messages_carry_no_source_comments() -> None:
    source = "import torch.nn as nn\nlstm = nn.LSTM(\n    10,  # noqa: LC006 the features\n)\n"
    result = check_source(source.encode(), "case.py")
    (finding,) = result.findings
    assert finding.code == "LC001"
    assert "#" not in finding.message and "noqa" not in finding.message
    assert "nn.LSTM(10)" in finding.message


def test_verify_reports_no_symptom_the_cause_explains() -> None:
    for name in ("swap-upstream-of-a-stacked-layer", "swap-upstream-of-a-decoders-states"):
        result = check_source((HEAD + CASES[name][0]).encode(), "case.py", Settings(verify=True))
        assert [f.code for f in result.findings] == ["LC003"], result.findings
        assert result.findings[0].verify.status == "confirmed"


def test_verify_checks_that_the_fix_removes_torchs_error() -> None:
    for name in ("bidirectional-into-lstm", "swap-that-fits-the-head", "cell-swapped-input-and-state"):
        (finding,) = flow_findings(HEAD + CASES[name][0], verify=True)
        assert finding.verify is not None and finding.verify.status == "confirmed", finding.verify
        assert "with the fix applied it runs" in (finding.verify.ran or "")


# --- the reports ----------------------------------------------------------------------------

def _result() -> FileResult:
    source = HEAD + CASES["swap-that-fits-the-head"][0]
    return check_source(source.encode(), "case.py")


def test_text_shows_notes_with_their_lines_and_the_fix_as_help() -> None:
    out = io.StringIO()
    text_report.write([_result()], out)
    shown = out.getvalue().splitlines()
    assert shown[0].startswith("case.py:3:16: error: LC003 nn.LSTM is fed 8 features")
    assert "3 | lstm = nn.LSTM(input_size=12, hidden_size=8, batch_first=True)" in shown
    assert "  |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^" in shown
    note = shown.index("note: tensors meet here: fed 8 features (torch.randn(...) at line 5)")
    assert shown[note + 1] == "  --> case.py:6:10"
    assert shown[note + 3] == "6 | out, _ = lstm(x)"
    assert "  = help: swap them: nn.LSTM(input_size=8, hidden_size=12)" in shown


def test_concise_is_one_line_with_severity() -> None:
    out = io.StringIO()
    text_report.write([_result()], out, show_source=False)
    first = out.getvalue().splitlines()[0]
    assert first.startswith("case.py:3:16: error: LC003 nn.LSTM is fed 8 features")


def _made_up(**fields) -> Finding:
    base = dict(code="LC006", name="ineffective-dropout", severity="warning", path="m.ipynb",
                location=Location(2, 5, 2, 8), message="a message")
    return Finding(**{**base, **fields})


def test_safe_fix_is_marked_notebook_cells_named_and_a_line_shown_once() -> None:
    safe = Fix("remove it", (Edit(Location(2, 5, 2, 8), ""),), safe=True)
    findings = (_made_up(fix=safe, cell=3), _made_up(code="LC005", cell=3))
    result = FileResult("m.ipynb", findings, snippets={(3, 2): "x = abc + 1"})
    out = io.StringIO()
    text_report.write([result], out)
    shown = out.getvalue()
    assert "m.ipynb:cell 3:2:5: warning: LC006 [*] a message" in shown
    assert "m.ipynb:cell 3:2:5: warning: LC005 a message" in shown
    assert shown.count("x = abc + 1") == 1
    concise = io.StringIO()
    text_report.write([result], concise, show_source=False)
    assert "m.ipynb:cell 3:2:5: warning: LC006 [*] a message" in concise.getvalue()


def test_a_second_finding_elsewhere_on_the_line_gets_its_own_carets() -> None:
    findings = (_made_up(path="m.py", location=Location(2, 5, 2, 8)),
                _made_up(path="m.py", code="LC005", location=Location(2, 11, 2, 12)))
    result = FileResult("m.py", findings, snippets={(None, 2): "x = abc + 1"})
    out = io.StringIO()
    text_report.write([result], out)
    rows = out.getvalue().splitlines()
    assert rows.count("2 | x = abc + 1") == 2
    carets = [row for row in rows if "^" in row]
    assert [row.index("^") - row.index("|") - 2 for row in carets] == [4, 10]


def test_a_long_line_is_cut_around_the_caret() -> None:
    line = "y = " + "a + " * 150 + "nn.LSTM(10, 20, dropout=0.5)" + " + b" * 100
    column = line.index("dropout") + 1
    finding = _made_up(path="m.py", location=Location(1, column, 1, column + 11))
    result = FileResult("m.py", (finding,), snippets={(None, 1): line})
    out = io.StringIO()
    text_report.write([result], out)
    rows = out.getvalue().splitlines()
    source = next(r for r in rows if r.startswith("1 | "))
    carets = next(r for r in rows if "^" in r)
    assert len(source) < 220 and source.startswith("1 | ...") and source.endswith("...")
    start = carets.index("^")
    assert source[start:start + 11] == "dropout=0.5"


def test_json_has_related_fix_cell_and_url() -> None:
    out = io.StringIO()
    json_report.write([_result()], out)
    (finding,) = json.loads(out.getvalue())
    assert finding["cell"] is None and finding["url"] is None
    assert finding["fix"]["applicability"] == "unsafe"
    assert {e["content"] for e in finding["fix"]["edits"]} == {"input_size=8", "hidden_size=12"}
    assert finding["related"][0] == {"path": "case.py", "line": 6, "column": 10, "end_line": 6,
                                     "end_column": 17, "message": "tensors meet here: fed 8 "
                                     "features (torch.randn(...) at line 5)"}


def test_a_feed_in_one_configuration_says_which_and_a_configuration_no_one_builds_warns() -> None:
    from dataclasses import replace

    from lstmcheck.lint.extract import extract
    from lstmcheck.lint.rules.lc008_input_size_mismatch import check_feed

    facts = extract(HEAD + CASES["bidirectional-into-lstm"][0], "case.py")
    feed = next(f for f in facts.feeds if f.record is not None and f.location.line == 6)
    conditional = replace(feed, when="when bidirectional=True")
    facts = replace(facts, feeds=tuple(conditional if f is feed else f for f in facts.feeds))
    (finding,) = check_feed(conditional, facts)
    assert finding.message.startswith("when bidirectional=True, nn.LSTM reads")
    assert finding.severity == "error"
    (guess,) = check_feed(replace(conditional, hypothetical=True), facts)
    assert guess.severity == "warning"
    assert guess.message.endswith("(no call in this file builds that configuration)")


def test_verify_refutes_a_fix_that_leaves_torchs_error() -> None:
    from dataclasses import replace

    from lstmcheck.lint.confirm import confirm
    from lstmcheck.lint.extract import extract

    source = HEAD + CASES["bidirectional-into-lstm"][0]
    facts = extract(source, "case.py")
    (finding,) = flow_findings(source)
    (edit,) = finding.fix.edits
    wrong = replace(finding, fix=replace(finding.fix, edits=(replace(edit, text="33"),)))
    (judged,) = [f for f in confirm(facts, [wrong]) if f.code == "LC008"]
    assert judged.verify.status == "refuted"
    assert "does not remove torch's error" in judged.verify.message
    (right,) = [f for f in confirm(facts, [finding]) if f.code == "LC008"]
    assert right.verify.status == "confirmed"


def test_a_head_fed_in_several_places_gets_one_finding_and_no_edit_that_breaks_another() -> None:
    source = HEAD + (
        "lstm = nn.LSTM(10, 16, bidirectional=True)\n"
        "head = nn.Linear(16, 1)\n"
        "out, (h_n, _) = lstm(torch.randn(5, 3, 10))\n"
        "a = head(h_n[-1])\n"
        "b = head(out)\n"
        "c = head(out[-1])\n")
    (finding,) = flow_findings(source)
    assert (finding.code, finding.location.line) == ("LC007", 4)
    assert finding.fix.edits == ()  # in_features=32 would break `head(h_n[-1])`
    assert "feed it 32 features at line 6 too" in finding.fix.description
    assert [r.location.line for r in finding.related][:3] == [7, 8, 6]
    single = source.replace("a = head(h_n[-1])\n", "")
    (finding,) = flow_findings(single)
    assert torch_runs(apply(single, finding.fix.edits)) is None


def test_call_text_in_messages_drops_comments_and_layout_only() -> None:
    from lstmcheck.lint.spans import plain

    assert plain("nn.LSTM( 10, # noqa: LC006\n )") == "nn.LSTM(10)"
    assert plain("nn.LSTM(\n    10,\n    bias=(1,),  # why\n)") == "nn.LSTM(10, bias=(1,))"
    assert plain('nn.LSTM(10, name="a # b")') == 'nn.LSTM(10, name="a # b")'
