"""LC007 judges the other layers that read a recurrent output: Conv1d, BatchNorm1d, LayerNorm,
MultiheadAttention. torch is the oracle: each bug raises, each look-alike runs, and --verify
confirms each finding on the meta device, with its fix applied too."""

from __future__ import annotations

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.records import Settings
from tests.test_diagnosis import HEAD, apply, torch_runs

# name: (body, the line the finding is at, or None for code torch runs)
CASES = {
    "conv1d-fed-the-output-untransposed": (
        "lstm = nn.LSTM(10, 32, batch_first=True)\nconv = nn.Conv1d(32, 8, 3)\n"
        "out, _ = lstm(torch.randn(4, 20, 10))\ny = conv(out)\n", 6),
    "conv1d-fed-the-output-transposed": (
        "lstm = nn.LSTM(10, 32, batch_first=True)\nconv = nn.Conv1d(32, 8, 3)\n"
        "out, _ = lstm(torch.randn(4, 20, 10))\ny = conv(out.transpose(1, 2))\n", None),
    "layernorm-sized-for-one-direction": (
        "lstm = nn.LSTM(10, 32, batch_first=True, bidirectional=True)\nnorm = nn.LayerNorm(32)\n"
        "out, _ = lstm(torch.randn(4, 20, 10))\ny = norm(out)\n", 4),
    "layernorm-sized-for-both-directions": (
        "lstm = nn.LSTM(10, 32, batch_first=True, bidirectional=True)\nnorm = nn.LayerNorm(64)\n"
        "out, _ = lstm(torch.randn(4, 20, 10))\ny = norm(out)\n", None),
    "batchnorm-of-the-wrong-size": (
        "gru = nn.GRU(10, 32, batch_first=True)\nbn = nn.BatchNorm1d(16)\n"
        "out, _ = gru(torch.randn(4, 20, 10))\ny = bn(out.transpose(1, 2))\n", 4),
    "batchnorm-on-the-last-hidden-state": (
        "gru = nn.GRU(10, 32, batch_first=True)\nbn = nn.BatchNorm1d(32)\n"
        "_, h = gru(torch.randn(4, 20, 10))\ny = bn(h[-1])\n", None),
    "batchnorm-without-weights-takes-any-size": (
        "gru = nn.GRU(10, 32, batch_first=True)\n"
        "bn = nn.BatchNorm1d(16, affine=False, track_running_stats=False)\n"
        "out, _ = gru(torch.randn(4, 20, 10))\ny = bn(out.transpose(1, 2))\n", None),
    "attention-sized-for-one-direction": (
        "gru = nn.GRU(10, 32, batch_first=True, bidirectional=True)\n"
        "attn = nn.MultiheadAttention(32, 4, batch_first=True)\n"
        "out, _ = gru(torch.randn(4, 20, 10))\ny, w = attn(out, out, out)\n", 4),
    "attention-sized-for-both-directions": (
        "gru = nn.GRU(10, 32, batch_first=True, bidirectional=True)\n"
        "attn = nn.MultiheadAttention(64, 4, batch_first=True)\n"
        "out, _ = gru(torch.randn(4, 20, 10))\ny, w = attn(out, out, out)\n", None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_head_that_reads_the_wrong_size_is_an_error_torch_agrees(name: str) -> None:
    body, line = CASES[name]
    source = HEAD + body
    findings = [f for f in check_source(source.encode(), "case.py", Settings(verify=True)).findings
                if f.severity == "error"]
    if line is None:
        assert torch_runs(source) is None
        assert findings == []
        return
    assert torch_runs(source) is not None
    (finding,) = findings
    assert (finding.code, finding.location.line) == ("LC007", line), finding.message
    assert finding.verify is not None and finding.verify.status == "confirmed", finding.verify
    assert finding.fix is not None
    if finding.fix.edits:
        fixed = apply(source, finding.fix.edits)
        assert torch_runs(fixed) is None, fixed
        assert "with the fix applied it runs" in (finding.verify.ran or "")
    else:
        assert "transpose(1, 2)" in finding.fix.description
        assert any(r.message.startswith("nn.Conv1d is built here") for r in finding.related)
