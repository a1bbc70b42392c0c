"""Hostile and odd input is a finding, never a traceback, never the end of a run (issue 15).

Where Python itself can say whether a file is valid (`ast.parse`, `compile`), it decides the
expectation: lstmcheck must refuse exactly what Python refuses, and parse what it parses.
"""

from __future__ import annotations

import ast
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lstmcheck.lint import engine
from lstmcheck.lint.engine import check_paths, check_source
from lstmcheck.records import Settings

HEAD = "import torch.nn as nn\n"
BUGGY = HEAD + "lstm = nn.LSTM(10)\n"
CLEAN = HEAD + "lstm = nn.LSTM(10, 20)\n"


def python_parses(source: str) -> bool:
    try:
        ast.parse(source)
    except (SyntaxError, MemoryError, RecursionError, ValueError):
        return False
    return True


def codes(source: str | bytes, name: str = "m.py", settings: Settings = Settings()) -> list[str]:
    data = source.encode() if isinstance(source, str) else source
    return [f.code for f in check_source(data, name, settings).findings]


def run_cli(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "lstmcheck", *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=120)


def test_a_400_term_chain_is_ordinary_code_and_is_checked() -> None:
    source = HEAD + "x = " + " + ".join(f"a{i}" for i in range(400)) + "\nnn.LSTM(10)\n"
    assert python_parses(source)
    assert codes(source) == ["LC001"]


@pytest.mark.parametrize("depth", [2_000, 5_000, 50_000])
def test_deep_nesting_python_refuses_is_lc000_not_a_segfault(depth: int) -> None:
    source = HEAD + "x = " + "(" * depth + "1" + ")" * depth + "\nnn.LSTM(10)\n"
    assert not python_parses(source)
    (finding,) = check_source(source.encode(), "deep.py").findings
    assert finding.code == "LC000" and "nests too deeply" in finding.message
    assert "too many nested parentheses" in finding.message


def test_deep_unary_nesting_is_lc000() -> None:
    source = HEAD + "x = " + "-" * 100_000 + "1\nnn.LSTM(10)\n"
    assert not python_parses(source)
    assert codes(source) == ["LC000"]


def test_nesting_python_accepts_is_checked() -> None:
    source = HEAD + "x = " + "(" * 150 + "1" + ")" * 150 + "\nnn.LSTM(10)\n"
    assert python_parses(source)
    assert codes(source) == ["LC001"]


def test_a_nul_byte_is_lc000_as_python_refuses_the_file() -> None:
    source = HEAD + "nn.LSTM(10)\n\0\n"
    with pytest.raises((SyntaxError, ValueError)):
        compile(source, "m.py", "exec")
    (finding,) = check_source(source.encode(), "m.py").findings
    assert finding.code == "LC000" and "NUL character on line 3" in finding.message


def test_python_2_is_reported_in_pythons_own_words() -> None:
    source = HEAD + "print 'hello'\nnn.LSTM(10)\n"
    (finding,) = check_source(source.encode(), "old.py").findings
    with pytest.raises(SyntaxError) as raised:
        ast.parse(source)
    assert finding.code == "LC000" and finding.location.line == 2
    assert raised.value.msg in finding.message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_files_with_a_byte_order_mark_are_read(encoding: str) -> None:
    data = BUGGY.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert codes(data) == ["LC001"]


def test_a_coding_cookie_is_honoured() -> None:
    source = "# -*- coding: latin-1 -*-\n" + HEAD + "name = 'café'\nnn.LSTM(10)\n"
    data = source.encode("latin-1")
    compile(data, "m.py", "exec")  # Python reads it: so must lstmcheck
    assert codes(data) == ["LC001"]


def test_non_utf8_without_a_cookie_is_lc000_naming_the_byte_never_guessed() -> None:
    data = (HEAD + "name = 'café'\nnn.LSTM(10)\n").encode("latin-1")
    with pytest.raises(SyntaxError):
        compile(data, "m.py", "exec")
    (finding,) = check_source(data, "m.py").findings
    assert finding.code == "LC000"
    assert "byte 0xe9 on line 2" in finding.message and "coding" in finding.message


def test_an_unknown_encoding_is_lc000() -> None:
    data = ("# coding: klingon\n" + BUGGY).encode()
    (finding,) = check_source(data, "m.py").findings
    assert finding.code == "LC000" and "'klingon'" in finding.message


def test_files_above_the_size_limit_are_lc000_and_others_skipped(tmp_path: Path) -> None:
    small = Settings(max_file_bytes=200)
    big = tmp_path / "big.py"
    big.write_text(BUGGY + "# padding\n" * 50)
    plain = tmp_path / "plain.py"
    plain.write_text("x = 1\n" * 200)
    layer_far_in = tmp_path / "far.py"
    layer_far_in.write_text("x = 1\n" * 300_000 + BUGGY)
    big_r, plain_r, far_r = (engine.check_file(p, small) for p in (big, plain, layer_far_in))
    assert [f.code for f in big_r.findings] == ["LC000"]
    assert "too large to check" in big_r.findings[0].message
    assert plain_r.findings == () and plain_r.skipped
    assert [f.code for f in far_r.findings] == ["LC000"]  # found by the chunked scan
    assert codes(BUGGY, settings=small) == ["LC001"]


