"""`lstmcheck check --verify`: torch's own verdict on every finding.

The expectations come from torch-rnn-errors.md (a copy of ../shared/reference/, where every
row was run on torch 2.13): each snippet, written into a file and checked with --verify, must
get the verdict and the message torch gives. Then: verify is no rubber stamp (a wrong claim is
refuted), no fixture finding is refuted, the scanned code never runs, torch is imported only
when something is to be verified, and its absence is one line and exit 2.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lstmcheck.lint.confirm import confirm
from lstmcheck.lint.engine import check_source
from lstmcheck.lint.extract import extract
from lstmcheck.records import Finding, Location, Settings, TorchOutcome

HERE = Path(__file__).parent
SHARED = HERE.parent.parent / "shared" / "reference" / "torch-rnn-errors.md"
REFERENCE = SHARED if SHARED.exists() else HERE / "fixtures" / "reference" / "torch-rnn-errors.md"
VERIFY = Settings(verify=True)


def reference_rows() -> list[tuple[str, str, str, str, str]]:
    """(id, snippet, outcome, message or what the forward pass does, source)."""
    rows = []
    for line in REFERENCE.read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) >= 4 and re.fullmatch(r"[A-E]\d+", cells[0]):
            source = cells[4] if len(cells) > 4 else ""
            rows.append((cells[0], cells[1].strip("`"), cells[2], cells[3], source))
    return rows


ROWS = reference_rows()
BUILD_ROWS = [r for r in ROWS if not r[0].startswith("E")]
ACCEPTED_ROWS = [r for r in ROWS if r[0].startswith("E")]


def verified(snippet: str) -> tuple[Finding, ...]:
    source = f"import torch\nfrom torch import nn\nlayer = {snippet}\n"
    return check_source(source.encode(), "model.py", VERIFY).findings


def python_pattern(message: str) -> str:
    """Python's binding errors: the qualname prefix depends on the Python version."""
    pattern = re.escape(message)
    return re.sub(r"^(\w+)\\\.__init__\\\(\\\)", r"(\1\\.)?__init__\\(\\)", pattern)


def test_the_reference_is_read_whole() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids))
    for section, last in (("A", 12), ("B", 27), ("C", 4), ("D", 4), ("E", 12)):
        assert [i for i in ids if i[0] == section] == [f"{section}{n}" for n in range(1, last + 1)]


@pytest.mark.parametrize("row", BUILD_ROWS, ids=[r[0] for r in BUILD_ROWS])
def test_every_reference_failure_gets_torchs_verdict(row) -> None:
    rid, snippet, outcome, message, source = row
    message = message.strip("`")
    findings = verified(snippet)
    assert findings, f"{rid}: nothing reported for {snippet}"
    assert not [f for f in findings if f.verify.status == "refuted"], findings
    exception = re.search(r"(raises|warns) (\w+)", outcome).group(2)
    confirmed = [f for f in findings if f.verify.status == "confirmed"
                 and f.verify.exception == exception]
    assert confirmed, f"{rid}: no finding confirmed with {exception}: {findings}"
    said = confirmed[0].verify.message
    if source == "python":
        assert re.fullmatch(python_pattern(message), said), (message, said)
    else:
        assert said == message
    assert confirmed[0].verify.torch_version and confirmed[0].verify.ran
    if "also warns first" in outcome:  # D4: the dropout warning comes before the error
        assert any(f.verify.status == "confirmed" and f.verify.exception == "UserWarning"
                   for f in findings), findings


