"""Run `lstmcheck` as a user does, through its entry point `lstmcheck.cli:main`, in this
process (fast) or in a new one (for what is fixed at start-up, like TERM=dumb)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

BUGGY = "import torch.nn as nn\n\nlstm = nn.LSTM(10)\n"  # LC001 at 3:8
DROPOUT = "import torch.nn as nn\n\nlstm = nn.LSTM(10, 20, dropout=0.5)\n"  # LC006
CLEAN = "import torch.nn as nn\n\nlstm = nn.LSTM(10, 20)\n"


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


class Lstmcheck:
    """`cli("check", "model.py", cwd=tmp_path)` -> Run."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
        self.monkeypatch = monkeypatch
        self.capsys = capsys

    def __call__(self, *args: str, cwd: Path, stdin: str | None = None) -> Run:
        from lstmcheck.cli import main

        self.capsys.readouterr()
        with self.monkeypatch.context() as patch:
            patch.chdir(cwd)
            patch.setenv("NO_COLOR", "1")
            patch.delenv("FORCE_COLOR", raising=False)
            patch.setattr(sys, "argv", ["lstmcheck", *args])
            if stdin is not None:
                patch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
            try:
                main()
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 0
        out = self.capsys.readouterr()
        return Run(code, out.out, out.err)


def run_process(*args: str, cwd: Path, env: dict[str, str | None] | None = None) -> Run:
    """In a new interpreter; `env` overrides (None removes) NO_COLOR=1 and the rest."""
    environment = {**os.environ, "NO_COLOR": "1"}
    environment.pop("FORCE_COLOR", None)
    for key, value in (env or {}).items():
        if value is None:
            environment.pop(key, None)
        else:
            environment[key] = value
    done = subprocess.run([sys.executable, "-m", "lstmcheck", *args], cwd=cwd,
                          capture_output=True, text=True, env=environment, timeout=120)
    return Run(done.returncode, done.stdout, done.stderr)


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path
