"""Runs of a few files (a pre-commit hook) and runs in several workers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lstmcheck.lint import engine
from lstmcheck.lint.engine import check_paths
from lstmcheck.lint.rules import BY_CODE
from lstmcheck.records import FileResult

HEAD = "import torch.nn as nn\n"


def imported(*args: str, cwd: Path) -> set[str]:
    """The modules `python -m lstmcheck ARGS` imports, in this process or a worker."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "lstmcheck", *args],
                         cwd=cwd, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "NO_COLOR": "1",
                              "LSTMCHECK_CACHE_DIR": str(cwd / "cache")})
    assert out.returncode in (0, 1), out.stderr[-2000:]
    return {line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines()
            if line.startswith("import time:")}


def test_a_commit_without_a_layer_imports_neither_libcst_nor_the_rules(tmp_path: Path) -> None:
    for name in ("a.py", "b.py", "c.py"):
        (tmp_path / name).write_text("import torch\nx = torch.zeros(3)\n")
    (tmp_path / "keras.py").write_text("from keras.layers import LSTM\nLSTM(3)\n")
    modules = imported("check", "a.py", "b.py", "c.py", "keras.py", cwd=tmp_path)
    assert "lstmcheck.lint.engine" in modules  # the measurement works
    assert not any(m == "libcst" or m.startswith("libcst.") for m in modules)
    assert "lstmcheck.lint.extract" not in modules


def test_a_file_with_a_layer_does_import_libcst(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(HEAD + "nn.LSTM(10)\n")
    (tmp_path / "b.py").write_text("x = 1\n")
    assert "libcst" in imported("check", "a.py", "b.py", cwd=tmp_path)


def test_lc000_is_named_as_its_rule() -> None:
    assert engine.PARSE_ERROR_NAME == BY_CODE["LC000"].name
    assert engine.lc000("m.py", "why").name == BY_CODE["LC000"].name


def test_pooled_runs_give_the_same_results_in_the_same_order(tmp_path: Path) -> None:
    for i in range(30):
        (tmp_path / f"m{i:02d}.py").write_text(HEAD + f"nn.LSTM({i + 1})\n" if i % 3
                                               else "x = 1\n")
    told = []
    runs = [list(check_paths([str(tmp_path)], jobs=jobs, discovered=told.append))
            for jobs in (1, 2, 3)]
    assert told == [30, 30, 30]
    assert runs[0] == runs[1] == runs[2]
    assert [Path(r.path).name for r in runs[0] if isinstance(r, FileResult)] == sorted(
        f"m{i:02d}.py" for i in range(30))
