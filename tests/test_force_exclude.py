"""--force-exclude (ruff's flag): exclusions apply to files named on the command line, which
is how pre-commit names every staged file; a run whose named files were all excluded passes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lstmcheck.cli import app

BUGGY = "import torch.nn as nn\n\nlstm = nn.LSTM(10)\n"
runner = CliRunner()


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("scratch/tmp.py", "build/gen.py", "keep.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(BUGGY)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str):
    return runner.invoke(app, ["check", "--no-cache", "--output-format", "concise", *args])


def reported(output: str) -> set[str]:
    return {line.split(":", 1)[0] for line in output.splitlines() if ": error: LC" in line}


def test_named_files_are_checked_without_it(project: Path) -> None:
    result = check("--extend-exclude", "scratch/", "scratch/tmp.py", "build/gen.py", "keep.py")
    assert result.exit_code == 1
    assert reported(result.output) == {"scratch/tmp.py", "build/gen.py", "keep.py"}


def test_it_applies_the_exclusions_and_skipped_folders_to_named_files(project: Path) -> None:
    result = check("--force-exclude", "--extend-exclude", "scratch/",
                   "scratch/tmp.py", "build/gen.py", "keep.py")
    assert result.exit_code == 1
    assert reported(result.output) == {"keep.py"}


def test_a_run_whose_named_files_were_all_excluded_passes(project: Path) -> None:
    result = check("--force-exclude", "--extend-exclude", "scratch/", "scratch/tmp.py")
    assert result.exit_code == 0, result.output
    fixed = runner.invoke(app, ["check", "--no-cache", "--fix", "--force-exclude",
                                "--extend-exclude", "scratch/", "scratch/tmp.py"])
    assert fixed.exit_code == 0, fixed.output
    assert (project / "scratch/tmp.py").read_text() == BUGGY  # nothing touched


def test_the_setting_comes_from_the_configuration_and_a_flag_turns_it_off(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.lstmcheck]\nforce-exclude = true\nextend-exclude = ["scratch/"]\n')
    assert check("scratch/tmp.py", "keep.py").exit_code == 1
    assert reported(check("scratch/tmp.py", "keep.py").output) == {"keep.py"}
    assert reported(check("--no-force-exclude", "scratch/tmp.py").output) == {"scratch/tmp.py"}
    shown = runner.invoke(app, ["check", "--show-settings", "keep.py"])
    assert "force-exclude       true" in shown.output


def test_a_missing_named_file_is_still_an_error(project: Path) -> None:
    result = check("--force-exclude", "missing.py")
    assert result.exit_code == 2


def test_the_pre_commit_hook_passes_it() -> None:
    hooks = (Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml").read_text()
    assert "entry: lstmcheck check --force-exclude" in hooks
