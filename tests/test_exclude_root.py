"""`exclude` and `extend-exclude` patterns are relative to the folder of the configuration file
that writes them, as in ruff, and flags to the working directory: a monorepo's sub-project
excludes the same files whether lstmcheck runs from the repository's top (as pre-commit does),
from inside the sub-project, or from elsewhere."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lstmcheck.cli import app

BUGGY = "import torch.nn as nn\n\nlstm = nn.LSTM(10)\n"
runner = CliRunner()


@pytest.fixture()
def monorepo(tmp_path: Path) -> Path:
    """repo/ (a git repository, no configuration at its top) with ml/pyproject.toml."""
    repo = tmp_path / "repo"
    (repo / "ml" / "notebooks" / "scratch").mkdir(parents=True)
    (repo / "ml" / "pkg").mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "ml" / "pyproject.toml").write_text(
        '[tool.lstmcheck]\nextend-exclude = ["notebooks/scratch/"]\n')
    (repo / "ml" / "notebooks" / "scratch" / "wip.py").write_text(BUGGY)
    (repo / "ml" / "pkg" / "model.py").write_text(BUGGY)
    return repo


def reported(output: str) -> list[str]:
    return sorted(Path(line.split(":", 1)[0]).name for line in output.splitlines()
                  if " LC001 " in line)


@pytest.mark.parametrize("where, args", [
    (".", ["--force-exclude", "ml/notebooks/scratch/wip.py", "ml/pkg/model.py"]),  # pre-commit
    (".", ["ml"]),
    ("ml/pkg", [".."]),
    ("ml/notebooks", ["--force-exclude", "scratch/wip.py", "../pkg/model.py"]),
])
def test_the_configurations_patterns_hold_from_wherever_it_runs(monorepo, monkeypatch,
                                                                where, args):
    monkeypatch.chdir(monorepo / where)
    result = runner.invoke(app, ["check", "--no-cache", "--output-format", "concise", *args])
    assert reported(result.output) == ["model.py"], result.output


def test_from_outside_the_repository(monorepo, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "--no-cache", "--output-format", "concise",
                                 str(monorepo / "ml")])
    assert reported(result.output) == ["model.py"], result.output


def test_a_flags_pattern_is_relative_to_the_working_directory(monorepo, monkeypatch):
    monkeypatch.chdir(monorepo)
    result = runner.invoke(app, ["check", "--no-cache", "--output-format", "concise",
                                 "--extend-exclude", "ml/pkg", "ml", "ml/notebooks/scratch/wip.py"])
    # ml/pkg excluded by the flag; wip.py named explicitly is checked without --force-exclude
    assert reported(result.output) == ["wip.py"], result.output
