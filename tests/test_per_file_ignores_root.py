"""per-file-ignores globs are relative to the configuration file's folder, as in ruff: the same
finding is ignored whether the check runs from the project root or from inside a subfolder."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lstmcheck.cli import app

DROPOUT = "import torch.nn as nn\n\nrnn = nn.GRU(10, 20, dropout=0.3)\n"
runner = CliRunner()


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.lstmcheck]\n[tool.lstmcheck.per-file-ignores]\n"notebooks/*" = ["LC006"]\n')
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "explore.py").write_text(DROPOUT)
    (tmp_path / "model.py").write_text(DROPOUT)
    return tmp_path


def codes(output: str) -> list[str]:
    return [line.split(": ", 1)[0] for line in output.splitlines() if " LC006 " in line]


@pytest.mark.parametrize("where, target", [(".", "notebooks/explore.py"), ("notebooks", "explore.py"),
                                           ("notebooks", ".")])
def test_the_glob_is_read_from_the_configuration_folder(project: Path, monkeypatch, where, target):
    monkeypatch.chdir(project / where)
    result = runner.invoke(app, ["check", "--no-cache", "--output-format", "concise", target])
    assert result.exit_code == 0, result.output


def test_files_the_glob_does_not_name_are_still_reported(project: Path, monkeypatch) -> None:
    monkeypatch.chdir(project / "notebooks")
    result = runner.invoke(app, ["check", "--no-cache", "--output-format", "concise", "../model.py"])
    assert result.exit_code == 1 and "LC006" in result.output, result.output