@pytest.mark.parametrize("row", ACCEPTED_ROWS, ids=[r[0] for r in ACCEPTED_ROWS])
def test_calls_torch_builds_are_judged_at_the_forward_pass(row) -> None:
    rid, snippet, _, later, _ = row
    findings = verified(snippet)
    assert not [f for f in findings if f.verify.status == "refuted"], findings
    assert not [f for f in findings if f.code == "LC010"], findings
    failure = re.match(r"(TypeError|RuntimeError) `([^`]*)`", later)
    if later.startswith("same as E6"):
        failure = re.match(r"(\w+) `([^`]*)`", dict((r[0], r[3]) for r in ROWS)["E6"])
    if failure is None:  # it works: nothing may claim that torch fails
        assert all(f.outcome is not None and f.outcome.kind == "accepts" for f in findings)
        assert all(f.verify.status == "confirmed" for f in findings), findings
        return
    exception, text = failure.groups()
    # The reference's text is for its own shapes (N=3); --verify feeds N=1.
    start = re.escape(text.rstrip(" .")).replace(r"\(1,\ 3,", r"\(1,\ \d+,").replace(
        r"\[1,\ 3,", r"\[1,\ \d+,").replace(r"\ \-\ \.\.\.", "")
    confirmed = [f for f in findings if f.verify.status == "confirmed"
                 and f.verify.exception == exception and re.match(start, f.verify.message)]
    assert confirmed, (rid, findings)
    assert "forward pass" in confirmed[0].verify.ran


# --- verify is no rubber stamp --------------------------------------------------------------

def test_a_wrong_prediction_is_refuted() -> None:
    facts = extract("import torch.nn as nn\nlayer = nn.LSTM(10, 20)\n", "model.py")
    record = facts.calls[0]
    wrong = Finding("LC005", "invalid-value", "error", "model.py", record.location, "made up",
                    outcome=TorchOutcome("raises", "ValueError", "hidden_size must be greater "
                                         "than zero"), call=record.location)
    (judged,) = confirm(facts, [wrong])
    assert judged.verify.status == "refuted"
    assert "without an error" in judged.verify.message


def test_a_wrong_flow_claim_is_refuted() -> None:
    source = ("import torch\nfrom torch import nn\n"
              "lstm = nn.LSTM(8, 16, bidirectional=True)\nhead = nn.Linear(32, 1)\n"
              "out, _ = lstm(torch.randn(5, 3, 8))\ny = head(out[-1])\n")
    facts = extract(source, "model.py")
    (feed,) = [f for f in facts.feeds if f.kind == "Linear"]
    claim = Finding("LC007", "bidirectional-head-mismatch", "error", "model.py", feed.location,
                    "made up", outcome=TorchOutcome("forward-raises", "RuntimeError", "mat1",
                                                    source="pattern"), call=feed.location)
    (judged,) = confirm(facts, [claim])
    assert judged.verify.status == "refuted"


def test_no_finding_on_the_fixtures_is_refuted() -> None:
    paths = sorted((HERE / "fixtures").glob("*/*.py")) + sorted((HERE.parent / "examples").glob("*.py"))
    statuses: dict[str, int] = {}
    for path in paths:
        for finding in check_source(path.read_bytes(), str(path), VERIFY).findings:
            if finding.verify is None:
                assert finding.code == "LC000"
                continue
            assert finding.verify.status != "refuted", (path, finding)
            statuses[finding.verify.status] = statuses.get(finding.verify.status, 0) + 1
    assert statuses["confirmed"] > 100 and statuses["unverifiable"] > 0


def test_verify_finds_nothing_torch_rejects_in_the_real_look_alikes() -> None:
    """Correct code from real projects (tests/realbugs/ok_*): torch, run on what the flow knows
    in every configuration, rejects nothing. (The configurations of one call, bidirectional
    and not, once shared one built layer: LC010 on Sentence-VAE's correct encoder.)"""
    errors = [(path.name, f.code, f.location.line, f.message)
              for path in sorted((HERE / "realbugs").glob("ok_*.py"))
              for f in check_source(path.read_bytes(), str(path), VERIFY).findings
              if f.severity == "error" or (f.verify is not None and f.verify.status == "refuted")]
    assert errors == []


# --- what the flow knows reaches torch ------------------------------------------------------

