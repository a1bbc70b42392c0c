"""Which files to check: `.py` files under the given paths, minus what git and common sense
ignore, plus every file named explicitly. Also the text prefilter that spares most files a
parse."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from lstmcheck.signatures import CLASS_NAMES

SKIPPED_DIRS = frozenset({
    ".git", ".hg", ".svn", "__pycache__", ".venv", "venv", ".tox", ".nox", ".eggs",
    ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist", "node_modules",
    "site-packages", ".ipynb_checkpoints",
})

# One of the six class names must appear as a word in a file for a call to resolve to it
# (`nn.LSTM`, `import LSTMCell`): the list comes from the constructor table.
_MENTIONS = re.compile(rb"\b(?:" + "|".join(CLASS_NAMES).encode() + rb")\b")


def mentions_a_layer(source: bytes) -> bool:
    return _MENTIONS.search(source) is not None


@dataclass
class _Pattern:
    regex: re.Pattern[str]
    negated: bool
    dir_only: bool


def _translate(glob: str) -> str:
    out, i = [], 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("/**", i) and i + 3 == len(glob):
            out.append("/.*")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif glob[i] == "*":
            out.append("[^/]*")
            i += 1
        elif glob[i] == "?":
            out.append("[^/]")
            i += 1
        elif glob[i] == "[":
            end = glob.find("]", i + 1)
            if end == -1:
                out.append(re.escape(glob[i]))
                i += 1
            else:
                body = glob[i + 1:end].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = end + 1
        elif glob[i] == "\\" and i + 1 < len(glob):
            out.append(re.escape(glob[i + 1]))
            i += 2
        else:
            out.append(re.escape(glob[i]))
            i += 1
    return "".join(out)


@dataclass
class GitIgnore:
    """The patterns of one .gitignore file, relative to its directory."""

    base: Path
    patterns: list[_Pattern] = field(default_factory=list)

    @classmethod
    def read(cls, directory: Path) -> GitIgnore | None:
        try:
            text = (directory / ".gitignore").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        ignore = cls(directory.resolve())
        for raw in text.splitlines():
            line = raw.rstrip()
            if not line or line.startswith("#"):
                continue
            negated = line.startswith("!")
            line = line[1:] if negated else line
            dir_only = line.endswith("/")
            line = line.rstrip("/")
            if not line:
                continue
            anchored = "/" in line
            body = _translate(line.lstrip("/"))
            regex = f"^{body}$" if anchored else f"^(?:.*/)?{body}$"
            ignore.patterns.append(_Pattern(re.compile(regex), negated, dir_only))
        return ignore

    def verdict(self, path: Path, is_dir: bool) -> bool | None:
        """True ignored, False re-included, None when no pattern speaks of the path."""
        try:
            rel = path.relative_to(self.base).as_posix()
        except ValueError:
            return None
        result = None
        for pattern in self.patterns:
            if pattern.dir_only and not is_dir:
                continue
            if pattern.regex.match(rel):
                result = not pattern.negated
        return result


def _ignored(path: Path, is_dir: bool, ignores: list[GitIgnore]) -> bool:
    result = False
    for ignore in ignores:
        verdict = ignore.verdict(path, is_dir)
        if verdict is not None:
            result = verdict
    return result


def _is_virtualenv(directory: Path) -> bool:
    return (directory / "pyvenv.cfg").is_file()


def _ancestor_ignores(directory: Path) -> list[GitIgnore]:
    """The .gitignore files from the repository root down to (not including) `directory`."""
    chain: list[Path] = []
    current = directory.resolve()
    for parent in current.parents:
        chain.append(parent)
        if (parent / ".git").exists():
            break
    else:
        return []
    found = [GitIgnore.read(d) for d in reversed(chain)]
    return [g for g in found if g is not None]


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def discover(paths: list[str]) -> Discovery:
    """Every file to check, in a stable order, and the named paths that do not exist."""
    found = Discovery()
    seen: set[Path] = set()

    def add(file: Path) -> None:
        key = file.resolve()
        if key not in seen:
            seen.add(key)
            found.files.append(file)

    for name in paths:
        path = Path(name)
        if path.is_file():
            add(path)  # named explicitly: always checked
        elif path.is_dir():
            for file in _walk(path):
                add(file)
        else:
            found.missing.append(name)
    return found


def _walk(root: Path) -> Iterator[Path]:
    # A directory named explicitly is walked even if ignored; what is below it still obeys.
    yield from _walk_dir(root, _ancestor_ignores(root))


def _walk_dir(directory: Path, ignores: list[GitIgnore]) -> Iterator[Path]:
    own = GitIgnore.read(directory)
    if own is not None:
        ignores = [*ignores, own]
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            if entry.name in SKIPPED_DIRS or entry.name.endswith(".egg-info"):
                continue
            if _is_virtualenv(path) or _ignored(path.resolve(), True, ignores):
                continue
            yield from _walk_dir(path, ignores)
        elif entry.name.endswith(".py") and entry.is_file():
            if not _ignored(path.resolve(), False, ignores):
                yield path
