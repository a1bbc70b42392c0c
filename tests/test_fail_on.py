"""--fail-on / `fail-on`: CI that fails on errors only, still reporting the warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_run import BUGGY, DROPOUT, Lstmcheck, write


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Lstmcheck:
    return Lstmcheck(monkeypatch, capsys)


def test_warnings_fail_by_default_and_not_under_fail_on_error(cli, tmp_path: Path) -> None:
    write(tmp_path, "w.py", DROPOUT)  # LC006, a warning
    assert cli("check", "--no-cache", "w.py", cwd=tmp_path).code == 1
    run = cli("check", "--no-cache", "--fail-on", "error", "--output-format", "concise", "w.py",
              cwd=tmp_path)
    assert run.code == 0 and "warning: LC006" in run.stdout  # reported, not failed


def test_an_error_still_fails_under_fail_on_error(cli, tmp_path: Path) -> None:
    write(tmp_path, "w.py", DROPOUT)
    write(tmp_path, "e.py", BUGGY)  # LC001, an error
    assert cli("check", "--no-cache", "--fail-on", "error", ".", cwd=tmp_path).code == 1
    assert cli("check", "--no-cache", "--fail-on", "error", "--fix", ".", cwd=tmp_path).code == 1


def test_fail_on_from_the_configuration_and_the_flag_wins(cli, tmp_path: Path) -> None:
    write(tmp_path, "w.py", DROPOUT)
    write(tmp_path, "pyproject.toml", '[tool.lstmcheck]\nfail-on = "error"\n')
    assert cli("check", "--no-cache", "w.py", cwd=tmp_path).code == 0
    assert cli("check", "--no-cache", "--fix", "w.py", cwd=tmp_path).code == 0
    assert cli("check", "--no-cache", "--fail-on", "warning", "w.py", cwd=tmp_path).code == 1
    shown = cli("check", "--show-settings", "w.py", cwd=tmp_path).stdout
    assert "fail-on" in shown and "error  (pyproject.toml [tool.lstmcheck])" in shown


def test_a_bad_fail_on_is_one_line_and_exit_two(cli, tmp_path: Path) -> None:
    write(tmp_path, "w.py", DROPOUT)
    write(tmp_path, "pyproject.toml", '[tool.lstmcheck]\nfail-on = "errors"\n')
    run = cli("check", "w.py", cwd=tmp_path)
    assert run.code == 2 and run.stderr.count("\n") == 1
    assert "fail-on must be warning or error, not 'errors'" in run.stderr
