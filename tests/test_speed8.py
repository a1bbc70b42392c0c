"""Round 10's speed work changes how things are computed, never what: the prefilter's two
searches, a file read in one call, a walk that does not read fields holding only trivia, a
path shown without re-encoding. Each is checked here against the way it replaced."""

from __future__ import annotations

import os
import re
from pathlib import Path

import libcst as cst
import pytest

from lstmcheck.lint import discover
from lstmcheck.lint.engine import _read, _Unreadable, shown
from lstmcheck.lint.walk import TRIVIA, child_fields, kept_fields
from lstmcheck.records import Settings
from lstmcheck.signatures import CLASS_NAMES

ROOT = Path(__file__).resolve().parents[1]
_WORDS = re.compile(rb"\b(?:" + "|".join(CLASS_NAMES).encode() + rb")\b")


def _python_files() -> list[Path]:
    return sorted((ROOT / "lstmcheck").rglob("*.py")) + sorted((ROOT / "tests").rglob("*.py"))


@pytest.mark.parametrize("text", [
    b"", b"TRUE = RUN", b"GRUB LSTMs xRNN", b"nn.GRU(1, 2)", b"nn.LSTMCell", b"RNNCell",
    b"from torch.nn import RNN", b"GR U", b"LST M", b"R NN", b"RU NN", b"x = 'GRU'",
])
def test_the_stems_search_answers_as_the_word_search(text: bytes) -> None:
    assert discover.mentions_a_layer(text) == bool(_WORDS.search(text))


def test_the_stems_search_answers_as_the_word_search_on_real_files() -> None:
    files = _python_files()
    assert len(files) > 300
    named = 0
    for path in files:
        source = path.read_bytes()
        assert discover.mentions_a_layer(source) == bool(_WORDS.search(source)), path
        named += bool(_WORDS.search(source))
    assert 0 < named < len(files)


@pytest.mark.parametrize("size", [0, 1, 99, 100, 101, 5000])
def test_a_file_is_read_whole_up_to_the_limit(tmp_path: Path, size: int) -> None:
    settings = Settings(max_file_bytes=100)
    path = tmp_path / "m.py"
    body = (b"x = 1  # padding\n" * 400)[:size]
    path.write_bytes(body)
    if size <= 100:
        assert _read(path, settings) == body
    else:  # too large, and names no layer: not read on
        assert _read(path, settings) is None
    path.write_bytes(body + b"\nnn.LSTM(1, 2)\n")
    if size + 15 <= 100:
        assert _read(path, settings) == body + b"\nnn.LSTM(1, 2)\n"
    else:  # too large, and names a layer (past the limit too): reported
        with pytest.raises(_Unreadable, match="too large"):
            _read(path, settings)


def test_a_large_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.py"
    body = os.urandom(3 << 20)
    path.write_bytes(body)
    assert _read(path, Settings(max_file_bytes=4 << 20)) == body


def _nodes(node: cst.CSTNode) -> list[cst.CSTNode]:
    out, stack = [], [node]
    while stack:
        each = stack.pop()
        out.append(each)
        stack.extend(each.children)
    return out


def test_the_fields_a_walk_leaves_out_hold_only_trivia() -> None:
    seen: set[type] = set()
    for path in _python_files()[::7]:
        try:
            module = cst.parse_module(path.read_bytes())
        except cst.ParserSyntaxError:
            continue  # a test case that is meant not to parse (a Python 2 script, LC000's)
        for node in _nodes(module):
            kept = kept_fields(node)
            assert set(kept) <= set(child_fields(node))
            seen.add(type(node))
            for field in child_fields(node):
                if field in kept:
                    continue
                value = getattr(node, field)
                values = value if isinstance(value, (list, tuple)) else [value]
                assert all(type(v) in TRIVIA or not isinstance(v, cst.CSTNode)
                           for v in values), (type(node).__name__, field)
    assert len(seen) > 60


@pytest.mark.parametrize("name", ["plain/model.py", "mödel.py", "m\udcffx.py", "ünï/cödé.py"])
def test_a_path_is_shown_as_before(name: str) -> None:
    escaped = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    assert shown(name) == shown(Path(name)) == escaped
