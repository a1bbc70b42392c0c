"""The pre-commit hook, used as a team would: `pre-commit try-repo` on a clone of this
repository, run in a throw-away git repository holding one buggy and one clean file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

BUGGY = "import torch.nn as nn\n\nlstm = nn.LSTM(10)\n"
CLEAN = "import torch.nn as nn\n\nlstm = nn.LSTM(10, 20)\n"


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"})


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of this working tree, as a git repository of its own."""
    if shutil.which("git") is None:
        pytest.fail("git is needed to test the pre-commit hook")
    clone = tmp_path_factory.mktemp("hook") / "lstmcheck"
    # Without .git: in a git worktree .git is a file naming the real repository, and the
    # commit below would land on the developer's branch.
    shutil.copytree(ROOT, clone, ignore=shutil.ignore_patterns(
        ".git", ".venv*", "__pycache__", "*.egg-info", ".pytest_cache", ".hypothesis", "build"))
    _git(clone, "init", "-q")
    _git(clone, "add", "-A")
    _git(clone, "commit", "-q", "--allow-empty", "-m", "snapshot for the hook test")
    return clone


def _try_repo(hook_repo: Path, tmp_path: Path, name: str, text: str,
              *more: tuple[str, str]) -> subprocess.CompletedProcess:
    work = tmp_path / "project"
    work.mkdir()
    _git(work, "init", "-q")
    files = [(name, text), *more]
    for each, content in files:
        (work / each).write_text(content)
        _git(work, "add", each)
    env = {**os.environ, "PRE_COMMIT_HOME": str(hook_repo.parent / "cache"), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "lstmcheck",
         "--files", *[each for each, _ in files]],
        cwd=work, capture_output=True, text=True, env=env, timeout=900,
    )


def test_hook_fails_on_buggy_file_naming_the_finding(hook_repo: Path, tmp_path: Path) -> None:
    run = _try_repo(hook_repo, tmp_path, "model.py", BUGGY)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "model.py:3:8: error: LC001" in run.stdout, run.stdout


def test_hook_passes_on_clean_file(hook_repo: Path, tmp_path: Path) -> None:
    run = _try_repo(hook_repo, tmp_path, "model.py", CLEAN)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Passed" in run.stdout


NOTEBOOK = json.dumps({
    "cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
               "source": ["import torch.nn as nn\n", "\n", "lstm = nn.LSTM(10)\n"]}],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                "language": "python"}},
    "nbformat": 4, "nbformat_minor": 5,
})


def test_hook_is_given_notebooks(hook_repo: Path, tmp_path: Path) -> None:
    """Without `types_or: [python, jupyter]` pre-commit would skip the notebook ("no files
    to check") and pass it."""
    run = _try_repo(hook_repo, tmp_path, "model.ipynb", NOTEBOOK)
    hook_line = next(line for line in run.stdout.splitlines() if line.startswith("lstmcheck."))
    assert "no files to check" not in hook_line and "Skipped" not in hook_line, run.stdout
    assert hook_line.endswith(("Passed", "Failed"))  # what it finds is the engine's to test


def test_example_config_names_the_hook_this_repository_offers() -> None:
    import yaml

    offered = {hook["id"]: hook for hook in yaml.safe_load(
        (ROOT / ".pre-commit-hooks.yaml").read_text())}
    example = yaml.safe_load((ROOT / "examples" / ".pre-commit-config.yaml").read_text())
    used = [hook["id"] for repo in example["repos"] for hook in repo["hooks"]]
    assert used == ["lstmcheck"] and set(used) <= set(offered)
    assert offered["lstmcheck"]["types_or"] == ["python", "jupyter"]


MODEL = """import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, hidden, num_layers, dropout):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.rnn = nn.GRU(hidden, hidden, num_layers=num_layers, dropout=dropout)
"""
TRAIN = "from model import Encoder\n\nencoder = Encoder(1000, 64, num_layers=1, dropout=0.3)\n"


def test_hook_sees_a_class_built_in_another_staged_file(hook_repo: Path, tmp_path: Path) -> None:
    """The finding holds only through train.py's call of model.py's class: pre-commit must
    hand both files to one run (`require_serial`), not one to each of its processes."""
    run = _try_repo(hook_repo, tmp_path, "model.py", MODEL, ("train.py", TRAIN))
    assert run.returncode == 1, run.stdout + run.stderr
    assert "model.py:8:66: warning: LC006" in run.stdout and "train.py:3" in run.stdout, run.stdout
