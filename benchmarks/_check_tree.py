"""The engine over a tree, as `lstmcheck check` runs it, with the knobs the benchmark needs
(--jobs, --cache-dir, --no-cache), without Typer. Prints nothing but --stats."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from lstmcheck.lint.engine import check_paths
from lstmcheck.records import FileResult, Settings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--cache-dir")
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--parsed", help="write the paths of the files parsed here")
    parser.add_argument("--stats", action="store_true")
    args = parser.parse_args()
    options: dict[str, object] = {"jobs": args.jobs,
                                  "cache_dir": None if args.no_cache else args.cache_dir}
    counts: Counter[str] = Counter()
    parsed = []
    for item in check_paths([args.path], Settings(), **options):
        if not isinstance(item, FileResult):
            continue
        counts["files"] += 1
        counts["findings"] += len(item.findings)
        if item.parsed or getattr(item, "from_cache", False):
            parsed.append(item.path)
        for key in ("parsed", "skipped", "from_cache"):
            counts[key] += bool(getattr(item, key, False))
    if args.parsed:
        with open(args.parsed, "w") as out:
            out.write("\n".join(parsed))
    if args.stats:
        print("lstmcheck: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 1 if counts["findings"] else 0


if __name__ == "__main__":
    sys.exit(main())
