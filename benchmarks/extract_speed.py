"""Where a parsed file's time goes: `extract()` against libcst's parse of the same files.

In one process, on the same files (by default 60 generated model files, as the tree
benchmark makes them), it prints the best of --runs CPU times of:
  parse          libcst.parse_module
  parse+visit    the parse and one libcst visit with a visitor doing nothing
  parse+walk     the parse and one `lint.walk.walk` with a visitor doing nothing
  extract        lstmcheck's whole pass (`lint.extract.extract`: collect, resolve, flow)
  extract, every visitor walked
                 the same with every plain visitor's `node.visit(...)` routed through
                 `lint.walk.walk` (what the flow and resolver modules would gain by calling it)
and each as a ratio to the parse.

Usage: python benchmarks/extract_speed.py [FILE ...] [--models 60] [--runs 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _best(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def _route_visits_through_walk() -> None:
    """Every `node.visit(visitor)` with a plain visitor goes through `lint.walk.walk`."""
    import libcst as cst

    from lstmcheck.lint import walk as walking

    own_visit = cst.CSTNode.visit

    def routed(node: cst.CSTNode, visitor: cst.CSTVisitor):  # noqa: ANN202
        kind = type(visitor)
        skip = walking._SKIPPED.get(kind, walking._UNKNOWN)
        if skip is walking._UNKNOWN:
            skip = walking._SKIPPED[kind] = walking._skipped(kind)
        if skip is None or not isinstance(visitor, cst.CSTVisitor):
            return own_visit(node, visitor)
        walking.walk(node, visitor)
        return node

    cst.CSTNode.visit = routed  # type: ignore[method-assign]
    cst.Module.visit = routed  # type: ignore[method-assign]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--models", type=int, default=60)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    files = args.files
    if not files:
        import shutil

        import tree_speed

        folder = Path(tempfile.mkdtemp(prefix="lstmcheck-extract-"))
        try:
            tree_speed.build_tree(folder, [], files=args.models * 10, models=0.1)
            files = sorted(folder.rglob("model_*.py"))
            sources = [(str(p), p.read_text(encoding="utf-8")) for p in files]
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    else:
        sources = [(str(p), p.read_text(encoding="utf-8")) for p in files]

    import libcst as cst

    from lstmcheck.lint.extract import extract
    from lstmcheck.lint.walk import walk

    class Nothing(cst.CSTVisitor):
        pass

    rows = [
        ("parse", lambda: [cst.parse_module(s) for _, s in sources]),
        ("parse+visit", lambda: [cst.parse_module(s).visit(cst.CSTVisitor()) for _, s in sources]),
        ("parse+walk", lambda: [walk(cst.parse_module(s), Nothing()) for _, s in sources]),
        ("extract", lambda: [extract(s, p) for p, s in sources]),
    ]
    times = {name: _best(args.runs, work) for name, work in rows}
    _route_visits_through_walk()
    times["extract, every visitor walked"] = _best(args.runs, rows[-1][1])
    print(f"{len(sources)} files, best of {args.runs} runs, CPU seconds")
    for name, seconds in times.items():
        print(f"  {name:<32} {seconds:6.2f}  {seconds / times['parse']:5.2f}x parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