def test_an_internal_error_is_one_lc000_marked_and_the_run_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lstmcheck.lint import extract

    real = extract.extract

    def broken(text: str, path: str):  # noqa: ANN202
        if "boom" in path:
            raise ValueError("tuple.index(x): x not in tuple")
        return real(text, path)

    monkeypatch.setattr(extract, "extract", broken)
    for name in ("a.py", "boom.py", "c.py"):
        (tmp_path / name).write_text(BUGGY)
    results = list(check_paths([str(tmp_path)], jobs=1))
    assert [Path(r.path).name for r in results] == ["a.py", "boom.py", "c.py"]
    a, boom, c = results
    assert [f.code for f in a.findings] == [f.code for f in c.findings] == ["LC001"]
    (finding,) = boom.findings
    assert boom.internal_error and finding.code == "LC000"
    assert "internal error" in finding.message and "please report" in finding.message
    assert "ValueError: tuple.index(x)" in finding.message
    assert not a.internal_error


def test_an_internal_error_is_reported_even_when_lc000_is_not_selected(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from lstmcheck.lint import extract

    monkeypatch.setattr(extract, "extract", lambda text, path: 1 / 0)
    result = check_source(BUGGY.encode(), "m.py", Settings(select=("LC001",)))
    assert result.internal_error and [f.code for f in result.findings] == ["LC000"]


def _many_files(root: Path, n: int = 12) -> list[Path]:
    paths = []
    for i in range(n):
        path = root / f"m{i:02d}.py"
        path.write_text(BUGGY if i % 2 else CLEAN)
        paths.append(path)
    return paths


def test_a_worker_that_dies_costs_only_its_file(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _many_files(tmp_path)
    serial = list(check_paths([str(tmp_path)], jobs=1))
    real = engine.check_file

    def segfaulting(path: Path, settings: Settings):  # noqa: ANN202
        if path.name == "m05.py":
            os.kill(os.getpid(), signal.SIGSEGV)
        return real(path, settings)

    monkeypatch.setattr(engine, "check_file", segfaulting)
    for jobs in (1, 3):
        pooled = list(check_paths([str(tmp_path)], jobs=jobs))
        assert [r.path for r in pooled] == [r.path for r in serial]
        for index, (got, want) in enumerate(zip(pooled, serial)):
            if index == 5:
                (finding,) = got.findings
                assert got.internal_error and "the parser crashed on this file" in finding.message
            else:
                assert got == want


def test_a_file_that_takes_too_long_is_stopped(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _many_files(tmp_path, 4)
    real = engine.check_file

    def hanging(path: Path, settings: Settings):  # noqa: ANN202
        if path.name == "m02.py":
            time.sleep(600)
        return real(path, settings)

    monkeypatch.setattr(engine, "check_file", hanging)
    started = time.monotonic()
    results = list(check_paths([str(tmp_path)], jobs=2, time_limit=2))
    assert time.monotonic() - started < 30
    assert [Path(r.path).name for r in results] == ["m00.py", "m01.py", "m02.py", "m03.py"]
    assert results[2].internal_error
    assert "took longer than 2 s" in results[2].findings[0].message
    assert [f.code for f in results[3].findings] == ["LC001"]


def test_results_are_deterministic_whatever_the_pool(tmp_path: Path) -> None:
    _many_files(tmp_path, 40)
    runs = [list(check_paths([str(tmp_path)], jobs=jobs)) for jobs in (1, 2, 3, 2)]
    assert all(run == runs[0] for run in runs)


def test_special_files_are_lc000_and_never_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.py"
    os.mkfifo(fifo)
    (tmp_path / "broken.py").symlink_to(tmp_path / "nowhere.py")
    (tmp_path / "loop.py").symlink_to(tmp_path / "loop.py")
    (tmp_path / "ok.py").write_text(BUGGY)
    named = ["pipe.py", "broken.py", "loop.py", "ok.py", "gone.py"]
    out = run_cli("check", "--output-format", "concise", *named, cwd=tmp_path)
    assert "Traceback" not in out.stderr
    lines = out.stdout.splitlines()
    assert any(line.startswith("pipe.py:1:1: error: LC000") and "FIFO" in line for line in lines)
    assert any(line.startswith("broken.py:1:1: error: LC000") and "broken symbolic link" in line
               for line in lines)
    assert any(line.startswith("loop.py:1:1: error: LC000") and "loop" in line for line in lines)
    assert any(line.startswith("ok.py:2:8: error: LC001") for line in lines)
    assert "gone.py" in out.stderr and out.returncode == 2


def test_a_directory_named_like_a_python_file_is_walked(tmp_path: Path) -> None:
    (tmp_path / "weird.py").mkdir()
    (tmp_path / "weird.py" / "inner.py").write_text(BUGGY)
    results = list(check_paths([str(tmp_path / "weird.py")], jobs=1))
    assert [Path(r.path).name for r in results] == ["inner.py"]


def test_an_unreadable_file_is_lc000(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.py"
    path.write_text(BUGGY)
    path.chmod(0)
    if os.geteuid() == 0:  # root reads any file (CI runs as root): the system refuses instead
        real_open = os.open

        def refuse(name, *args, **kwargs):
            if Path(name) == path:
                raise PermissionError(13, "Permission denied", str(name))
            return real_open(name, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
    (finding,) = engine.check_file(path, Settings()).findings
    assert finding.code == "LC000" and "Permission denied" in finding.message


def test_a_vanished_file_is_lc000(tmp_path: Path) -> None:
    (finding,) = engine.check_file(tmp_path / "gone.py", Settings()).findings
    assert finding.code == "LC000" and "vanished" in finding.message


def test_a_non_utf8_file_name_prints_on_a_strict_terminal(tmp_path: Path) -> None:
    name = os.fsencode(str(tmp_path)) + b"/mod\xff.py"
    with open(name, "w") as handle:
        handle.write(BUGGY)
    out = run_cli("check", ".", "--output-format", "concise", cwd=tmp_path,
                  env={"PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"})
    assert "Traceback" not in out.stderr
    assert out.returncode == 1 and "mod\\xff.py:2:8: error: LC001" in out.stdout


def test_a_deleted_working_directory_is_no_traceback(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    script = (f"cd {gone} && rmdir {gone} && exec {sys.executable} -m lstmcheck check .")
    out = subprocess.run(["sh", "-c", script], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "NO_COLOR": "1"})
    assert "Traceback" not in out.stderr
    assert out.returncode == 2 and out.stderr.startswith("lstmcheck: error:")


def test_python_m_lstmcheck_never_imports_the_scanned_trees_torch(tmp_path: Path) -> None:
    """Run inside a scanned tree, the tree's `torch/` must not stand in for torch."""
    marker = tmp_path / "ran"
    (tmp_path / "torch").mkdir()
    (tmp_path / "torch" / "__init__.py").write_text(f"open({str(marker)!r}, 'w')\n")
    (tmp_path / "m.py").write_text(HEAD + "nn.LSTM(10, 20, dropout=0.5)\n")
    out = run_cli("check", "--verify", "m.py", cwd=tmp_path)
    assert not marker.exists()
    assert out.returncode == 1 and "LC006" in out.stdout and "confirmed by torch" in out.stdout


def test_the_linter_never_runs_the_code_it_checks_under_verify(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    write = f"open({str(marker)!r}, 'w')"
    source = (f"import torch.nn as nn\n{write}\n"
              f"def deco(f):\n    {write}\n    return f\n"
              f"@deco\ndef g(x={write}):\n    pass\n"
              f"class M(nn.Module):\n    {write}\n    lstm = nn.LSTM(10, 20, dropout=0.5)\n")
    (tmp_path / "evil.py").write_text(source)
    out = run_cli("check", "--verify", "evil.py", cwd=tmp_path)
    assert out.returncode == 1 and "LC006" in out.stdout
    assert not marker.exists()


def test_a_single_file_run_has_the_time_limit_too(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """One file is checked in this process; an overrun is abandoned, not waited for."""
    (tmp_path / "slow.py").write_text(BUGGY)
    monkeypatch.setattr(engine, "_analyse", lambda *args: time.sleep(30))
    started = time.monotonic()
    (result,) = check_paths([str(tmp_path / "slow.py")], time_limit=1)
    assert time.monotonic() - started < 10
    assert result.internal_error and "took longer than 1 s" in result.findings[0].message


def test_form_feeds_and_unicode_separators_do_not_shift_lines() -> None:
    """Python ends lines at \\n, \\r\\n and \\r only; snippets and noqa must count as it does."""
    source = HEAD + "x = 1 \x0c+ 2\ns = '\u2028'\r\nlstm = nn.LSTM(10)  # noqa: LC003\n"
    result = check_source(source.encode(), "m.py")
    (finding,) = result.findings
    assert finding.code == "LC001" and finding.location.line == 4
    assert result.snippet(4) == "lstm = nn.LSTM(10)  # noqa: LC003"
    assert check_source(source.replace("LC003", "LC001").encode(), "m.py").findings == ()


def test_a_codec_that_yields_lone_surrogates_is_lc000() -> None:
    source = b"# coding: utf-7\nimport torch.nn as nn\ns = '+2AA-'\nnn.LSTM(10)\n"
    (finding,) = check_source(source, "m.py").findings
    assert finding.code == "LC000" and finding.location.line == 3
    assert "lone surrogate" in finding.message
