"""The cache's index: a file unchanged since it was read is not read again, and any change
to it, or one too recent to tell from its stat, is read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lstmcheck.lint import cache as cache_module
from lstmcheck.lint import engine
from lstmcheck.lint.engine import check_paths
from lstmcheck.records import FileResult, Settings

HEAD = "import torch.nn as nn\n"
BUGGY = HEAD + "lstm = nn.LSTM(100)\n"  # LC001
FIXED = HEAD + "lstm = nn.LSTM(1,2)\n"  # the same size, no finding


def run(root: Path, cache: Path) -> list[FileResult]:
    return [r for r in check_paths([str(root)], Settings(), jobs=1, cache_dir=cache)
            if isinstance(r, FileResult)]


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files each run reads (not those the index vouches for)."""
    seen: list[str] = []
    real = engine._read

    def counting(path: Path, settings: Settings) -> bytes | None:
        seen.append(path.name)
        return real(path, settings)

    monkeypatch.setattr(engine, "_read", counting)
    return seen


@pytest.fixture(autouse=True)
def indexed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The index is used from 100 files on: here, for the three files of `_tree`."""
    monkeypatch.setattr(engine, "_INDEX_FROM", 3)


@pytest.fixture()
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by the test count as settled at once (they are seconds old at most)."""
    monkeypatch.setattr(cache_module, "_SETTLED", -10**15)


def _tree(root: Path) -> Path:
    root.mkdir()
    (root / "model.py").write_text(BUGGY)
    (root / "plain.py").write_text("x = 1\n")
    (root / "keras.py").write_text("from keras.layers import LSTM\n")
    return root


def test_an_unchanged_tree_is_not_read_again(tmp_path: Path, reads: list[str],
                                             settled: None) -> None:
    root = _tree(tmp_path / "src")
    first = run(root, tmp_path / "cache")
    assert sorted(reads) == ["keras.py", "model.py", "plain.py"]
    reads.clear()
    second = run(root, tmp_path / "cache")
    assert reads == []
    assert second == first
    assert [f.code for r in second for f in r.findings] == ["LC001"]


def test_each_file_is_read_at_most_once_and_stat_once_per_run(
        tmp_path: Path, reads: list[str], settled: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The project stage and the triage share what they learnt of a file: a cold run reads
    each file once, a warm run takes one stat of each and reads none."""
    root = _tree(tmp_path / "src")
    stats: list[str] = []
    real = os.stat

    def counting(path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if os.fspath(path).startswith(str(root) + os.sep) and os.fspath(path).endswith(".py"):
            stats.append(os.path.basename(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", counting)
    first = run(root, tmp_path / "cache")
    assert sorted(reads) == ["keras.py", "model.py", "plain.py"]
    reads.clear()
    stats.clear()
    assert run(root, tmp_path / "cache") == first
    assert reads == []
    assert sorted(stats) == ["keras.py", "model.py", "plain.py"]


def test_a_file_rewritten_with_its_size_and_times_kept_is_read_again(
        tmp_path: Path, reads: list[str], settled: None) -> None:
    """Same size, modification time put back: the change time still tells."""
    root = _tree(tmp_path / "src")
    run(root, tmp_path / "cache")
    model = root / "model.py"
    before = model.stat()
    model.write_text(FIXED)
    os.utime(model, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert model.stat().st_size == before.st_size
    reads.clear()
    results = run(root, tmp_path / "cache")
    assert reads == ["model.py"]
    assert [f.code for r in results for f in r.findings] == []


def test_a_file_changed_seconds_before_it_was_read_is_not_indexed(
        tmp_path: Path, reads: list[str]) -> None:
    """Its stat could look the same after a second change in the same clock tick."""
    root = _tree(tmp_path / "src")
    run(root, tmp_path / "cache")
    reads.clear()
    run(root, tmp_path / "cache")
    assert sorted(reads) == ["keras.py", "model.py", "plain.py"]


def test_a_damaged_or_foreign_index_is_an_empty_one(
        tmp_path: Path, reads: list[str], settled: None) -> None:
    root = _tree(tmp_path / "src")
    first = run(root, tmp_path / "cache")
    (index,) = (tmp_path / "cache").rglob("index-*")
    for damage in (b"\x80\x05garbage", index.read_bytes()[:30]):
        index.write_bytes(damage)
        reads.clear()
        assert run(root, tmp_path / "cache") == first
        assert sorted(reads) == ["keras.py", "model.py", "plain.py"]


def test_other_settings_have_their_own_index(tmp_path: Path, settled: None) -> None:
    root = _tree(tmp_path / "src")
    run(root, tmp_path / "cache")
    only = Settings(select=("LC006",))
    results = [r for r in check_paths([str(root)], only, jobs=1, cache_dir=tmp_path / "cache")
               if isinstance(r, FileResult)]
    assert [f.code for r in results for f in r.findings] == []
    assert len(list((tmp_path / "cache").rglob("index-*"))) == 2


def test_index_entries_of_the_wrong_shape_are_misses(
        tmp_path: Path, reads: list[str], settled: None) -> None:
    """A crafted index cannot crash a run nor point it at a file outside the cache."""
    import pickle

    root = _tree(tmp_path / "src")
    first = run(root, tmp_path / "cache")
    (index,) = (tmp_path / "cache").rglob("index-*")
    entries = pickle.loads(index.read_bytes())
    name = next(n for n in entries if n.endswith("model.py"))
    entries[name] = (*entries[name][:-1], "../../../../etc/passwd")
    entries[next(n for n in entries if n.endswith("plain.py"))] = 42
    index.write_bytes(pickle.dumps(entries))
    reads.clear()
    assert run(root, tmp_path / "cache") == first
    assert sorted(reads) == ["model.py", "plain.py"]


def test_a_run_of_a_few_files_neither_loads_nor_writes_the_index(
        tmp_path: Path, reads: list[str], settled: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pre-commit hook's handful of files: reading them is cheaper than the tree's index."""
    root = _tree(tmp_path / "src")
    first = run(root, tmp_path / "cache")
    monkeypatch.setattr(engine, "_INDEX_FROM", 4)
    (index,) = (tmp_path / "cache").rglob("index-*")
    index.unlink()
    reads.clear()
    assert run(root, tmp_path / "cache") == first
    assert sorted(reads) == ["keras.py", "model.py", "plain.py"]
    assert not list((tmp_path / "cache").rglob("index-*"))
