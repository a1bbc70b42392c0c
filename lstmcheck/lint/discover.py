"""Which files to check: `.py` and `.ipynb` files under the given paths, minus what git, the
settings and common sense exclude, plus every file named explicitly. Also the text prefilter
that spares most files a parse.

The walk iterates (a tree 1,500 directories deep is no recursion), never follows a symbolic
link to a directory (so it never loops and never leaves the tree), and turns a directory it
cannot list into a problem the engine reports, instead of an exception.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from lstmcheck.records import Settings
from lstmcheck.signatures import CLASS_NAMES

SKIPPED_DIRS = frozenset({
    ".git", ".hg", ".svn", "__pycache__", ".venv", "venv", ".tox", ".nox", ".eggs",
    ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist", "node_modules",
    "site-packages", ".ipynb_checkpoints", ".lstmcheck_cache",
})
# Skipped even when the settings replace the default exclusions.
_VCS_DIRS = frozenset({".git", ".hg", ".svn"})
SUFFIXES = (".py", ".ipynb")

# One of the six class names must appear as a word in a file for a call to resolve to it
# (`nn.LSTM`, `import LSTMCell`): the list comes from the constructor table.
_MENTIONS = re.compile(rb"\b(?:" + "|".join(CLASS_NAMES).encode() + rb")\b")


# Every class name holds `LSTM`, `RNN` or `GRU`, so `LSTM` or `R` then `NN` or `U`: two searches
# that rule most files out before the word regex runs. A pattern that starts with a literal is
# searched by skipping to each occurrence of its first byte (memchr); `L` and `R` are rare in
# code, so the two take about half the time of three substring tests (`in`).
_STEMS = (re.compile(rb"LSTM"), re.compile(rb"R(?:NN|U)"))
# How a file can reach torch: the extractor resolves a call only through a path that starts
# with `torch` (`import torch.nn as nn`, `from torch import nn`); a star import or a relative
# import is kept too, so that a file that could one day resolve through one is never skipped.
_REACHES_TORCH = re.compile(rb"\btorch\b|\bimport[ \t\\(\r\n]*\*|\bfrom[ \t\\\r\n]*\.")


def mentions_a_layer(source: bytes) -> bool:
    """Does one of the six class names appear as a word?"""
    lstm, rnn_or_gru = _STEMS
    if lstm.search(source) is None and rnn_or_gru.search(source) is None:
        return False
    return _MENTIONS.search(source) is not None


def may_reach_torch(source: bytes) -> bool:
    """Could a name in this file stand for torch: the word `torch`, a star import or a
    relative import? A file for which this is False has no call that resolves to torch."""
    return _REACHES_TORCH.search(source) is not None


def worth_parsing(source: bytes) -> bool:
    """The cheap stages before libcst: a file is parsed only when it names a recurrent layer
    and could reach torch. Both are searched in the raw bytes (the names are ASCII)."""
    return mentions_a_layer(source) and may_reach_torch(source)


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
            end = glob.find("]", i + 2 if glob.startswith(("[!", "[^"), i) else i + 1)
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


def compile_glob(line: str) -> _Pattern | None:
    """One gitignore-style pattern, or None for a blank, a comment or a pattern git would not
    understand either (a bad character range, empty brackets): those match nothing."""
    line = line.rstrip()
    if not line or line.startswith("#"):
        return None
    negated = line.startswith("!")
    line = line[1:] if negated else line
    dir_only = line.endswith("/")
    line = line.rstrip("/")
    if not line:
        return None
    anchored = "/" in line
    body = _translate(line.lstrip("/"))
    regex = f"^{body}$" if anchored else f"^(?:.*/)?{body}$"
    try:
        return _Pattern(re.compile(regex), negated, dir_only)
    except (re.error, RecursionError, OverflowError):
        return None


@dataclass
class GitIgnore:
    """Gitignore-style patterns, relative to the directory `base`."""

    base: Path
    patterns: list[_Pattern] = field(default_factory=list)

    @classmethod
    def of(cls, base: Path, lines: Iterable[str]) -> GitIgnore:
        patterns = [p for p in map(compile_glob, lines) if p is not None]
        return cls(base, patterns)

    @classmethod
    def read(cls, directory: Path, name: str = ".gitignore") -> GitIgnore | None:
        try:
            text = (directory / name).read_text(encoding="utf-8", errors="replace")
        except (OSError, ValueError):
            return None
        ignore = cls.of(_real(directory), text.splitlines())
        return ignore if ignore.patterns else None

    def verdict(self, path: Path | str, is_dir: bool) -> bool | None:
        """True ignored, False re-included, None when no pattern speaks of the path."""
        rel = _under(str(path), str(self.base))
        if rel is None:
            return None
        result = None
        for pattern in self.patterns:
            if pattern.dir_only and not is_dir:
                continue
            if pattern.regex.match(rel):
                result = not pattern.negated
        return result


def _under(path: str, base: str) -> str | None:
    """`path` relative to `base` (both absolute), with `/`; None when it is not under it.
    String work: this runs for every entry of the walk."""
    if path.startswith(base) and path[len(base):len(base) + 1] == os.sep and path != base:
        rel = path[len(base) + 1:]
    elif base == os.sep and path.startswith(base) and path != base:
        rel = path[1:]
    else:
        return None
    return rel if os.sep == "/" else rel.replace(os.sep, "/")


def _real(path: Path) -> Path:
    """The absolute, resolved path; the path as given when even that fails (a working
    directory that was deleted, a loop)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        try:
            return Path(os.path.abspath(path))
        except OSError:
            return path


