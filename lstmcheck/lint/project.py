"""The project stage: classes defined in one checked file and built in another.

`model.py` defines `Encoder(nn.Module)` with parameters and no defaults; `train.py` builds it
with literals. Checked alone, model.py knows nothing of them. When several files are
checked, a text prefilter (`plan`) picks the files worth a look: those that define a class in
a file holding a recurrent layer (`receivers`), and those whose text names such a class and
its module (`wanted`). The builders are checked first and report, besides their findings, each
call of a wanted class that an import brings in (`FileResult.builds`); `route` resolves each
call's module against the checked paths, strictly (a relative import against the building
file's folder, an absolute one against the folders above it, one match or none), and hands
the calls to the file that defines the class: they become part of its inputs and of its
cache key. A call that cannot be resolved for certain is dropped, silently.

What a receiver builds in turn is not handed on (one level: its result must not wait for
another receiver's), and a file checked alone is checked exactly as before.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from lstmcheck.lint.discover import worth_parsing
from lstmcheck.lint.sources import needs_decoding_first
from lstmcheck.records import BuildSite, FileResult

# A class defined at module level, as the text shows it.
_CLASS = re.compile(rb"^class[ \t]+([A-Za-z_][A-Za-z0-9_]*)", re.MULTILINE)


@dataclass(frozen=True)
class Plan:
    """Which files to ask for calls of which classes, and which files may receive calls."""

    wanted: dict[Path, frozenset[str]]
    receivers: frozenset[Path]


def _stem(path: Path) -> str:
    """The name a module is imported by: `model` for model.py and for model/__init__.py."""
    return path.parent.name if path.stem == "__init__" else path.stem


def _words(names: set[str]) -> re.Pattern[bytes]:
    alternatives = b"|".join(re.escape(n.encode()) for n in sorted(names, key=len, reverse=True))
    return re.compile(rb"(?<![A-Za-z0-9_])(?:" + alternatives + rb")(?![A-Za-z0-9_])")


def plan(sources: dict[Path, bytes]) -> Plan:
    """From the checked Python files' bytes: the classes each builder is asked about and the
    files that define them. Text only; a file whose encoding needs decoding first is left out."""
    plain = {path: source for path, source in sources.items()
             if path.suffix == ".py" and not needs_decoding_first(source)}
    defined: dict[Path, set[str]] = {}
    for path, source in plain.items():
        if worth_parsing(source):
            names = {m.group(1).decode() for m in _CLASS.finditer(source)}
            if names:
                defined[path] = names
    if not defined:
        return Plan({}, frozenset())
    every = set().union(*defined.values())
    names_pattern = _words(every)
    stems_pattern = _words({_stem(path) for path in defined})
    wanted: dict[Path, frozenset[str]] = {}
    receivers: set[Path] = set()
    for path, source in plain.items():
        if b"import" not in source:
            continue
        named = {m.group(0).decode() for m in names_pattern.finditer(source)}
        if not named:
            continue
        stems = {m.group(0).decode() for m in stems_pattern.finditer(source)}
        asked: set[str] = set()
        for other, names in defined.items():
            if other != path and _stem(other) in stems and names & named:
                asked |= names & named
                receivers.add(other)
        if asked:
            wanted[path] = frozenset(asked)
    return Plan(wanted, frozenset(receivers))


def _key(path: Path) -> str:
    return os.path.normpath(os.path.abspath(os.fspath(path)))


def route(results: dict[Path, FileResult], receivers: frozenset[Path]
          ) -> dict[Path, tuple[BuildSite, ...]]:
    """The calls each receiver is handed: every builder's calls whose module resolves to
    exactly one receiver, in a fixed order (building file, line)."""
    by_key = {_key(path): path for path in receivers}
    out: dict[Path, list[BuildSite]] = {}
    for path, result in results.items():
        if path in receivers:
            continue
        for site in result.builds:
            target = _target(path, site, by_key)
            if target is not None:
                out.setdefault(target, []).append(replace(site, path=result.path))
    return {path: tuple(sorted(sites, key=lambda s: (s.path, s.line, s.name)))
            for path, sites in out.items()}


def _target(builder: Path, site: BuildSite, files: dict[str, Path]) -> Path | None:
    """The checked file that the import names, when exactly one does."""
    if site.level:
        base = Path(_key(builder)).parent
        for _ in range(site.level - 1):
            base = base.parent
        roots = [base]
    else:
        roots = list(Path(_key(builder)).parents)
    found = set()
    for root in roots:
        module = root.joinpath(*site.module)
        for candidate in (f"{module}.py", os.path.join(module, "__init__.py")):
            if candidate in files:
                found.add(files[candidate])
    return found.pop() if len(found) == 1 else None


def digest(sites: tuple[BuildSite, ...]) -> bytes:
    """What a file is handed, as part of its cache key (empty when nothing is)."""
    if not sites:
        return b""
    return hashlib.sha256(repr(sites).encode("utf-8", "surrogatepass")).digest()


def asked(wanted: frozenset[str]) -> bytes:
    """The classes a builder is asked about, as part of its cache key."""
    return ",".join(sorted(wanted)).encode() if wanted else b""
