"""How much slower than a bare Typer app is `lstmcheck shape` to start?

Measures whole-process wall time, with the interpreter running this script, of:
  (a) a minimal Typer app that prints one line (written to a temp file here),
  (b) python -m lstmcheck shape -H 20 -i 10,
  (c) python -m lstmcheck shape 'nn.LSTM(10, 20, bidirectional=True)' --json,
  (d) python -m lstmcheck shape 'lstm = nn.LSTM(10, 20, 2)' --explain --diagram.
Each gets one warm-up run, then --runs interleaved runs (a, b, c, d, a, b, c, d, ...).
Prints median and min per command and the ratios of medians to (a); exits 1 if
a ratio is above --max-ratio (1.25). Also reports whether the shape command
imported libcst or torch, from one `python -X importtime` run.

Bytecode: if PYTHONDONTWRITEBYTECODE is set, lstmcheck's own modules would be
compiled from source on every run while typer and rich load the .pyc files pip
wrote, which is not what an installed lstmcheck does. So by default the children
get a throwaway PYTHONPYCACHEPREFIX and may write bytecode: after the warm-up,
every command loads every module from bytecode. --env-as-is turns that off.

Usage: python benchmarks/startup.py [--runs 15] [--max-ratio 1.25] [--env-as-is]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

MINIMAL_APP = '''\
import typer

app = typer.Typer(add_completion=False)


@app.command()
def hello() -> None:
    print("hello")


if __name__ == "__main__":
    app()
'''


def run_once(argv: list[str], env: dict[str, str]) -> float:
    """Run argv to completion; return its wall time in seconds. Fail loudly if it fails."""
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"command failed ({done.returncode}): {' '.join(argv)}\n{done.stderr}")
    return elapsed


def imported_heavy_modules(env: dict[str, str]) -> dict[str, bool]:
    """Which of libcst / torch the shape command imports (python -X importtime)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "lstmcheck", "shape", "-H", "20"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    # Each line is "import time: self | cumulative | module"; keep the top-level package name.
    names = {line.rsplit("|", 1)[-1].strip().split(".")[0]
             for line in done.stderr.splitlines() if line.startswith("import time:")}
    return {name: name in names for name in ("libcst", "torch")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command (default 15)")
    parser.add_argument("--max-ratio", type=float, default=1.25,
                        help="fail if a median ratio to (a) is above this (default 1.25)")
    parser.add_argument("--env-as-is", action="store_true",
                        help="keep the inherited environment (no private bytecode cache)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    with tempfile.TemporaryDirectory() as tmp:
        app_path = os.path.join(tmp, "minimal_typer_app.py")
        with open(app_path, "w", encoding="utf-8") as handle:
            handle.write(MINIMAL_APP)
        env = dict(os.environ)
        if args.env_as_is:
            bytecode = "as inherited (PYTHONDONTWRITEBYTECODE=%s)" % env.get("PYTHONDONTWRITEBYTECODE", "")
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "pycache")
            bytecode = "cached in a throwaway PYTHONPYCACHEPREFIX"
        commands = {
            "a": ("minimal Typer app", [sys.executable, app_path]),
            "b": ("shape -H 20 -i 10", [sys.executable, "-m", "lstmcheck", "shape", "-H", "20", "-i", "10"]),
            "c": ("shape 'nn.LSTM(10, 20, bidirectional=True)' --json",
                  [sys.executable, "-m", "lstmcheck", "shape", "nn.LSTM(10, 20, bidirectional=True)", "--json"]),
            "d": ("shape 'lstm = nn.LSTM(10, 20, 2)' --explain --diagram",
                  [sys.executable, "-m", "lstmcheck", "shape", "lstm = nn.LSTM(10, 20, 2)", "--explain",
                   "--diagram"]),
        }
        for _, argv in commands.values():  # warm-up: file cache, .pyc files
            run_once(argv, env)
        times: dict[str, list[float]] = {key: [] for key in commands}
        for _ in range(args.runs):
            for key, (_, argv) in commands.items():
                times[key].append(run_once(argv, env))

        heavy = imported_heavy_modules(env)

    print(f"python {sys.version.split()[0]} at {sys.executable}, {args.runs} runs each, interleaved")
    print(f"bytecode: {bytecode}")
    medians = {key: statistics.median(values) for key, values in times.items()}
    for key, (label, _) in commands.items():
        print(f"  ({key}) {label:<50} median {medians[key] * 1000:7.1f} ms   "
              f"min {min(times[key]) * 1000:7.1f} ms")
    failed = False
    for key in ("b", "c", "d"):
        ratio = medians[key] / medians["a"]
        verdict = "ok" if ratio <= args.max_ratio else f"TOO SLOW (> {args.max_ratio})"
        failed |= ratio > args.max_ratio
        print(f"  ratio ({key})/(a) = {ratio:.2f}  {verdict}")

    for name, seen in heavy.items():
        print(f"  shape command imports {name}: {'YES' if seen else 'no'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
