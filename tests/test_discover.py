"""Discovery over odd trees: it finds what git would track, terminates, and never raises."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lstmcheck.lint import discover as discovery
from lstmcheck.lint.discover import discover, matches
from lstmcheck.lint.engine import check_paths
from lstmcheck.records import Settings

BUGGY = "import torch.nn as nn\nlstm = nn.LSTM(10)\n"


def write(root: Path, name: str, text: str = BUGGY) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def found(root: Path, settings: Settings = Settings()) -> list[str]:
    return [p.relative_to(root).as_posix() for p in discover([str(root)], settings).files]


def test_malformed_gitignore_patterns_match_nothing_and_the_rest_still_apply(
        tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path, ".gitignore", "[z-a].py\n[]\n[\n\\\n**/[!]x\ngen_*.py\n")
    for name in ("a.py", "gen_1.py", "[.py", "z.py"):
        write(tmp_path, name)
    assert found(tmp_path) == ["[.py", "a.py", "z.py"]


def test_1500_nested_directories_are_walked_without_recursion(tmp_path: Path) -> None:
    deep = tmp_path
    for _ in range(1500):  # os.makedirs itself would recurse
        deep = deep / "d"
        deep.mkdir()
    write(deep, "bottom.py")
    write(tmp_path, "top.py")
    try:
        files = found(tmp_path)
        assert files[-1] == "top.py" and files[0].endswith("/d/bottom.py")
        assert files[0].count("/") == 1500
    finally:  # shutil.rmtree, which pytest cleans up with, would recurse as deep
        (deep / "bottom.py").unlink()
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent


def test_symlink_loops_terminate_and_links_never_leave_the_tree(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write(outside, "secret.py")
    tree = tmp_path / "tree"
    write(tree, "pkg/model.py")
    (tree / "pkg" / "again").symlink_to(tree / "pkg")  # a loop
    (tree / "self").symlink_to(tree)
    (tree / "out").symlink_to(outside)
    (tree / "leak.py").symlink_to(outside / "secret.py")
    (tree / "alias.py").symlink_to(tree / "pkg" / "model.py")
    files = found(tree)
    assert files == ["alias.py"]  # pkg/model.py is the same file: reported once


def test_an_unlistable_directory_is_reported_and_the_walk_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "a/one.py")
    write(tmp_path, "b/two.py")
    write(tmp_path, "c/three.py")
    real_scandir = os.scandir

    def scandir(path):  # noqa: ANN001, ANN202
        if Path(path).name == "b":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(discovery.os, "scandir", scandir)
    results = list(check_paths([str(tmp_path)], jobs=1))
    names = [Path(r.path).relative_to(tmp_path).as_posix() for r in results]
    assert names == ["a/one.py", "b", "c/three.py"]
    (problem,) = results[1].findings
    assert problem.code == "LC000"
    assert problem.message == "cannot list this directory: Permission denied"


def test_non_utf8_names_are_found(tmp_path: Path) -> None:
    base = os.fsencode(str(tmp_path))
    os.mkdir(base + b"/dir\xfe")
    with open(base + b"/dir\xfe/mod\xff.py", "w") as handle:
        handle.write(BUGGY)
    (file,) = discover([str(tmp_path)]).files
    assert os.fsencode(str(file)).endswith(b"/dir\xfe/mod\xff.py")


def test_git_info_exclude_is_honoured_like_gitignore(tmp_path: Path) -> None:
    write(tmp_path, ".git/info/exclude", "# local\nscratch/\n*_tmp.py\n")
    write(tmp_path, ".gitignore", "!keep_tmp.py\n")
    for name in ("scratch/a.py", "x_tmp.py", "keep_tmp.py", "src/m.py"):
        write(tmp_path, name)
    assert found(tmp_path) == ["keep_tmp.py", "src/m.py"]
    # walking a subdirectory still sees the repository's exclude file
    write(tmp_path, "src/y_tmp.py")
    assert [p.name for p in discover([str(tmp_path / "src")]).files] == ["m.py"]


def test_respect_gitignore_false_walks_ignored_files(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path, ".gitignore", "gen/\n")
    write(tmp_path, "gen/a.py")
    assert found(tmp_path) == []
    assert found(tmp_path, Settings(respect_gitignore=False)) == ["gen/a.py"]


def test_exclude_and_extend_exclude(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("build/a.py", "legacy/b.py", "src/old_c.py", "src/d.py", "e.ipynb"):
        write(tmp_path, name, "{}" if name.endswith("ipynb") else BUGGY)
    assert found(tmp_path) == ["e.ipynb", "legacy/b.py", "src/d.py", "src/old_c.py"]
    extended = Settings(extend_exclude=("legacy", "src/old_*.py"))
    assert found(tmp_path, extended) == ["e.ipynb", "src/d.py"]
    # exclude replaces the default exclusions (ruff's convention): build/ is walked again
    replaced = Settings(exclude=("*.ipynb",))
    assert found(tmp_path, replaced) == ["build/a.py", "legacy/b.py", "src/d.py", "src/old_c.py"]


def test_notebooks_are_found_by_the_walk(tmp_path: Path) -> None:
    write(tmp_path, "nb/analysis.ipynb", "{}")
    write(tmp_path, "nb/.ipynb_checkpoints/analysis-checkpoint.ipynb", "{}")
    assert found(tmp_path) == ["nb/analysis.ipynb"]


def test_per_file_ignore_globs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert matches("tests/*.py", "tests/test_a.py")
    assert not matches("tests/*.py", "src/tests_a.py")
    assert matches("*.ipynb", str(tmp_path / "deep" / "x.ipynb"))
    assert matches("legacy", "legacy/sub/x.py")
    assert not matches("[z-a]", "z")


def test_the_order_is_stable_and_sorted(tmp_path: Path) -> None:
    for name in ("b.py", "a/z.py", "a/b.py", "C.py", "a.py"):
        write(tmp_path, name)
    assert found(tmp_path) == ["C.py", "a/b.py", "a/z.py", "a.py", "b.py"]


def test_a_directory_that_vanishes_during_the_walk_is_no_problem(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "a/one.py")
    write(tmp_path, "b/two.py")
    real_scandir = os.scandir

    def scandir(path):  # noqa: ANN001, ANN202
        if Path(path).name == "a":
            raise FileNotFoundError(2, "No such file or directory")
        return real_scandir(path)

    monkeypatch.setattr(discovery.os, "scandir", scandir)
    found_now = discover([str(tmp_path)])
    assert [p.name for p in found_now.files] == ["two.py"] and not found_now.problems
