"""How much `lstmcheck check --verify` costs beyond torch's own start-up, in time and memory.

--verify builds every recurrent-layer call with literal arguments on torch's meta device and
runs forward passes on meta tensors where the shapes are known. Meta tensors hold no data, so
a file with hundreds of calls, or with sizes in the hundreds of thousands, should verify in
time dominated by `import torch` itself and with peak memory well under 1 GB. To show that, it
writes two source files to a temporary directory (they are never run):
  many calls   ~300 LSTM/GRU/RNN/cell calls with small literal sizes, about a third of them
               with mistakes lstmcheck flags, plus module-level "flow" snippets that apply
               layers to literal tensors (bidirectional head and initial-state mismatches);
  huge sizes   ~50 calls with sizes in the hundreds of thousands, and forward passes on
               literal tensors such as torch.randn(10, 2, 100000).
and a third with one call and one forward pass, to separate what is paid once from what each
call costs. Then it times whole processes, interleaved, with the interpreter running this script:
  (a) the baseline: `import torch` and one forward pass of nn.LSTM(4, 4) on meta tensors, which
      is what torch costs any process that verifies anything (its first meta forward pass
      imports torch's decompositions: about as long again as `import torch`);
  (b) python -m lstmcheck check --output-format json FILE          (no torch, for reference);
  (c) python -m lstmcheck check --verify --output-format json FILE.
Each gets one warm-up run, then --runs runs; it prints the median wall time, the peak RSS of
the child (from os.wait4) and the ratio of the time to (a); then what verifying adds to the
check alone, (c) - (b), as a ratio to (a): near 1 means the time is torch's fixed cost; and,
from the JSON of (c), how many findings there are and how many verdicts are confirmed /
refuted / unverifiable.
Usage: python benchmarks/verify_speed.py [--runs 5] [--calls 250] [--huge-calls 40]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = "import torch\nfrom torch import nn\n\n"
TORCH_BASELINE = (
    "import warnings; warnings.simplefilter('ignore'); import torch\n"
    "lstm = torch.nn.LSTM(4, 4, device='meta')\n"
    "lstm(torch.empty((1, 1, 4), device='meta'))\n"
)
CALL = re.compile(r"\bnn\.(?:LSTM|GRU|RNN)(?:Cell)?\(")

# Small literal sizes; {a}, {b} are sizes, {c} < {b}. Mistakes are marked with a comment.
SMALL = [
    "nn.LSTM({a}, {b})",
    "nn.LSTM({a})  # missing hidden_size",
    "nn.GRU({a}, {b}, bidirectional=True)",
    "nn.LSTM({a}, {b}, hiden_size=3)  # misspelt keyword",
    "nn.RNN({a}, {b}, nonlinearity='relu')",
    "nn.LSTM({a}, 0)  # hidden_size 0",
    "nn.LSTMCell({a}, {b})",
    "nn.LSTM({a}, {b}, proj_size={b})  # proj_size not < hidden_size",
    "nn.GRUCell({a}, {b}, bias=False)",
    "nn.GRU({a}, {b}, dropout=0.5)  # dropout with one layer",
    "nn.RNNCell({a}, {b}, nonlinearity='tanh')",
    "nn.RNN({a}, {b}, nonlinearity='sigmoid')  # unknown nonlinearity",
    "nn.LSTM({a}, {b}, num_layers=2, dropout=0.1, batch_first=True)",
    "nn.LSTM({a}, {b}, proj_size={c})",
    "nn.GRU(input_size={a}, hidden_size={b}, num_layers=3)",
]

# Sizes in the hundreds of thousands.
HUGE = [
    "nn.LSTM({a}, {b}, num_layers=4, bidirectional=True, proj_size={c})",
    "nn.GRU({a}, {b}, num_layers=3, bidirectional=True)",
    "nn.LSTM({a}, {b}, proj_size={b})  # proj_size not < hidden_size",
    "nn.RNN({a}, {b}, nonlinearity='relu', num_layers=2)",
    "nn.LSTMCell({a}, {b})",
    "nn.GRU({a}, {b}, dropout=0.5)  # dropout with one layer",
    "nn.GRUCell({a}, {b})",
    "nn.LSTM({a})  # missing hidden_size",
    "nn.RNNCell({a}, {b})",
    "nn.RNN({a}, {b}, nonlinearity='sigmoid')  # unknown nonlinearity",
]


def small_flow(k: int) -> str:
    """Layers applied to literal tensors: a head mismatch, a state mismatch, a correct pass."""
    return f"""
lstm_{k} = nn.LSTM(64, 128, num_layers=2, bidirectional=True)
out_{k}, _ = lstm_{k}(torch.randn(5, 3, 64))
head_{k} = nn.Linear(128, 1)
y_{k} = head_{k}(out_{k}[-1])  # bidirectional head mismatch
h0_{k} = torch.zeros(2, 3, 128)
out2_{k}, _ = lstm_{k}(torch.randn(5, 3, 64), (h0_{k}, h0_{k}))  # needs (4, 3, 128)
gru_{k} = nn.GRU(32, 48, batch_first=True)
g_{k}, hn_{k} = gru_{k}(torch.randn(8, 7, 32), torch.zeros(1, 8, 48))
"""


def huge_flow(k: int) -> str:
    return f"""
