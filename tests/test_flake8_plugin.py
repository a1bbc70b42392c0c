"""lstmcheck inside flake8, as a team that already runs flake8 meets it: the LC codes appear
at the same places as `lstmcheck check` puts them, and flake8's select, per-file-ignores and
noqa govern them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cli_run import BUGGY, CLEAN, DROPOUT, write


def flake8(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flake8", "--isolated", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def torch_nn():
    import torch.nn as nn

    return nn


def test_flake8_reports_what_lstmcheck_reports(tmp_path: Path, torch_nn) -> None:
    write(tmp_path, "a.py", BUGGY)
    write(tmp_path, "b.py", DROPOUT)
    write(tmp_path, "c.py", CLEAN)
    run = flake8("--select", "LC", ".", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    lines = sorted(run.stdout.splitlines())
    assert [line.split(" ")[0:2] for line in lines] == [["./a.py:3:8:", "LC001"],
                                                       ["./b.py:3:24:", "LC006"]]
    # torch agrees: the first call raises, the second warns, the clean one does neither
    with pytest.raises(TypeError, match="hidden_size"):
        torch_nn.LSTM(10)
    with pytest.warns(UserWarning, match="dropout"):
        torch_nn.LSTM(10, 20, dropout=0.5)
    listed = subprocess.run([sys.executable, "-m", "lstmcheck", "check", "--output-format",
                             "concise", "."], cwd=tmp_path, capture_output=True, text=True)
    for line in lines:
        path, rest = line[2:].split(": ", 1)
        assert any(l.startswith(path + ":") and rest.split()[0] in l
                   for l in listed.stdout.splitlines()), line


def test_flake8_per_file_ignores_and_noqa(tmp_path: Path) -> None:
    write(tmp_path, "tests/t.py", BUGGY)
    write(tmp_path, "m.py", BUGGY.replace("nn.LSTM(10)", "nn.LSTM(10)  # noqa: LC001"))
    run = flake8("--select", "LC", "--per-file-ignores", "tests/*:LC001", ".", cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout == ""
    assert flake8("--select", "LC", "tests", cwd=tmp_path).returncode == 1


def test_flake8_lists_the_plugin(tmp_path: Path) -> None:
    run = flake8("--version", cwd=tmp_path)
    assert "lstmcheck" in run.stdout
