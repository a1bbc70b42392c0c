"""How fast is `lstmcheck check` on a realistic tree, against grep, libcst and ruff?

It builds a tree outside the repository: the `.py` files of real packages (wheels fetched
once with `pip download --no-deps` into a download folder that is kept between runs), copied
as often as needed to reach --files, plus generated files: PyTorch models with recurrent
layers (--models, a few percent), PyTorch code without one, and Keras code that names
`LSTM` but cannot reach torch. Then it runs, interleaved, --runs rounds of:

  cold 1 job     lstmcheck over the tree, no cache, one worker
  cold N jobs    the same with one worker per core
  warm           the same with a cache filled beforehand (nothing changed since)
  grep           grep -rlwE for the six class names (the least any tool must read)
  parse ours     a bare libcst.parse_module of the files lstmcheck parses
  parse+walk     the same and one walk with libcst's own visitor, doing nothing (the
                 issue's "bare libcst parse-and-walk of the files it parses")
  parse all      libcst.parse_module of every file: a seeded sample of --sample files, scaled
                 up by bytes (parsing 10,000 files takes too long to run each round)
  ruff E9        `ruff check --select E9 --no-cache` when ruff is found (--ruff PATH)
  one file       `python -m lstmcheck check FILE` on a file without a layer, and on one with
                 a layer, against a minimal Typer app

Each is a whole process; CPU is user+system of it and its children (os.wait4), peak memory is
the largest resident set among them. Prints medians, and the targets of issue 16.

Usage: python benchmarks/tree_speed.py [--files 10000] [--runs 3] [--models 0.03]
       [--downloads DIR] [--ruff PATH] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("django", "sympy", "pip", "setuptools", "pygments", "sphinx", "docutils",
            "botocore", "requests", "urllib3", "jinja2", "click", "rich", "networkx",
            "twisted", "ansible-core", "sqlalchemy", "hypothesis", "pytest", "astroid",
            "pylint")
NAMES = ("RNN", "LSTM", "GRU", "RNNCell", "LSTMCell", "GRUCell")
MINIMAL_APP = '''\
import typer

app = typer.Typer(add_completion=False)


@app.command()
def hello(path: str) -> None:
    print(path)


if __name__ == "__main__":
    app()
'''
HELPERS = '''

def batches{n}(items, size={size}):
    """Yield lists of `size` items."""
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def accuracy{n}(predicted, expected):
    right = sum(1 for p, e in zip(predicted, expected) if p == e)
    return right / max(len(expected), 1)
'''
MODEL = '''"""Model {n}."""
import torch
from torch import nn


class Encoder{n}(nn.Module):
    def __init__(self, vocab={vocab}, embed={embed}, hidden={hidden}):
        super().__init__()
        self.embed = nn.Embedding(vocab, embed)
        self.rnn = nn.{kind}({first}, hidden, num_layers={layers}, batch_first=True,
                          dropout={dropout}, bidirectional={bi})
        self.head = nn.Linear(hidden * {directions}, {classes})

    def forward(self, tokens):
        x = self.embed(tokens)
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


def make{n}():
    h0 = torch.zeros({stacked}, 8, {hidden})
    return Encoder{n}(), h0
'''
TORCH_PLAIN = '''"""Training loop {n}: torch, but no recurrent layer."""
import torch
from torch import nn


def train{n}(model, loader, epochs={epochs}):
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss = nn.CrossEntropyLoss()
    for _ in range(epochs):
        for x, y in loader:
            optimiser.zero_grad()
            value = loss(model(x), y)
            value.backward()
            optimiser.step()
    return model
'''
KERAS = '''"""A Keras model {n}: names LSTM, no PyTorch."""
from tensorflow import keras
from tensorflow.keras.layers import LSTM, Dense


def build{n}(units={units}):
    model = keras.Sequential([LSTM(units), Dense({classes})])
    model.compile(loss="mse")
    return model
'''


def fetch(downloads: Path) -> list[Path]:
    downloads.mkdir(parents=True, exist_ok=True)
    have = {p.name.split("-")[0].lower().replace("_", "-") for p in downloads.glob("*.whl")}
    wanted = [p for p in PACKAGES if p.replace("_", "-") not in have]
    if wanted:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                        "--only-binary=:all:", "-d", str(downloads), *wanted], check=True)
    return sorted(downloads.glob("*.whl"))


def build_tree(root: Path, wheels: list[Path], files: int, models: float) -> dict[str, int]:
    """Write the tree; returns counts by kind."""
    rng = random.Random(16)
    real: list[tuple[str, bytes]] = []
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            for name in archive.namelist():
                if name.endswith(".py"):
                    real.append((f"{wheel.name.split('-')[0]}/{name}", archive.read(name)))
    n_models = max(1, int(files * models))
    n_torch = n_models
    n_keras = max(1, n_models // 2)
    n_real = max(0, files - n_models - n_torch - n_keras)
    counts = {"real": 0, "models": n_models, "torch without a layer": n_torch,
              "keras": n_keras}
    copy = 0
    while real and counts["real"] < n_real:
        for name, data in real:
            if counts["real"] >= n_real:
                break
            path = root / f"copy{copy}" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            counts["real"] += 1
        copy += 1
    generated = root / "generated"
    for n in range(n_models):
        kind = rng.choice(("LSTM", "GRU", "RNN"))
        hidden, layers = rng.choice((64, 128, 256)), rng.choice((1, 1, 2))
        bi = rng.random() < 0.3
        text = MODEL.format(
            n=n, kind=kind, vocab=rng.choice((1000, 5000)), embed=rng.choice((32, 100)),
            hidden=hidden, layers=layers, bi=bi, directions=2 if bi else 1,
            first="embed" if rng.random() < 0.9 else "hidden",  # some feed the wrong size
            dropout=0.2 if rng.random() < 0.8 else 0.5, classes=rng.choice((2, 10)),
            stacked=layers * (2 if bi else 1) if rng.random() < 0.9 else layers + 2)
        text += "".join(HELPERS.format(n=f"{n}_{i}", size=i + 8) for i in range(6))
        _write(generated / f"pkg{n % 20}" / f"model_{n}.py", text)
    for n in range(n_torch):
        text = TORCH_PLAIN.format(n=n, epochs=n % 7 + 1)
        text += "".join(HELPERS.format(n=f"{n}_{i}", size=i + 8) for i in range(6))
        _write(generated / f"train{n % 20}" / f"loop_{n}.py", text)
    for n in range(n_keras):
        _write(generated / f"keras{n % 10}" / f"keras_{n}.py",
               KERAS.format(n=n, units=n % 50 + 10, classes=n % 9 + 1))
    return counts


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


@dataclass
class Measure:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    peak: list[int] = field(default_factory=list)  # KiB
    scale: float = 1.0  # a sample scaled up to the whole tree

    def row(self, name: str) -> str:
        wall = statistics.median(self.wall) * self.scale
        cpu = statistics.median(self.cpu) * self.scale
        peak = f"{max(self.peak) / 1024:6.0f}" if self.peak and self.scale == 1 else "     -"
        note = f" (sample x{self.scale:.1f})" if self.scale != 1 else ""
        return f"| {name:<28} | {cpu:8.2f} | {wall:8.2f} | {peak} |{note}"


def _run(argv: list[str], measure: Measure, env: dict[str, str] | None = None,
         ok: tuple[int, ...] = (0, 1)) -> str:
    """Run argv; add its wall time, CPU time (itself and reaped children) and peak RSS."""
    start = time.perf_counter()
    with open(os.devnull, "rb") as stdin, tempfile.TemporaryFile() as out, \
            tempfile.TemporaryFile() as err:
        process = subprocess.Popen(argv, stdin=stdin, stdout=out, stderr=err,
                                   env=env or _env())
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if process.returncode not in ok:
        sys.exit(f"failed ({process.returncode}): {' '.join(argv)}\n{stderr[-2000:]}")
    measure.wall.append(wall)
    measure.cpu.append(usage.ru_utime + usage.ru_stime)
    measure.peak.append(usage.ru_maxrss)
    return stdout


_PYCACHE: list[str] = []  # the run's own bytecode folder


def _env(**extra: str) -> dict[str, str]:
    # Bytecode is written in the untimed pass (into a folder of the run's own), as an
    # installed package has it: without it every run would compile lstmcheck's modules again.
    kept = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if _PYCACHE:
        kept["PYTHONPYCACHEPREFIX"] = _PYCACHE[0]
    return {**kept, "NO_COLOR": "1", "PYTHONPATH": str(ROOT), **extra}


DRIVER = ROOT / "benchmarks" / "_check_tree.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--models", type=float, default=0.03,
                        help="share of generated model files with a recurrent layer")
    parser.add_argument("--sample", type=int, default=300,
                        help="files parsed for 'parse all', scaled up by bytes")
    parser.add_argument("--downloads", type=Path,
                        default=Path(tempfile.gettempdir()) / "lstmcheck-bench-wheels")
    parser.add_argument("--ruff", default=shutil.which("ruff"))
    parser.add_argument("--keep", type=Path, help="build the tree here and keep it")
    parser.add_argument("--baseline", type=Path,
                        help="another checkout of lstmcheck (e.g. `git archive` of main), its "
                             "cold run timed in the same rounds")
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    wheels = fetch(args.downloads)
    if args.build:
        counts = build_tree(args.build, wheels, args.files, args.models)
        print(" ".join(f"{k.replace(' ', '-')}={v}" for k, v in counts.items()))
        return 0
    work = Path(tempfile.mkdtemp(prefix="lstmcheck-tree-"))
    _PYCACHE.append(str(work / "pycache"))
    try:
        tree = args.keep or work / "tree"
        if not tree.exists() or not any(tree.iterdir()):
            # In a child process: this one must stay small, since a child's peak memory
            # counts what it was forked with.
            tree.mkdir(parents=True, exist_ok=True)
            out = subprocess.run([sys.executable, __file__, "--build", str(tree), "--files",
                                  str(args.files), "--models", str(args.models),
                                  "--downloads", str(args.downloads)],
                                 check=True, capture_output=True, text=True).stdout
            counts = {k: int(v) for k, v in (item.split("=") for item in out.split())}
        else:
            counts = {"existing-tree": sum(1 for _ in tree.rglob("*.py"))}
        report(tree, work, args, counts, len(wheels))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def report(tree: Path, work: Path, args: argparse.Namespace, counts: dict[str, int],
           wheels: int) -> None:
    cache = work / "cache"
    parsed_list = work / "parsed.txt"
    every = sorted(str(p) for p in tree.rglob("*.py"))
    total_bytes = sum(os.path.getsize(p) for p in every)
    rng = random.Random(7)
    sample = rng.sample(every, min(args.sample, len(every)))
    sample_bytes = sum(os.path.getsize(p) for p in sample)
    (work / "sample.txt").write_text("\n".join(sample))
    one = work / "one"
    one.mkdir()
    (one / "plain.py").write_text(HELPERS.format(n=0, size=8))
    (one / "layer.py").write_text(MODEL.format(
        n=0, kind="LSTM", vocab=10, embed=8, hidden=16, layers=1, bi=False, directions=1,
        first="embed", dropout=0.0, classes=2, stacked=1))
    (work / "app.py").write_text(MINIMAL_APP)

    py = sys.executable
    jobs = os.cpu_count() or 1
    parse = ("import libcst, sys\n"
             "for p in open(sys.argv[1]).read().split(chr(10)):\n"
             "    if p:\n"
             "        try:\n            libcst.parse_module(open(p, 'rb').read())\n"
             "        except Exception:\n            pass\n")
    # the issue's own baseline: a parse and one walk with libcst's visitor, doing nothing
    parse_walk = parse.replace("libcst.parse_module(open(p, 'rb').read())",
                               "libcst.parse_module(open(p, 'rb').read()).visit(libcst.CSTVisitor())")
    # One untimed pass: the files are in the page cache, bytecode is written, the list of
    # parsed files is known and the warm cache is filled.
    _run([py, str(DRIVER), str(tree), "--jobs", "1", "--cache-dir", str(cache),
          "--parsed", str(parsed_list)], Measure())
    summary = _run([py, str(DRIVER), str(tree), "--jobs", "1", "--no-cache", "--stats"],
                   Measure())
    parsed = [p for p in parsed_list.read_text().split("\n") if p]
    measures: dict[str, Measure] = {}
    commands: list[tuple[str, list[str], dict[str, str] | None, tuple[int, ...]]] = [
        ("lstmcheck cold, 1 job", [py, str(DRIVER), str(tree), "--jobs", "1", "--no-cache"],
         None, (0, 1)),
        (f"lstmcheck cold, {jobs} jobs",
         [py, str(DRIVER), str(tree), "--jobs", str(jobs), "--no-cache"], None, (0, 1)),
        ("lstmcheck warm (cache)",
         [py, str(DRIVER), str(tree), "--jobs", "1", "--cache-dir", str(cache)], None, (0, 1)),
        ("grep -rlw (six names)", ["grep", "-rlwE", "|".join(NAMES), "--include=*.py",
                                   "--include=*.ipynb", str(tree)], None, (0, 1)),
        (f"libcst parse, {len(parsed)} ours", [py, "-c", parse, str(parsed_list)], None, (0,)),
        (f"libcst parse+walk, {len(parsed)} ours", [py, "-c", parse_walk, str(parsed_list)],
         None, (0,)),
        ("libcst parse, every file", [py, "-c", parse, str(work / "sample.txt")], None, (0,)),
    ]
    if args.baseline:
        commands.insert(1, ("lstmcheck cold, 1 job, baseline",
                            [py, str(DRIVER), str(tree), "--jobs", "1", "--no-cache", "--stats"],
                            _env(PYTHONPATH=str(args.baseline.resolve())), (0, 1)))
    if args.ruff:
        commands.append(("ruff check --select E9", [args.ruff, "check", "--select", "E9",
                                                    "--no-cache", "--isolated", "--quiet",
                                                    str(tree)], None, (0, 1)))
    commands += [
        ("minimal Typer app", [py, str(work / "app.py"), "x"], None, (0,)),
        ("check 1 file, no layer", [py, "-m", "lstmcheck", "check", str(one / "plain.py")],
         _env(LSTMCHECK_CACHE_DIR=str(work / "onecache")), (0, 1)),
        ("check 1 file with a layer", [py, "-m", "lstmcheck", "check", str(one / "layer.py")],
         _env(LSTMCHECK_CACHE_DIR=str(work / "onecache")), (0, 1)),
    ]
    for name, argv, env, ok in commands:  # warm-up
        _run(argv, Measure(), env, ok)
    for _ in range(args.runs):
        for name, argv, env, ok in commands:
            _run(argv, measures.setdefault(name, Measure()), env, ok)
    measures["libcst parse, every file"].scale = total_bytes / max(sample_bytes, 1)

    print(f"tree: {len(every)} .py files, {total_bytes / 1e6:.0f} MB, from {wheels} wheels "
          f"and generated files ({', '.join(f'{k} {v}' for k, v in counts.items())}); "
          f"{args.runs} interleaved runs, medians; {jobs} cores, load "
          f"{os.getloadavg()[0]:.1f}")
    print(summary.strip())
    print()
    print(f"| {'what':<28} | {'CPU s':>8} | {'wall s':>8} | {'MB':>6} |")
    print(f"|{'-' * 30}|{'-' * 10}|{'-' * 10}|{'-' * 8}|")
    for name, measure in measures.items():
        print(measure.row(name))
    cpu = {name: statistics.median(m.cpu) * m.scale for name, m in measures.items()}
    cold, warm = cpu["lstmcheck cold, 1 job"], cpu["lstmcheck warm (cache)"]
    if args.baseline:
        before = cpu["lstmcheck cold, 1 job, baseline"]
        print(f"\ncold, 1 job: baseline {before:.2f} s, this checkout {cold:.2f} s "
              f"({cold / before:.2f}x)")
    ours = cpu[f"libcst parse, {len(parsed)} ours"]
    walked = cpu[f"libcst parse+walk, {len(parsed)} ours"]
    print()
    print("targets (CPU):")
    print(f"  cold <= 1.5x bare parse of the files it parses: {cold / ours:.2f}x")
    print(f"  cold <= 1.5x parse+walk of the files it parses: {cold / walked:.2f}x")
    print(f"  cold >= 25x faster than parsing every file:     "
          f"{cpu['libcst parse, every file'] / cold:.1f}x")
    if args.ruff:
        print(f"  cold within 2x of ruff E9:                     "
              f"{cold / cpu['ruff check --select E9']:.2f}x")
    print(f"  warm <= 3x grep:                                {warm / cpu['grep -rlw (six names)']:.2f}x")
    peak = max(max(m.peak) for n, m in measures.items() if n.startswith("lstmcheck"))
    print(f"  peak memory < 200 MB:                           {peak / 1024:.0f} MB")
    typer = statistics.median(measures["minimal Typer app"].wall)
    for name in ("check 1 file, no layer", "check 1 file with a layer"):
        wall = statistics.median(measures[name].wall)
        print(f"  {name} <= 2x a minimal Typer app (wall): {wall / typer:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