big_{k} = nn.LSTM(100000, 200000, num_layers=4, bidirectional=True, proj_size=99999)
bout_{k}, _ = big_{k}(torch.randn(10, 2, 100000))
bhead_{k} = nn.Linear(99999, 1)
by_{k} = bhead_{k}(bout_{k}[-1])  # bidirectional head mismatch
bh0_{k} = torch.zeros(4, 2, 99999)
bc0_{k} = torch.zeros(4, 2, 200000)
bout2_{k}, _ = big_{k}(torch.randn(10, 2, 100000), (bh0_{k}, bc0_{k}))  # needs 8 in dim 0
bgru_{k} = nn.GRU(300000, 250000, batch_first=True)
bg_{k}, _ = bgru_{k}(torch.randn(2, 50, 300000), torch.zeros(1, 2, 250000))
"""


def write_source(path: Path, calls: int, templates: list[str], scale: int, flow, flow_every: int) -> int:
    """Write calls module-level layer constructions (plus flow snippets); return the call count."""
    lines = [HEADER]
    for i in range(calls):
        a, b = scale * (1 + i % 7), scale * (2 + i % 5)
        call = templates[i % len(templates)].format(a=a, b=b, c=b // 2)
        lines.append(f"layer_{i} = {call}\n")
        if i % flow_every == flow_every - 1:
            lines.append(flow(i))
    text = "".join(lines)
    path.write_text(text)
    return len(CALL.findall(text))


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, int, str, int]:
    """Run argv; return wall seconds, the child's own peak RSS in KiB, stdout, exit code."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err, env=env)
        out = proc.stdout.read()
        proc.stdout.close()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            err.seek(0)
            print(f"ERROR: exit {code}: {' '.join(argv)}\n{err.read().decode(errors='replace')}",
                  file=sys.stderr)
    return elapsed, usage.ru_maxrss, out.decode(errors="replace"), code


def verdicts(stdout: str) -> tuple[int, collections.Counter]:
    try:
        findings = json.loads(stdout)
    except json.JSONDecodeError:
        return -1, collections.Counter({"unparsable output": 1})
    counts = collections.Counter((f.get("verify") or {}).get("status", "no verify") for f in findings)
    return len(findings), counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command (default 5)")
    parser.add_argument("--calls", type=int, default=250,
                        help="one-line calls in the 'many calls' file (default 250; the flow "
                             "snippets add 2 calls per 10, so ~300 in all)")
    parser.add_argument("--huge-calls", type=int, default=40,
                        help="one-line calls in the 'huge sizes' file (default 40; ~48 in all)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        many, huge, one = root / "many_calls.py", root / "huge_sizes.py", root / "one_call.py"
        one.write_text(HEADER + "lstm = nn.LSTM(8, 16, bidirectional=True)\n"
                       "out, _ = lstm(torch.randn(5, 3, 8))\nhead = nn.Linear(16, 1)\n"
                       "y = head(out[-1])\n")
        n_many = write_source(many, args.calls, SMALL, 8, small_flow, 10)
        n_huge = write_source(huge, args.huge_calls, HUGE, 100000, huge_flow, 10)
        env = {**os.environ, "NO_COLOR": "1"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
        lc = [sys.executable, "-m", "lstmcheck", "check", "--output-format", "json"]
        commands = {
            "torch baseline": [sys.executable, "-c", TORCH_BASELINE],
            "check  one call": lc + [str(one)],
            "check  many calls": lc + [str(many)],
            "check  huge sizes": lc + [str(huge)],
            "verify one call": lc + ["--verify", str(one)],
            "verify many calls": lc + ["--verify", str(many)],
            "verify huge sizes": lc + ["--verify", str(huge)],
        }
        for argv in commands.values():  # warm-up: file cache, bytecode
            run_once(argv, env)
        times = {key: [] for key in commands}
        peaks = {key: [] for key in commands}
        outputs: dict[str, str] = {}
        for _ in range(args.runs):
            for key, argv in commands.items():
                elapsed, rss, out, _ = run_once(argv, env)
                times[key].append(elapsed)
                peaks[key].append(rss)
                outputs[key] = out

    print(f"python {sys.version.split()[0]} at {sys.executable}, {args.runs} runs each, "
          f"interleaved, {os.cpu_count()} cores")
    print(f"generated: many_calls.py {n_many} recurrent-layer calls, "
          f"huge_sizes.py {n_huge} recurrent-layer calls")
    base = statistics.median(times["torch baseline"])
    print(f"  {'':<20} {'median s':>9} {'peak RSS MiB':>13} {'x baseline':>11}")
    for key in commands:
        t = statistics.median(times[key])
        rss = statistics.median(peaks[key]) / 1024
        print(f"  {key:<20} {t:9.2f} {rss:13.0f} {t / base:11.2f}")
    for name in ("one call", "many calls", "huge sizes"):
        added = statistics.median(times[f"verify {name}"]) - statistics.median(times[f"check  {name}"])
        print(f"  verifying {name} adds {added:.2f} s = {added / base:.2f} x baseline")
    for key in commands:
        if key == "torch baseline":
            continue
        count, status = verdicts(outputs[key])
        if key.startswith("verify"):
            detail = (f"confirmed {status['confirmed']}, refuted {status['refuted']}, "
                      f"unverifiable {status['unverifiable']}"
                      + "".join(f", {name} {n}" for name, n in sorted(status.items())
                                if name not in ("confirmed", "refuted", "unverifiable")))
        else:
            detail = ""
        print(f"  {key}: {count} findings" + (f" ({detail})" if detail else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
