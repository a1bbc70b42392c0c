"""`check --no-cache`, `--cache-dir`, `--jobs` as a user runs them: the cache lives where the
README says, a warm run prints what the cold one printed, and the job count changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import BUGGY, CLEAN, DROPOUT, Lstmcheck


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Lstmcheck:
    monkeypatch.delenv("LSTMCHECK_CACHE_DIR", raising=False)
    return Lstmcheck(monkeypatch, capsys)


def _project(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'p'\n")
    (tmp_path / "a.py").write_text(BUGGY)
    (tmp_path / "b.py").write_text(DROPOUT)
    (tmp_path / "c.py").write_text(CLEAN)
    return tmp_path


def test_the_cache_lives_at_the_project_root_and_ignores_itself(cli: Lstmcheck,
                                                                 tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "sub").mkdir()
    cold = cli("check", "..", cwd=root / "sub")
    assert (root / ".lstmcheck_cache" / ".gitignore").read_text().strip().endswith("*")
    warm = cli("check", "..", cwd=root / "sub")
    assert (cold.code, cold.stdout) == (warm.code, warm.stdout) and cold.code == 1


def test_no_cache_writes_none_and_cache_dir_moves_it(cli: Lstmcheck, tmp_path: Path) -> None:
    root = _project(tmp_path)
    cli("check", ".", "--no-cache", cwd=root)
    assert not (root / ".lstmcheck_cache").exists()
    cli("check", ".", "--cache-dir", str(tmp_path / "elsewhere"), cwd=root)
    assert (tmp_path / "elsewhere" / ".gitignore").exists()
    assert not (root / ".lstmcheck_cache").exists()


def test_an_edited_file_is_checked_again(cli: Lstmcheck, tmp_path: Path) -> None:
    root = _project(tmp_path)
    assert cli("check", "a.py", cwd=root).code == 1
    (root / "a.py").write_text(CLEAN)
    assert cli("check", "a.py", cwd=root).code == 0


def test_jobs_change_nothing_and_zero_is_a_usage_error(cli: Lstmcheck, tmp_path: Path) -> None:
    root = _project(tmp_path)
    one = cli("check", ".", "--no-cache", "--jobs", "1", cwd=root)
    two = cli("check", ".", "--no-cache", "-j", "2", cwd=root)
    assert (one.code, one.stdout) == (two.code, two.stdout)
    bad = cli("check", ".", "--jobs", "0", cwd=root)
    assert bad.code == 2 and len(bad.stderr.strip().splitlines()) == 1
