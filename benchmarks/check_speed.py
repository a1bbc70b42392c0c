"""How fast `lstmcheck check` is over a repository, against a baseline run in the same call.

It writes a synthetic repository (by default 400 files: most are ordinary Python that names
no recurrent layer, a fifth are model files taken from tests/fixtures/lint), then times:
  (a) the baseline: parsing every file with libcst in one process, which is the least a
      libcst linter without a prefilter would do;
  (b) `python -m lstmcheck check DIR` as a whole process (start-up, discovery, prefilter,
      parse and rules, report).
It prints the medians and the ratio (b)/(a), and the peak memory of (b).
Usage: python benchmarks/check_speed.py [--files 400] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAIN = '''"""A module with nothing recurrent in it."""
import json
from dataclasses import dataclass


@dataclass
class Record:
    name: str
    value: float

    def scaled(self, factor: float) -> "Record":
        return Record(self.name, self.value * factor)


def load(path):
    with open(path) as handle:
        return [Record(**row) for row in json.load(handle)]
''' * 6


def make_repo(root: Path, files: int) -> None:
    models = sorted((ROOT / "tests" / "fixtures" / "lint").glob("*.py"))
    for n in range(files):
        package = root / f"pkg{n % 10}"
        package.mkdir(exist_ok=True)
        if n % 5 == 0:
            text = models[n // 5 % len(models)].read_text()
        else:
            text = PLAIN
        (package / f"module_{n}.py").write_text(text)


def baseline(root: Path) -> float:
    code = (
        "import libcst, pathlib, time\n"
        "t = time.perf_counter()\n"
        f"for p in sorted(pathlib.Path({str(root)!r}).rglob('*.py')):\n"
        "    try:\n        libcst.parse_module(p.read_text())\n    except Exception:\n        pass\n"
        "print(time.perf_counter() - t)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def lstmcheck(root: Path) -> tuple[float, int]:
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-m", "lstmcheck", "check", str(root), "--quiet",
                    "--output-format", "concise"], capture_output=True, env={**os.environ, "NO_COLOR": "1"})
    elapsed = time.perf_counter() - start
    return elapsed, max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        root.mkdir()
        make_repo(root, args.files)
        baseline(root), lstmcheck(root)  # warm the file cache and bytecode
        base, ours, peak = [], [], 0
        for _ in range(args.runs):
            base.append(baseline(root))
            elapsed, rss = lstmcheck(root)
            ours.append(elapsed)
            peak = max(peak, rss)
    b, o = statistics.median(base), statistics.median(ours)
    print(f"{args.files} files ({args.files // 5} with recurrent layers), {args.runs} runs, "
          f"{os.cpu_count()} cores")
    print(f"  (a) libcst.parse_module on every file, in-process   median {b * 1000:8.1f} ms")
    print(f"  (b) lstmcheck check, whole process                   median {o * 1000:8.1f} ms")
    print(f"  ratio (b)/(a) = {o / b:.2f}")
    print(f"  peak memory of the largest child process: {peak / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
