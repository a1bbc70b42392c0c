"""Discovery at file-system speed: no per-file path resolution, ignored folders never entered,
and the same files as before, symbolic links included."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lstmcheck.lint import discover as module
from lstmcheck.lint.discover import discover


def test_files_are_not_resolved_one_by_one(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    for d in range(5):
        for f in range(40):
            (tmp_path / f"d{d}").mkdir(exist_ok=True)
            (tmp_path / f"d{d}" / f"m{f}.py").write_text("")
    (tmp_path / "link.py").symlink_to(tmp_path / "d0" / "m0.py")
    calls = []
    real = module._real
    monkeypatch.setattr(module, "_real", lambda p: calls.append(p) or real(p))
    found = discover([str(tmp_path)])
    assert len(found.files) == 200  # the link is the same file as d0/m0.py: listed once
    assert len(calls) < 10


def test_an_ignored_folder_is_never_listed(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("generated/\n")
    for name in ("generated", "node_modules", "src"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "m.py").write_text("")
    listed = []
    scandir = os.scandir
    monkeypatch.setattr(module.os, "scandir", lambda p: listed.append(Path(p).name) or scandir(p))
    found = discover([str(tmp_path)])
    assert [p.relative_to(tmp_path).as_posix() for p in found.files] == ["src/m.py"]
    assert "generated" not in listed and "node_modules" not in listed
