"""--fix on files: what it writes keeps everything but the fix (encoding, BOM, newlines, final
newline, mode, symlinks), it writes nothing when nothing changes, a file it cannot write is
left whole, and two runs at once never leave a half-written file. Also `run`'s output and
exit codes, with ruff's meanings of --fix, --diff, --fix-only and --exit-non-zero-on-fix."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import stat
from pathlib import Path

import libcst
import pytest

from lstmcheck.cli.fixes import run
from lstmcheck.fixes import files, source
from lstmcheck.fixes.loop import fix_text
from lstmcheck.records import Settings

BROKEN = "import torch.nn as nn\nrnn = nn.LSTM(10, hidden=20)  # café\n"
FIXED = "import torch.nn as nn\nrnn = nn.LSTM(10, hidden_size=20)  # café\n"


def fix(*targets: str, **options) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(targets), Settings(), stream=out, errors=err, **options)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(("data", "expected"), [
    (BROKEN.encode(), FIXED.encode()),
    (b"\xef\xbb\xbf" + BROKEN.encode(), b"\xef\xbb\xbf" + FIXED.encode()),
    (b"# -*- coding: latin-1 -*-\n" + BROKEN.encode("latin-1"),
     b"# -*- coding: latin-1 -*-\n" + FIXED.encode("latin-1")),
    (BROKEN.replace("\n", "\r\n").encode(), FIXED.replace("\n", "\r\n").encode()),
    (BROKEN.rstrip("\n").encode(), FIXED.rstrip("\n").encode()),
    (BROKEN.replace("\n", "\r").encode(), FIXED.replace("\n", "\r").encode()),
], ids=["utf-8", "bom", "latin-1 cookie", "crlf", "no final newline", "cr"])
def test_fix_keeps_encoding_and_newlines(tmp_path: Path, data: bytes, expected: bytes) -> None:
    path = tmp_path / "model.py"
    path.write_bytes(data)
    code, out, _ = fix(str(path))
    assert path.read_bytes() == expected
    assert code == 0 and "(1 fixed, 0 remaining)" in out


@pytest.mark.parametrize("mode", [0o640, 0o755, 0o600])
def test_fix_keeps_the_mode(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "model.py"
    path.write_text(BROKEN)
    path.chmod(mode)
    fix(str(path))
    assert path.read_text() == FIXED
    assert stat.S_IMODE(path.stat().st_mode) == mode


def test_nothing_is_written_when_nothing_changes(tmp_path: Path) -> None:
    path = tmp_path / "model.py"
    path.write_text("import torch.nn as nn\nrnn = nn.LSTM(10)\n")  # LC001: words only
    before = path.stat()
    code, out, _ = fix(str(path))
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert code == 1 and "Found 1 error (0 fixed, 1 remaining)." in out


def test_a_symlink_stays_a_link_to_the_fixed_file(tmp_path: Path) -> None:
    target = tmp_path / "real.py"
    target.write_text(BROKEN)
    link = tmp_path / "link.py"
    link.symlink_to(target)
    fix(str(link))
    assert link.is_symlink() and target.read_text() == FIXED


def test_a_file_that_cannot_be_written_is_left_whole(tmp_path: Path, monkeypatch) -> None:
    bad, good = tmp_path / "a.py", tmp_path / "b.py"
    bad.write_text(BROKEN)
    good.write_text(BROKEN)
    real_replace = os.replace

    def refuse(src, dst):
        if Path(dst).name == "a.py":
            raise PermissionError(13, "Permission denied")
        return real_replace(src, dst)

    monkeypatch.setattr(source.os, "replace", refuse)
    code, out, err = fix(str(tmp_path))
    assert bad.read_text() == BROKEN and good.read_text() == FIXED
    assert code == 2 and "a.py: cannot write the fixes" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.py", "b.py"]  # no temporary left
    assert "LC002" in out  # what is left in a.py is still reported


def test_a_file_changed_during_the_fix_is_fixed_again_from_its_new_text(tmp_path: Path,
                                                                        monkeypatch) -> None:
    path = tmp_path / "model.py"
    path.write_text(BROKEN)
    calls = []

    def meanwhile(text, name, settings, *, unsafe):
        if not calls:  # another editor saves the file while the first fix is worked out
            path.write_text(BROKEN + "other = nn.GRU(8, 16, batchfirst=True)\n")
        calls.append(text)
        return fix_text(text, name, settings, unsafe=unsafe)

    monkeypatch.setattr(files.loop, "fix_text", meanwhile)
    fix(str(path))
    assert len(calls) == 2
    assert path.read_text() == FIXED + "other = nn.GRU(8, 16, batch_first=True)\n"


def _fix_tree(root: str) -> int:
    return run([root], Settings(), stream=io.StringIO(), errors=io.StringIO())


def test_two_processes_fixing_one_tree_leave_whole_files(tmp_path: Path) -> None:
    calls = ["nn.LSTM(10, hidden=20, batchfirst=True)", "nn.GRU(10, 20, 2, 0.5)",
             "nn.LSTM(10, 20, 2, num_layers=2)", "nn.RNN(10, 20, n_layers=3)"]
    for index in range(8):
        body = "".join(f"m{k} = nn.{c[3:]}  # {index}\n" for k, c in enumerate(calls))
        (tmp_path / f"model_{index}.py").write_text("import torch.nn as nn\n" + body * 5)
    expected = {p.name: fix_text(p.read_text(), str(p)).text for p in tmp_path.iterdir()}
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        codes = pool.map(_fix_tree, [str(tmp_path)] * 2)
    assert codes == [0, 0]
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == expected
    for text in expected.values():
        libcst.parse_module(text)


# --- run: output and exit codes --------------------------------------------------------------

MIXED = ("import torch.nn as nn\n"
         "a = nn.LSTM(10, hidden=20)\n"  # LC002, safe
         "b = nn.LSTM(10, 20, 2, 0.5)\n"  # LC005, safe
         "c = nn.LSTM(10)\n"  # LC001, words only
         "d = nn.GRU(10, 20, dropout=0.2)\n")  # LC006, unsafe


def test_fix_reports_what_remains_and_how_many_were_fixed(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text(MIXED)
    code, out, _ = fix(str(path))
    assert code == 1
    assert out.count("LC001") == 1 and out.count("LC006") == 1 and "LC002" not in out
    assert "Found 3 errors and 1 warning (2 fixed, 2 remaining)." in out
    assert "1 hidden fix can be enabled with --unsafe-fixes." in out
    code, out, _ = fix(str(path), unsafe=True)
    assert "Found 1 error and 1 warning (1 fixed, 1 remaining)." in out
    assert path.read_text() == MIXED.replace("hidden=", "hidden_size=").replace(
        "2, 0.5", "2, dropout=0.5").replace(", dropout=0.2", "")


def test_diff_prints_the_change_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text(MIXED)
    code, out, err = fix(str(path), diff=True)
    assert code == 1 and path.read_text() == MIXED
    assert out.startswith(f"--- {path}\n+++ {path}\n@@")
    assert "\n-a = nn.LSTM(10, hidden=20)\n" in out and "\n+a = nn.LSTM(10, hidden_size=20)\n" in out
    assert "\n c = nn.LSTM(10)\n" in out  # context, unchanged
    assert "LC001" not in out and "Would fix 2 errors." in err
    path.write_text("import torch.nn as nn\nc = nn.LSTM(10)\n")
    assert fix(str(path), diff=True)[:2] == (0, "")


def test_fix_only_reports_nothing_but_the_count(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text(MIXED)
    code, out, _ = fix(str(path), fix_only=True)
    assert (code, out) == (0, "Fixed 2 errors.\n1 hidden fix can be enabled with --unsafe-fixes.\n")
    assert fix(str(path), fix_only=True, quiet=True)[:2] == (0, "")


def test_exit_non_zero_on_fix(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text(BROKEN)
    assert fix(str(path), exit_non_zero_on_fix=True)[0] == 1
    path.write_text(BROKEN)
    assert fix(str(path))[0] == 0
    path.write_text(BROKEN)
    assert fix(str(path), fix_only=True, exit_non_zero_on_fix=True)[0] == 1
    assert fix(str(path), fix_only=True, exit_non_zero_on_fix=True)[0] == 0  # nothing left


def test_json_output_holds_only_what_remains(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text(MIXED)
    code, out, _ = fix(str(path), output_format="json")
    assert code == 1
    assert sorted(f["code"] for f in json.loads(out)) == ["LC001", "LC006"]


def test_a_missing_path_or_an_undecodable_file_stops_nothing_else(tmp_path: Path) -> None:
    good, odd = tmp_path / "good.py", tmp_path / "odd.py"
    good.write_text(BROKEN)
    odd.write_bytes(b"import torch.nn as nn\nx = '\xff'\nnn.LSTM(10, hidden=20)\n")
    code, out, err = fix(str(tmp_path), str(tmp_path / "nowhere.py"))
    assert good.read_text() == FIXED
    assert odd.read_bytes().endswith(b"hidden=20)\n")  # not valid UTF-8: left as it is
    assert code == 2
    assert "nowhere.py: no such file or directory" in err and "odd.py: not fixed" in err


def test_standard_input_prints_the_fixed_code(tmp_path: Path) -> None:
    code, out, err = fix("-", stdin=io.BytesIO(MIXED.encode()), stdin_filename="m.py")
    assert out == MIXED.replace("hidden=", "hidden_size=").replace("2, 0.5", "2, dropout=0.5")
    assert code == 1 and "m.py:4:" in err and "(2 fixed, 2 remaining)" in err
    code, out, _ = fix("-", stdin=io.BytesIO(MIXED.encode()), diff=True)
    assert code == 1 and out.startswith("--- -\n+++ -\n")


def test_a_notebook_is_fixed_in_its_cell(tmp_path: Path) -> None:
    notebook = tmp_path / "explore.ipynb"
    data = {"cells": [{"cell_type": "code", "source": ["import torch.nn as nn\n",
                                                      "nn.LSTM(10, hidden=20)\n"]}],
            "nbformat": 4, "nbformat_minor": 5, "metadata": {}}
    notebook.write_text(json.dumps(data))
    outcome = files.fix_file(notebook, Settings())
    assert [f.code for f in outcome.fixed] == ["LC002"] and outcome.notes == ()
    data["cells"][0]["source"][1] = "nn.LSTM(10, hidden_size=20)\n"
    assert notebook.read_text() == json.dumps(data)


def test_standard_input_in_an_unknown_encoding_is_a_usage_error() -> None:
    code, out, err = fix("-", stdin=io.BytesIO(b"# -*- coding: klingon -*-\nx = 1\n"))
    assert (code, out) == (2, "")
    assert err.startswith("lstmcheck: error: -: cannot tell the file's encoding")