def _ignored(path: str, is_dir: bool, ignores: list[GitIgnore]) -> bool:
    result = False
    for ignore in ignores:
        verdict = ignore.verdict(path, is_dir)
        if verdict is not None:
            result = verdict
    return result


def _excluded(path: str, is_dir: bool, excludes: list[GitIgnore] | None) -> bool:
    return excludes is not None and _ignored(path, is_dir, excludes)


def _is_virtualenv(directory: Path) -> bool:
    try:
        return (directory / "pyvenv.cfg").is_file()
    except OSError:
        return False


def _git_exclude(root: Path) -> GitIgnore | None:
    """`.git/info/exclude` of the repository whose top is `root`: the lowest-priority ignores."""
    git = root / ".git"
    try:
        if git.is_file():  # a worktree: `gitdir: PATH`, whose commondir holds info/exclude
            gitdir = Path(git.read_text(errors="replace").partition("gitdir:")[2].strip())
            gitdir = gitdir if gitdir.is_absolute() else root / gitdir
            common = gitdir / "commondir"
            if common.is_file():
                gitdir = gitdir / common.read_text(errors="replace").strip()
            git = gitdir
        if not (git / "info").is_dir():
            return None
    except (OSError, ValueError):
        return None
    found = GitIgnore.read(git / "info", "exclude")
    if found is not None:
        found.base = _real(root)
    return found


def _is_repository_top(directory: Path) -> bool:
    try:
        return (directory / ".git").exists()
    except OSError:
        return False


def _ancestor_ignores(directory: Path) -> list[GitIgnore]:
    """The ignore files from the repository root down to (not including) `directory`."""
    chain: list[Path] = []
    for parent in _real(directory).parents:
        chain.append(parent)
        if _is_repository_top(parent):
            break
    else:
        return []
    found = [_git_exclude(chain[-1])]
    found += [GitIgnore.read(d) for d in reversed(chain)]
    return [g for g in found if g is not None]


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    # paths among `files` that cannot be checked, with why (a directory that cannot be listed)
    problems: dict[Path, str] = field(default_factory=dict)


def discover(paths: list[str], settings: Settings = Settings()) -> Discovery:
    """Every file to check, in a stable order, and the named paths that do not exist."""
    found = Discovery()
    seen: set[str] = set()
    excludes = _exclusions(settings)

    def add(file: Path, key: str | None = None) -> None:
        key = key or str(_real(file))
        if key not in seen:
            seen.add(key)
            found.files.append(file)

    for name in paths:
        path = Path(name)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists() or path.is_symlink()
        except (OSError, ValueError):
            is_dir, exists = False, True
        if is_dir:
            for file, real, problem in _walk(path, settings, excludes):
                add(file, real)
                if problem:
                    found.problems[file] = problem
        elif exists:
            if settings.force_exclude and _force_excluded(path, settings, excludes):
                continue
            add(path)  # named explicitly: checked (a FIFO or a broken link: LC000)
        else:
            found.missing.append(name)
    return found


