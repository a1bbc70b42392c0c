"""The result cache: a run over an unchanged tree parses nothing, and nothing it holds can
make a run wrong."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lstmcheck.lint import engine
from lstmcheck.lint.cache import Cache, default_directory
from lstmcheck.lint.engine import check_paths
from lstmcheck.records import FileResult, Settings

TESTS = Path(__file__).parent
HEAD = "import torch.nn as nn\n"
BUGGY = HEAD + "lstm = nn.LSTM(10)\n"


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """Every fixture the suite has, plus files the prefilter skips."""
    root = tmp_path / "tree"
    for folder in ("fixtures/lint", "fixtures/flow", "fixtures/notebooks", "realbugs"):
        shutil.copytree(TESTS / folder, root / folder.replace("/", "_"))
    (root / "plain.py").write_text("x = 1\n")
    (root / "broken.py").write_text(HEAD + "def f(:\n    nn.GRU(1)\n")
    return root


def run(root: Path, cache: Path | None, settings: Settings = Settings()) -> list[FileResult]:
    return [r for r in check_paths([str(root)], settings, jobs=2, cache_dir=cache)
            if isinstance(r, FileResult)]


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any parse from now on is an internal error (workers are forked: they inherit this)."""
    def refuse(*args: object) -> None:
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(engine, "_parse", refuse)


def test_a_run_over_an_unchanged_tree_parses_nothing(
        tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    first = run(tree, cache)
    assert sum(r.parsed for r in first) > 30 and any(r.findings for r in first)
    assert first == run(tree, None)  # the cache changes no result
    no_parsing(monkeypatch)
    second = run(tree, cache)
    assert second == first
    assert not any(r.internal_error for r in second)


def test_a_changed_file_or_other_settings_are_checked_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    (tmp_path / "src").mkdir()
    model = tmp_path / "src" / "m.py"
    model.write_text(BUGGY)
    (tmp_path / "src" / "n.py").write_text(BUGGY)
    assert [f.code for r in run(tmp_path / "src", cache) for f in r.findings] == ["LC001"] * 2
    model.write_text(HEAD + "lstm = nn.LSTM(10, 20, dropout=0.5)\n")
    codes = [[f.code for f in r.findings] for r in run(tmp_path / "src", cache)]
    assert codes == [["LC006"], ["LC001"]]
    only = Settings(select=("LC006",))
    assert [[f.code for f in r.findings] for r in run(tmp_path / "src", cache, only)] == [
        ["LC006"], []]


def test_a_damaged_entry_is_a_miss_and_is_rewritten(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "m.py").write_text(BUGGY)
    (tmp_path / "src" / "n.py").write_text(BUGGY)
    first = run(tmp_path / "src", cache)
    entries = [p for p in cache.rglob("*") if p.is_file() and p.name != ".gitignore"
               and not p.name.startswith("index-")]
    assert len(entries) == 2
    entries[0].write_bytes(b"\x80\x05garbage")
    entries[1].write_bytes(entries[1].read_bytes()[:20])
    assert run(tmp_path / "src", cache) == first
    assert all(pickle.loads(p.read_bytes()) in first for p in entries)


def test_a_cache_cannot_make_lstmcheck_run_code(tmp_path: Path) -> None:
    """A repository could ship a crafted cache: only lstmcheck's records are loaded."""
    marker = tmp_path / "ran"
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "m.py").write_text(BUGGY)
    (tmp_path / "src" / "n.py").write_text(BUGGY)
    cache = tmp_path / "cache"
    first = run(tmp_path / "src", cache)

    class Evil:
        def __reduce__(self):  # noqa: ANN204
            return (os.system, (f"touch {marker}",))

    for entry in (p for p in cache.rglob("*") if p.is_file() and p.name != ".gitignore"):
        entry.write_bytes(pickle.dumps(Evil()))
    assert run(tmp_path / "src", cache) == first
    assert not marker.exists()


def test_another_version_is_rebuilt_and_the_folder_ignores_itself(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (cache / "v0-old").mkdir(parents=True)
    (cache / "v0-old" / "entry").write_bytes(b"old")
    (tmp_path / "m.py").write_text(BUGGY)
    (tmp_path / "n.py").write_text(BUGGY)
    run(tmp_path, cache)
    assert not (cache / "v0-old").exists()
    assert (cache / ".gitignore").read_text().splitlines()[-1] == "*"
    (version,) = [p for p in cache.iterdir() if p.is_dir()]
    assert version.name.startswith("v1-")


def test_an_unwritable_cache_is_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert Cache.open(blocker / "cache", Settings()) is None
    (tmp_path / "m.py").write_text(BUGGY)
    (tmp_path / "n.py").write_text(BUGGY)
    assert [f.code for r in run(tmp_path, blocker / "cache") for f in r.findings] == [
        "LC001", "LC001"]


def test_the_cache_lives_at_the_project_root(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LSTMCHECK_CACHE_DIR", raising=False)
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "pkg" / "sub").mkdir(parents=True)
    assert default_directory(tmp_path / "pkg" / "sub") == tmp_path / ".lstmcheck_cache"
    monkeypatch.setenv("LSTMCHECK_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert default_directory(tmp_path / "pkg") == tmp_path / "elsewhere"


def test_verify_results_are_keyed_by_torch_version(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    from lstmcheck.lint import cache as module

    plain = Cache.open(tmp_path, Settings())
    verify = Cache.open(tmp_path, Settings(verify=True))
    monkeypatch.setattr(module, "_torch_version", lambda: "9.9.9")
    other = Cache.open(tmp_path, Settings(verify=True))
    assert plain and verify and other
    keys = {c.key("m.py", b"x") for c in (plain, verify, other)}
    assert len(keys) == 3


def test_concurrent_runs_share_the_cache(tree: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    code = ("import sys\nfrom lstmcheck.lint.engine import check_paths\n"
            "print(sum(len(r.findings) for r in check_paths([sys.argv[1]], jobs=1, "
            "cache_dir=sys.argv[2]) if not isinstance(r, str)))\n")
    runs = [subprocess.Popen([sys.executable, "-c", code, str(tree), str(cache)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(3)]
    outputs = [r.communicate(timeout=300) for r in runs]
    assert all(not err for _, err in outputs), outputs
    want = sum(len(r.findings) for r in run(tree, None))
    assert [int(out) for out, _ in outputs] == [want] * 3
    assert not [p for p in cache.rglob(".tmp-*")]
