"""State structures real code gets wrong (LC009): a GRU's state in a tuple, one tensor where an
LSTM takes (h, c), a cell stepped with a whole stack's (L, N, H) state; states kept in objects
(`state.hidden`), indexed per layer, an LSTM's pair used as one tensor, spread over two
arguments, or a GRU's state indexed as if it were the pair.

tests/structures/ holds real reports rebuilt small (`bug_*`: header `# source:` the thread,
`# torch:` what torch 2.13 does with probe(), one `# fix:` line) and correct look-alikes
(`ok_*`, torch runs them). torch is the oracle: every probe runs here, in this process, except
the two that crash the interpreter (run in a child each). The linter must report LC009 on
each bug's fix line and say nothing at all on a look-alike.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from lstmcheck.api import check_source

CASES = Path(__file__).parent / "structures"
BUGS = sorted(CASES.glob("bug_*.py"))
LOOKALIKES = sorted(CASES.glob("ok_*.py"))
SEGFAULT = "segmentation fault"

# Reports the flow does not reach yet: cells held in an nn.ModuleList and stepped in a loop
# over enumerate(self.layers), with the state indexed by the loop's counter.
NOT_CAUGHT = {
    "bug_nni_2091_stacked_lstmcell_1d_next_input.py": "cells iterated from an nn.ModuleList",
}


def _header(path: Path, key: str) -> str:
    match = re.search(rf"^# {key}: (.*)$", path.read_text(), re.MULTILINE)
    assert match is not None, f"{path.name} has no '# {key}:' line"
    return match.group(1).strip()


def _fix_line(path: Path) -> int:
    lines = [n for n, line in enumerate(path.read_text().splitlines(), 1) if "# fix:" in line]
    assert len(lines) == 1, f"{path.name} needs one '# fix:' line"
    return lines[0]


def _run_probe(path: Path) -> str:
    """What torch does with the case's probe(): 'runs' or 'Type: first line'."""
    namespace: dict = {"__name__": "structure_case"}
    exec(compile(path.read_text(), str(path), "exec"), namespace)  # noqa: S102 - our own cases
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            namespace["probe"]()
        except Exception as exc:  # noqa: BLE001 - what torch raises is the observation
            return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return "runs"


@pytest.mark.parametrize("path", BUGS + LOOKALIKES, ids=lambda p: p.stem)
def test_torch_agrees_with_the_header(path: Path):
    said = _header(path, "torch")
    if said == SEGFAULT:
        code = f"exec(compile(open({str(path)!r}).read(), 'case', 'exec'), ns := {{}}); ns['probe']()"
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
        assert done.returncode == -signal.SIGSEGV, done.stderr.decode()[-500:]
        return
    pytest.importorskip("torch")
    assert _run_probe(path) == said


@pytest.mark.parametrize("path", BUGS, ids=lambda p: p.stem)
def test_caught_at_the_fix_line(path: Path, request):
    if path.name in NOT_CAUGHT:
        request.applymarker(pytest.mark.xfail(strict=True, reason=NOT_CAUGHT[path.name]))
    findings = check_source(path.read_text(), str(path))
    line = _fix_line(path)
    assert [f for f in findings if f.code == "LC009" and f.severity == "error"
            and f.location.line == line], [(f.code, f.location.line, f.message) for f in findings]


@pytest.mark.parametrize("path", LOOKALIKES, ids=lambda p: p.stem)
def test_lookalike_gets_no_finding(path: Path):
    assert check_source(path.read_text(), str(path)) == ()


# --- each structure on its own: (code, line of the finding, words it must say) ----------------

