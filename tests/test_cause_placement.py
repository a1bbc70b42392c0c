"""Where a state finding points when the state is not what to change (issue 11, rule side).

Each case is a script torch rejects. LC009 alone must report it, at the span a user would change:
the lone tensor an LSTM got where its pair belongs, the layer that ignores the model's own
direction flag, the call that passes a tensor that is no state at all, or an input that lost
its batch dim next to batched states. torch is the
oracle: the script fails as written and runs once that span is changed.
"""

from __future__ import annotations

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.records import Settings
from tests.test_diagnosis import HEAD, torch_runs

# name: (source, line of the finding, (old, new): the change at that line that makes torch run)
CASES = {
    "one-tensor-for-an-lstm-is-fixed-where-it-is-made": (
        "lstm = nn.LSTM(4, 10, batch_first=True)\n"
        "hidden = torch.zeros(1, 2, 10)\n"
        "out, _ = lstm(torch.zeros(2, 7, 4), hidden)\n",
        4, ("torch.zeros(1, 2, 10)", "(torch.zeros(1, 2, 10), torch.zeros(1, 2, 10))")),
    "direction-flag-not-passed-on": (
        "class Encoder(nn.Module):\n"
        "    def __init__(self, size, hidden, layers=1, bidirectional=False):\n"
        "        super().__init__()\n"
        "        self.layers, self.hidden, self.bidirectional = layers, hidden, bidirectional\n"
        "        self.lstm = nn.LSTM(size, hidden, num_layers=layers)\n"
        "    def forward(self, x):\n"
        "        first = self.layers * 2 if self.bidirectional else self.layers\n"
        "        h = torch.zeros(first, x.size(1), self.hidden)\n"
        "        return self.lstm(x, (h, h))\n"
        "Encoder(6, 8, bidirectional=True)(torch.randn(5, 3, 6))\n",
        7, ("num_layers=layers)", "num_layers=layers, bidirectional=bidirectional)")),
    "a-literal-direction-in-the-other-branch": (
        "class Sentences(nn.Module):\n"
        "    def __init__(self, size, hidden, bidirectional=True):\n"
        "        super().__init__()\n"
        "        self.hidden, self.bidirectional = hidden, bidirectional\n"
        "        if bidirectional:\n"
        "            self.gru = nn.GRU(size, hidden, bidirectional=True)\n"
        "        else:\n"
        "            self.gru = nn.GRU(size, hidden, bidirectional=True)\n"
        "    def forward(self, x):\n"
        "        if self.bidirectional:\n"
        "            h = torch.zeros(2, x.size(1), self.hidden)\n"
        "        else:\n"
        "            h = torch.zeros(1, x.size(1), self.hidden)\n"
        "        return self.gru(x, h)\n"
        "Sentences(6, 8, bidirectional=False)(torch.randn(5, 3, 6))\n",
        10, ("bidirectional=True)", "bidirectional=False)")),
    "another-tensor-passed-as-the-state": (
        "gru = nn.GRU(8, 16, batch_first=True)\n"
        "queries = torch.randn(2, 9, 24)\n"
        "out, h = gru(torch.randn(2, 1, 8), queries)\n",
        5, ("queries)", "torch.zeros(1, 2, 16))")),
    "a-2d-input-with-batched-states-lost-a-dim": (
        "lstm = nn.LSTM(input_size=1, hidden_size=2, batch_first=True)\n"
        "x = torch.randn(10, 4)\n"
        "h0, c0 = torch.zeros(1, x.size(0), 2), torch.zeros(1, x.size(0), 2)\n"
        "out, _ = lstm(x, (h0, c0))\n",
        6, ("lstm(x,", "lstm(x.unsqueeze(-1),")),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_state_finding_sits_where_the_fix_goes(name: str) -> None:
    body, line, (old, new) = CASES[name]
    source = HEAD + body
    assert torch_runs(source) is not None, "the case must be a bug torch rejects"
    findings = [f for f in check_source(source.encode(), "case.py").findings
                if f.code in ("LC003", "LC007", "LC008", "LC009")]
    assert [(f.code, f.location.line, f.severity) for f in findings] == [("LC009", line, "error")], \
        findings
    lines = source.split("\n")
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new)
    fixed = "\n".join(lines)
    assert torch_runs(fixed) is None, f"after the change:\n{fixed}"
    assert [f for f in check_source(fixed.encode(), "case.py").findings
            if f.severity == "error"] == []


def test_verify_confirms_each_moved_finding() -> None:
    for name in ("direction-flag-not-passed-on", "another-tensor-passed-as-the-state",
                 "a-2d-input-with-batched-states-lost-a-dim"):
        result = check_source((HEAD + CASES[name][0]).encode(), "case.py", Settings(verify=True))
        verdicts = [f.verify.status for f in result.findings if f.code == "LC009"]
        assert verdicts == ["confirmed"], [(f.message, f.verify) for f in result.findings]


BATCH_FIRST_STATE = (
    "class Tagger(nn.Module):\n"
    "    def __init__(self, layers=2):\n"
    "        super().__init__()\n"
    "        self.layers = layers\n"
    "        self.emb = nn.Embedding(100, 8)\n"
    "        self.gru = nn.GRU(8, 16, layers, batch_first=True)\n"
    "    def forward(self, x):\n"
    "        h0 = torch.zeros({dims})\n"
    "        return self.gru(self.emb(x), h0)\n"
    "def tag(tokens):\n"
    "    return Tagger()(tokens)\n")
# The batch the file never shows: torch runs the model on it, the linter never sees this line.
BATCH_FIRST_CALL = "tag(torch.randint(0, 100, (4, 7)))\n"


def test_a_state_built_batch_first_is_a_warning_naming_its_assumption() -> None:
    wrong = HEAD + BATCH_FIRST_STATE.format(dims="x.size(0), self.layers, 16")
    right = HEAD + BATCH_FIRST_STATE.format(dims="self.layers, x.size(0), 16")
    assert torch_runs(wrong + BATCH_FIRST_CALL) is not None and torch_runs(right + BATCH_FIRST_CALL) is None
    (finding,) = [f for f in check_source(wrong.encode(), "case.py").findings if f.code == "LC009"]
    assert (finding.severity, finding.location.line) == ("warning", 10)
    assert "(this assumes x.size(0) is the batch, not 2)" in finding.message
    assert [f for f in check_source(right.encode(), "case.py").findings if f.code == "LC009"] == []
    (verified,) = [f for f in check_source(wrong.encode(), "case.py", Settings(verify=True)).findings
                   if f.code == "LC009"]
    assert verified.verify is not None and verified.verify.status == "unverifiable"
