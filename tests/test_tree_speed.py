"""The benchmark's tree and driver still work (without the network: generated files only),
and on that tree only the model files are parsed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import tree_speed  # noqa: E402


def test_only_the_models_are_parsed_and_the_cache_serves_a_second_run(tmp_path: Path) -> None:
    counts = tree_speed.build_tree(tmp_path / "tree", [], files=40, models=0.1)
    assert counts["models"] == 4 and counts["keras"] == 2
    driver = [sys.executable, str(ROOT / "benchmarks" / "_check_tree.py"), str(tmp_path / "tree"),
              "--jobs", "1", "--stats", "--cache-dir", str(tmp_path / "cache")]
    first = subprocess.run(driver, capture_output=True, text=True, timeout=300)
    assert first.returncode == 1, first.stderr  # some generated models are wrong
    stats = dict(item.split() for item in first.stdout.split(": ", 1)[1].split(", "))
    assert stats["files"] == "10" and stats["parsed"] == "4" and stats["skipped"] == "6"
    second = subprocess.run(driver, capture_output=True, text=True, timeout=300)
    assert second.stdout == first.stdout


def test_the_extract_benchmark_runs_on_generated_models() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract_speed.py"),
                          "--models", "2", "--runs", "1"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("2 files")
    assert [line.split()[0] for line in lines[1:]] == [
        "parse", "parse+visit", "parse+walk", "extract", "extract,"]
    assert all(line.endswith("x parse") for line in lines[1:])
