"""`lstmcheck check --fix/--diff/--unsafe-fixes/--fix-only/--exit-non-zero-on-fix` as a user
runs them: the flags reach cli/fixes.run with ruff's meanings, and torch accepts the result."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from tests.cli_run import Lstmcheck

MISTAKES = ("import torch.nn as nn\n\n"
            "lstm = nn.LSTM(10, 20, 2, 0.5)\n"      # LC005: 0.5 lands in bias (safe fix)
            "gru = nn.GRU(10, 20, dropout=0.3)\n")  # LC006: ineffective dropout (unsafe fix)


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Lstmcheck:
    return Lstmcheck(monkeypatch, capsys)


def _calls(text: str) -> list[str]:
    return [line.split(" = ", 1)[1] for line in text.splitlines() if " = nn." in line]


def test_diff_prints_the_fix_writes_nothing_and_exits_1(cli: Lstmcheck, tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text(MISTAKES)
    run = cli("check", "--diff", "m.py", cwd=tmp_path)
    assert run.code == 1
    assert "-lstm = nn.LSTM(10, 20, 2, 0.5)" in run.stdout
    assert "+lstm = nn.LSTM(10, 20, 2, dropout=0.5)" in run.stdout
    assert "+gru" not in run.stdout  # removing the dropout changes behaviour: unsafe only
    assert (tmp_path / "m.py").read_text() == MISTAKES


def test_fix_applies_safe_fixes_and_torch_accepts_them(cli: Lstmcheck, tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    (tmp_path / "m.py").write_text(MISTAKES)
    run = cli("check", "--fix", "m.py", cwd=tmp_path)
    fixed = (tmp_path / "m.py").read_text()
    assert "nn.LSTM(10, 20, 2, dropout=0.5)" in fixed and "dropout=0.3" in fixed
    assert run.code == 1 and "1 fixed, 1 remaining" in run.stdout  # LC006 stays: unsafe
    assert "--unsafe-fixes" in run.stdout + run.stderr
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the fixed LSTM must build without torch's warning
        eval(_calls(fixed)[0], {"nn": torch.nn})


def test_unsafe_fixes_also_remove_the_ineffective_dropout(cli: Lstmcheck, tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    (tmp_path / "m.py").write_text(MISTAKES)
    run = cli("check", "--fix", "--unsafe-fixes", "m.py", cwd=tmp_path)
    fixed = (tmp_path / "m.py").read_text()
    assert run.code == 0 and "dropout=0.3" not in fixed
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for call in _calls(fixed):
            eval(call, {"nn": torch.nn})
    assert cli("check", "m.py", cwd=tmp_path).code == 0


def test_fix_only_and_exit_non_zero_on_fix(cli: Lstmcheck, tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text(MISTAKES)
    quiet = cli("check", "--fix-only", "m.py", cwd=tmp_path)
    assert quiet.code == 0 and "LC006" not in quiet.stdout
    assert "dropout=0.5" in (tmp_path / "m.py").read_text()
    (tmp_path / "n.py").write_text(MISTAKES)
    strict = cli("check", "--fix", "--unsafe-fixes", "--exit-non-zero-on-fix", "n.py",
                 cwd=tmp_path)
    assert strict.code == 1  # nothing remains, but something was fixed


def test_fixing_twice_changes_nothing_more(cli: Lstmcheck, tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text(MISTAKES)
    cli("check", "--fix", "--unsafe-fixes", "m.py", cwd=tmp_path)
    once = (tmp_path / "m.py").read_text()
    again = cli("check", "--fix", "--unsafe-fixes", "m.py", cwd=tmp_path)
    assert again.code == 0 and (tmp_path / "m.py").read_text() == once