def _force_excluded(path: Path, settings: Settings, excludes: list[GitIgnore] | None) -> bool:
    """--force-exclude: a file named explicitly is skipped when it, or a folder it is in, is
    what `exclude`/`extend-exclude` or the skipped folders (`.venv`, `build` ...) leave out."""
    real = _real(path)
    skipped = _skipped_names(settings)
    for depth, each in enumerate((real, *real.parents)):
        if depth and each.name in skipped:
            return True
        if _excluded(str(each), bool(depth), excludes):
            return True
    return False


def _exclusions(settings: Settings) -> list[GitIgnore] | None:
    """The exclusions, each relative to the folder it was written for (Settings.exclude_bases;
    the working directory when none is given)."""
    bases = settings.exclude_bases or (
        (".", (*settings.exclude, *settings.extend_exclude)),)
    found = [GitIgnore.of(_real(Path(folder)), patterns) for folder, patterns in bases
             if patterns]
    return found or None


def _skipped_names(settings: Settings) -> frozenset[str]:
    """ruff's convention: `exclude` replaces the default exclusions, `extend_exclude` adds."""
    return _VCS_DIRS if settings.exclude else SKIPPED_DIRS


def _walk(root: Path, settings: Settings,
          excludes: list[GitIgnore] | None) -> Iterator[tuple[Path, str | None, str | None]]:
    """(file, its real path if known, None) for each file to check and (directory, None,
    why) for each that cannot be listed, in sorted order, depth first, without recursion.
    The real path of a file under a real directory is the directory's joined with its name:
    only symbolic links need resolving."""
    # A directory named explicitly is walked even if ignored; what is below it still obeys.
    gitignore = settings.respect_gitignore
    skipped = _skipped_names(settings)
    real_root = _real(root)
    ignores = _ancestor_ignores(root) if gitignore else []
    stack: list[tuple[Iterator[os.DirEntry[str]], str, list[GitIgnore]]] = []

    def enter(directory: Path, real: str, inherited: list[GitIgnore]) -> str | None:
        own = []
        if gitignore:
            if _is_repository_top(directory):
                own.append(_git_exclude(directory))
            own.append(GitIgnore.read(directory))
        chain = [*inherited, *(g for g in own if g is not None)]
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except FileNotFoundError:  # gone since its parent was listed: nothing left unchecked
            return None
        except OSError as exc:
            return f"cannot list this directory: {exc.strerror or exc}"
        stack.append((iter(entries), real, chain))
        return None

    problem = enter(root, str(real_root), ignores)
    if problem:
        yield root, None, problem
    while stack:
        entries, real_dir, chain = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        real = os.path.join(real_dir, entry.name)  # strings: this runs for every entry
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_link = entry.is_symlink()
        except OSError:
            continue
        if is_dir:
            if entry.name in skipped or entry.name.endswith(".egg-info"):
                continue
            if _excluded(real, True, excludes) or _ignored(real, True, chain):
                continue
            path = Path(entry.path)
            if _is_virtualenv(path):
                continue
            problem = enter(path, real, chain)
            if problem:
                yield path, None, problem
        elif entry.name.endswith(SUFFIXES):
            if _excluded(real, False, excludes) or _ignored(real, False, chain):
                continue
            path = Path(entry.path)
            if is_link and not _inside(path, real_root):
                continue  # never followed out of the tree; a broken link is reported
            yield path, None if is_link else real, None


def _inside(link: Path, root: Path) -> bool:
    """A symbolic link whose target is under `root`, or that leads nowhere (broken, a loop):
    the engine reports those rather than dropping them silently."""
    target = Path(os.path.realpath(link))
    if not target.exists():
        return True
    return target == root or root in target.parents


def matches(pattern: str, path: str, root: str | None = None) -> bool:
    """Does a gitignore-style glob (per-file-ignores) match `path`, relative to `root` (the
    configuration file's folder; else the working directory) when it is under it? A pattern
    without `/` matches a name at any depth, and a pattern that matches a directory matches
    what is under it."""
    compiled = compile_glob(pattern)
    if compiled is None:
        return False
    rel = _relative(path, root)
    parts = rel.split("/")
    for end in range(len(parts), 0, -1):
        if compiled.regex.match("/".join(parts[:end])):
            return not compiled.negated
    return False


def _relative(path: str, root: str | None = None) -> str:
    try:
        real = Path(os.path.abspath(path))
        return real.relative_to(Path(root or os.getcwd())).as_posix()
    except (OSError, ValueError):
        return Path(path).as_posix().lstrip("/")