FORECASTER = """\
import torch
from torch import nn


class Forecaster(nn.Module):
    def __init__(self, n_features=3, hidden_size=32, num_layers=2):
        super().__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.lstm = nn.LSTM(n_features, hidden_size, num_layers, batch_first=True,
                            bidirectional=True, device="cuda")
        self.head = nn.Linear(hidden_size, 1)

    def forward(self, window):
        h_0 = torch.zeros(self.num_layers, window.size(0), self.hidden_size)
        c_0 = torch.zeros(self.num_layers, window.size(0), self.hidden_size)
        output, _ = self.lstm(window, (h_0, c_0))
        return self.head(output[:, -1, :])
"""


def test_flow_findings_are_confirmed_with_parameter_defaults() -> None:
    findings = {f.code: f for f in check_source(FORECASTER.encode(), "f.py", VERIFY).findings}
    states, head = findings["LC009"].verify, findings["LC007"].verify
    assert states.status == "confirmed" and states.exception == "RuntimeError"
    assert re.fullmatch(r"Expected hidden\[0\] size \(4, \d+, 32\), got \[2, \d+, 32\]",
                        states.message)
    assert "hidden_size defaults to 32" in states.ran and "num_layers defaults to 2" in states.ran
    assert head.status == "confirmed" and "nn.Linear(32, ...) fed 64 features" in head.ran


def test_device_is_replaced_by_meta_and_dtype_kept() -> None:
    (finding,) = verified("nn.LSTM(10, 20, dropout=0.5, device='cuda', dtype=torch.float64)")
    assert finding.verify.status == "confirmed"
    assert "device='meta'" in finding.verify.ran and "dtype=torch.float64" in finding.verify.ran


def test_huge_sizes_verify_on_meta() -> None:
    source = ("import torch\nfrom torch import nn\n"
              "big = nn.LSTM(100000, 200000, num_layers=4, bidirectional=True, proj_size=99999)\n"
              "out, _ = big(torch.randn(10, 2, 100000), (torch.zeros(4, 2, 99999), "
              "torch.zeros(4, 2, 200000)))\n"
              "bad = nn.LSTM(100000, 100000, num_layers=8, dropout=1.5)\n"
              "many = nn.GRU(10, 20, num_layers=10**9)\n"
              "deep = nn.GRU(10, 20, num_layers=1000000, dropout=2.0)\n")
    findings = check_source(source.encode(), "big.py", VERIFY).findings
    by_line = {f.location.line: f for f in findings}
    assert by_line[4].code == "LC009" and by_line[4].verify.status == "confirmed"
    assert by_line[5].code == "LC005" and by_line[5].verify.status == "confirmed"
    assert 6 not in by_line  # 10**9 is not a literal the linter folds: unknown, silent
    assert by_line[7].code == "LC005" and by_line[7].verify.status == "unverifiable"
    assert "more layers than --verify builds" in by_line[7].verify.message


def test_a_failure_no_rule_foresaw_becomes_lc010() -> None:
    source = ("import torch\nfrom torch import nn\nlstm = nn.LSTM(10, 20)\n"
              "out, _ = lstm(torch.randn(0, 3, 10))\n")
    (finding,) = check_source(source.encode(), "m.py", VERIFY).findings
    assert finding.code == "LC010" and finding.location.line == 4
    assert finding.verify.status == "confirmed"
    assert "Expected sequence length to be larger than 0" in finding.message
    assert check_source(source.encode(), "m.py").findings == ()


def test_an_input_of_a_rank_torch_rejects_is_tried_with_its_own_sizes() -> None:
    # MNIST images (32, 1, 28, 28) fed to an LSTM: no dim is the sequence, none is shrunk
    source = ("import torch\nfrom torch import nn\nlstm = nn.LSTM(28, 64, batch_first=True)\n"
              "out, _ = lstm(torch.randn(32, 1, 28, 28))\n")
    finding = next(f for f in check_source(source.encode(), "m.py", VERIFY).findings
                   if f.location.line == 4)
    assert finding.verify.status == "confirmed", finding.verify
    assert "input (32, 1, 28, 28)" in finding.verify.ran
    with pytest.raises(ValueError) as raised:
        import torch
        torch.nn.LSTM(28, 64, batch_first=True)(torch.zeros(32, 1, 28, 28))
    assert str(raised.value) in finding.message