_HEAD = "import torch\nfrom torch import nn\nx = torch.randn(5, 3, 10)\n"
SHAPES = [
    # a GRU's one state in a 1-tuple, or a list: torch calls .dim() on the tuple
    (_HEAD + "gru = nn.GRU(10, 20)\nh = torch.zeros(1, 3, 20)\nout, h = gru(x, (h,))\n", 6,
     "tuple of 1"),
    (_HEAD + "gru = nn.GRU(10, 20)\nh = torch.zeros(1, 3, 20)\nout, h = gru(x, [h])\n", 6,
     "one tensor, h_0"),
    # an LSTM's pair cut to one, or three
    (_HEAD + "lstm = nn.LSTM(10, 20)\nh = torch.zeros(1, 3, 20)\nout, s = lstm(x, (h,))\n", 6,
     "the pair (h_0, c_0)"),
    (_HEAD + "lstm = nn.LSTM(10, 20)\nh = torch.zeros(1, 3, 20)\nout, s = lstm(x, (h, h, h))\n", 6,
     "tuple of 3"),
    # a cell given (1, N, H) from a factory: fixed where it is made
    (_HEAD + "cell = nn.GRUCell(10, 20)\nh = torch.zeros(1, 3, 20)\nh = cell(x[0], h)\n", 5,
     "one layer's state (3, 20)"),
    # a cell given a layer's h_n: fixed where it is passed
    (_HEAD + "enc = nn.GRU(10, 20)\ncell = nn.GRUCell(10, 20)\n_, h = enc(x)\nh = cell(x[0], h)\n", 7,
     "[-1]"),
    # an LSTM's (h_n, c_n) where one tensor belongs: joined, indexed by dims, a tensor method
    (_HEAD + "lstm = nn.LSTM(10, 20)\n_, ha = lstm(x)\n_, hb = lstm(x)\nh = torch.cat([ha, hb], -1)\n", 7,
     "torch.cat(...) takes tensors"),
    (_HEAD + "lstm = nn.LSTM(10, 20, bidirectional=True)\n_, h = lstm(x)\n"
             "h = torch.cat((h[-2, :, :], h[-1, :, :]), dim=1)\n", 6, "indexing it by a tensor's dims"),
    (_HEAD + "lstm = nn.LSTM(10, 20)\n_, h = lstm(x)\nh = h.squeeze(0)\n", 6, ".squeeze(...) is a tensor method"),
    # the pair as two arguments
    (_HEAD + "lstm = nn.LSTM(10, 20)\nh = torch.zeros(1, 3, 20)\nout, s = lstm(x, h, h)\n", 6,
     "separate arguments"),
    # a row of a GRU's h_n taken as if it were h of an LSTM's pair: fixed where it is taken
    (_HEAD + "gru = nn.GRU(10, 20, num_layers=2)\n_, h = gru(x)\nh0 = h[0]\nn = h0.size(2)\n", 6,
     ".size(2) is out of range"),
]


@pytest.mark.parametrize("code, line, words", SHAPES)
def test_structure_reported_where_it_is_fixed(code: str, line: int, words: str):
    findings = [f for f in check_source(code) if f.code == "LC009"]
    assert len(findings) == 1, findings
    assert findings[0].severity == "error"
    assert findings[0].location.line == line
    assert words in findings[0].message


@pytest.mark.parametrize("code, line, words", SHAPES)
def test_torch_rejects_each_structure(code: str, line: int, words: str):
    pytest.importorskip("torch")
    with pytest.raises((AttributeError, IndexError, RuntimeError, TypeError, ValueError)):
        exec(compile(code, "structure", "exec"), {})  # noqa: S102 - the snippets above


def test_verify_neither_refutes_nor_crashes_on_structures(tmp_path: Path):
    """--verify hands states over in the form the code does, so a GRU's 1-tuple fails as
    it does in the code (confirmed); an LSTMCell's unbatched step with one tensor, or with
    (N, H) states where N == hidden_size, crashes torch 2.13 even on the meta device: those
    stay unverifiable, in a child process so a crash would show."""
    pytest.importorskip("torch")
    import json

    (tmp_path / "gru_tuple.py").write_text(SHAPES[0][0])
    (tmp_path / "cell_one_tensor.py").write_text(
        (CASES / "bug_pytorch_193823_lstmcell_one_tensor.py").read_text())
    (tmp_path / "cell_unbatched_step.py").write_text(
        (CASES / "bug_pytorch_175978_lstmcell_unbatched_step.py").read_text())
    done = subprocess.run([sys.executable, "-m", "lstmcheck", "check", "--isolated", "--no-cache",
                           "--verify", "--output-format", "json", str(tmp_path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr[-500:]
    findings = json.loads(done.stdout)
    assert sorted(Path(f["path"]).name for f in findings if f["code"] == "LC009") == \
        ["cell_one_tensor.py", "cell_unbatched_step.py", "gru_tuple.py"]
    status = {Path(f["path"]).name: f["verify"]["status"] for f in findings}
    # the GRU's 1-tuple is handed to torch as written (confirm.py), which rejects it
    assert status == {"gru_tuple.py": "confirmed", "cell_one_tensor.py": "unverifiable",
                      "cell_unbatched_step.py": "unverifiable"}, findings