def test_a_last_step_taken_from_the_batch_is_unverifiable_not_a_verify_error() -> None:
    # it runs: torch cannot tell the last sample from the last step (was an AssertionError)
    source = ("import torch\nfrom torch import nn\n\n\nclass M(nn.Module):\n"
              "    def __init__(self):\n        super().__init__()\n"
              "        self.lstm = nn.LSTM(8, 16, batch_first=False)\n"
              "        self.fc = nn.Linear(16, 3)\n\n"
              "    def forward(self, x):\n        out, _ = self.lstm(x)\n"
              "        return self.fc(out[:, -1, :])\n\n\n"
              "logits = M()(torch.randn(5, 4, 8))\n"
              "loss = nn.functional.cross_entropy(logits, torch.zeros(4, dtype=torch.long))\n")
    findings = check_source(source.encode(), "m.py", VERIFY).findings
    stepped = [f for f in findings if "last step" in f.message]
    assert stepped, findings
    for finding in stepped:
        assert finding.verify.status == "unverifiable"
        assert "could not verify" not in finding.verify.message


# --- as a user runs it ----------------------------------------------------------------------

def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "lstmcheck", *args], cwd=cwd,
                          capture_output=True, text=True, env=env, timeout=300)


def test_json_text_concise_and_github_show_the_verdict(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("from torch import nn\nlayer = nn.LSTM(10, 0)\n")
    out = run("check", "--verify", "--output-format", "json", "m.py", cwd=tmp_path)
    assert out.returncode == 1 and out.stderr == ""
    (finding,) = json.loads(out.stdout)
    import torch

    assert finding["verify"] == {
        "status": "confirmed", "torch_version": torch.__version__, "exception": "ValueError",
        "message": "hidden_size must be greater than zero",
        "ran": "nn.LSTM(10, 0) on the meta device"}
    text = run("check", "--verify", "m.py", cwd=tmp_path).stdout
    assert f"= confirmed by torch {torch.__version__}: ValueError: hidden_size must be " \
           "greater than zero" in text
    assert "= tried: nn.LSTM(10, 0) on the meta device" in text
    concise = run("check", "--verify", "--output-format", "concise", "m.py", cwd=tmp_path).stdout
    assert concise.splitlines()[0].endswith("[confirmed]")
    github = run("check", "--verify", "--output-format", "github", "m.py", cwd=tmp_path).stdout
    assert github.startswith("::error") and "[torch: confirmed]" in github


def test_scanned_code_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    (tmp_path / "evil.py").write_text(
        f"open({str(marker)!r}, 'w').write('imported')\n"
        "import torch\nfrom torch import nn\n"
        f"SIZE = open({str(marker)!r}, 'w').write('evaluated')\n"
        "class M(nn.Module):\n"
        f"    HIDDEN = __import__('pathlib').Path({str(marker)!r}).write_text('class body')\n"
        "    def __init__(self, hidden=20):\n"
        "        super().__init__()\n"
        "        self.a = nn.LSTM(10, hidden, dropout=0.5)\n"
        "        self.b = nn.LSTM(SIZE, self.HIDDEN)\n"
        "        self.c = nn.LSTM(10, 20, num_layers=exec('open(\"x\", \"w\")'))\n")
    out = run("check", "--verify", "--output-format", "json", "evil.py", cwd=tmp_path)
    assert out.returncode == 1, out.stderr
    assert not marker.exists() and not (tmp_path / "x").exists()
    codes = {f["code"]: f["verify"]["status"] for f in json.loads(out.stdout)}
    assert codes == {"LC006": "confirmed"}


def test_torch_is_imported_only_when_something_is_verified(tmp_path: Path) -> None:
    (tmp_path / "plain.py").write_text("import torch\nx = torch.zeros(3)\n")
    (tmp_path / "model.py").write_text("from torch import nn\nlayer = nn.LSTM(10, 20)\n")
    probe = ("import sys\nfrom lstmcheck.cli import app\n"
             "try:\n    app(['check', '--verify', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
             "print('torch' in sys.modules, file=sys.stderr)\n")
    for name, imported in (("plain.py", "False"), ("model.py", "True")):
        proc = subprocess.run([sys.executable, "-c", probe, name], cwd=tmp_path,
                              capture_output=True, text=True, timeout=300)
        assert proc.stderr.splitlines() == [imported], proc.stderr  # nothing else on stderr


def test_without_torch_verify_says_how_to_install(tmp_path: Path) -> None:
    (tmp_path / "sitecustomize.py").write_text("import sys\nsys.modules['torch'] = None\n")
    (tmp_path / "model.py").write_text("from torch import nn\nlayer = nn.LSTM(10)\n")
    out = run("check", "--verify", "model.py", cwd=tmp_path, env={"PYTHONPATH": str(tmp_path)})
    assert out.returncode == 2 and out.stdout == ""
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("lstmcheck: error: ")
    assert "pip install 'lstmcheck[verify]'" in lines[0]
    plain = run("check", "model.py", cwd=tmp_path, env={"PYTHONPATH": str(tmp_path)})
    assert plain.returncode == 1 and "LC001" in plain.stdout


def test_a_pool_of_workers_gives_the_same_verdicts(tmp_path: Path) -> None:
    for i in range(70):
        (tmp_path / f"m{i:02}.py").write_text(f"from torch import nn\nlayer = nn.LSTM(10, {i % 3})\n")
    out = run("check", "--verify", "--output-format", "json", ".", cwd=tmp_path)
    findings = json.loads(out.stdout)
    assert len(findings) == 24  # i % 3 == 0: hidden_size 0
    assert {f["verify"]["status"] for f in findings} == {"confirmed"}


# --- stand-ins never decide a verdict (regressions from a review) ---------------------------

def test_states_batch_against_the_known_input_is_confirmed_when_features_are_unknown() -> None:
    source = ("import torch\nfrom torch import nn\n"
              "def run(n_features):\n"
              "    lstm = nn.LSTM(n_features, 20)\n"
              "    x = torch.randn(7, 5, n_features)\n"
              "    h0 = torch.zeros(1, 3, 20)\n    c0 = torch.zeros(1, 3, 20)\n"
              "    out, _ = lstm(x, (h0, c0))\n")
    (finding,) = check_source(source.encode(), "m.py", VERIFY).findings
    assert finding.code == "LC009"
    assert finding.verify.status == "confirmed", finding.verify
    assert finding.verify.message == "Expected hidden[0] size (1, 5, 20), got [1, 3, 20]"


def test_states_of_unknown_rank_input_are_judged_as_batched() -> None:
    source = ("import torch\nfrom torch import nn\n"
              "class M(nn.Module):\n"
              "    def __init__(self, input_size=4, hidden_size=16):\n"
              "        super().__init__()\n"
              "        self.hidden_size = hidden_size\n"
              "        self.rnn = nn.RNN(input_size, hidden_size, batch_first=True)\n"
              "    def forward(self, x):\n"
              "        h0 = torch.zeros(1, self.hidden_size)\n"
              "        out, _ = self.rnn(x, h0)\n"
              "        return out[:, -1, :]\n")
    findings = check_source(source.encode(), "m.py", VERIFY).findings
    assert findings and all(f.verify.status != "refuted" for f in findings), findings


@pytest.mark.parametrize("snippet", ["nn.LSTM(10, True, dtype=torch.int64)",
                                     "nn.LSTM(10, 20, bidirectional=1, dtype=torch.int64)",
                                     "nn.LSTM(10, True, dropout=0.5)"])
def test_another_failure_or_a_foreseen_warning_refutes_nothing(snippet: str) -> None:
    findings = verified(snippet)
    assert findings and all(f.verify.status != "refuted" for f in findings), findings
