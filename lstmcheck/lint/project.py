"""The project stage: classes defined in one checked file and built in another.

`model.py` defines `Encoder(nn.Module)` with parameters and no defaults; `train.py` builds it
with literals. Checked alone, model.py knows nothing of them. When several files are
checked, a text prefilter (`plan`) picks the files worth a look: those that define a class in
a file holding a recurrent layer (`receivers`), and those whose import statements name such a
file's module (`wanted`: its classes). The builders are checked first and report, besides their findings, each
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
from typing import Callable, Iterable

from lstmcheck.lint.discover import mentions_a_layer, worth_parsing
from lstmcheck.lint.sources import needs_decoding_first
from lstmcheck.records import BuildSite, FileFacts, FileResult, Finding, Location, Related

# A class defined at module level, as the text shows it.
_CLASS = re.compile(rb"^class[ \t]+([A-Za-z_][A-Za-z0-9_]*)", re.MULTILINE)
# An import statement: `from X import a, (b, c)`, `import x.y as z`.
_IMPORT = re.compile(rb"^[ \t]*(?:from[ \t]+([.\w]+)[ \t]+)?import[ \t]+(\([^)]*\)|[^\n#;]*)",
                     re.MULTILINE)
_WORD = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*")
# The next statement at column 0 (a class's text ends there).
_TOP = re.compile(rb"^[A-Za-z_@]", re.MULTILINE)
# A CapWords name called: `Encoder(`, `m.Encoder (` (classes are named so, PEP 8).
_CALLED = re.compile(rb"\b([A-Z]\w*)[ \t]*\(")  # bytes: \b and \w are ASCII

# What a file's import statements name: (module parts, names imported from it), dots left out.
Imports = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
# (module-level classes that name a recurrent layer, in a file that may build one; the text of
# its import statements, one per line)
TextFacts = tuple[tuple[str, ...], bytes]


@dataclass(frozen=True)
class Plan:
    """Which files to ask for calls of which classes, and which files may receive calls."""

    wanted: dict[Path, frozenset[str]]
    receivers: frozenset[Path]


def text_facts(source: bytes, worth: bool | None = None) -> TextFacts:
    """What the plan needs of a file, from its text alone (kept in the cache's index, so an
    unchanged file is not read again): its layer classes, and its import statements as
    they are written (taken apart only in the few files that name a defining module).
    `worth`: the prefilter's answer if already known. A file whose encoding needs decoding
    first has none."""
    if needs_decoding_first(source):
        return (), b""
    if worth is None:
        worth = worth_parsing(source)
    classes = _layer_classes(source) if worth else []
    return tuple(classes), b"\n".join(m.group(0) for m in _import_statements(source))


def _imports(statements: bytes) -> Imports:
    """What the import statements (`text_facts`) name, module by module."""
    imports = set()
    for m in _import_statements(statements):
        listed = [_WORD.findall(part) for part in m.group(2).strip(b"()").split(b",")]
        if m.group(1) is not None:  # from M import a, b as c
            module = tuple(w.decode() for w in _WORD.findall(m.group(1)))
            names = tuple(w.decode() for words in listed for w in words)  # "as" kept
            imports.add((module, names))
        else:  # import a.b as m
            for words in listed:
                module_words = words[:words.index(b"as")] if b"as" in words else words
                if module_words:
                    imports.add((tuple(w.decode() for w in module_words), ()))
    return tuple(sorted(imports))


def called_names(source: bytes) -> frozenset[str]:
    """The CapWords names a file calls (`Encoder(`, `m.Encoder (`)."""
    return frozenset(m.group(1).decode() for m in _CALLED.finditer(source))


_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def _import_statements(source: bytes) -> list[re.Match[bytes]]:
    """`_IMPORT` matched at the start of each line that has the word `import`, found by a
    literal search (a regex for the word ran at a tenth of the speed over a large tree)."""
    out = []
    at = source.find(b"import")
    while at != -1:
        end = at + 6
        if (at == 0 or source[at - 1] not in _WORD_BYTES) \
                and (end == len(source) or source[end] not in _WORD_BYTES):
            found = _IMPORT.match(source, source.rfind(b"\n", 0, at) + 1)
            if found is not None:
                out.append(found)
            end = source.find(b"\n", at)  # one statement a line, as Python starts them
            if end == -1:
                break
        at = source.find(b"import", end)
    return out


def _layer_classes(source: bytes) -> list[str]:
    """The module-level classes whose text (up to the next statement at column 0) names
    one of the six layers."""
    out = set()
    for match in _CLASS.finditer(source):
        end = _TOP.search(source, match.end())
        if mentions_a_layer(source[match.start():end.start() if end else len(source)]):
            out.add(match.group(1).decode())
    return sorted(out)


def well_formed(facts: object) -> bool:
    """Whether text facts kept in the cache have the shape `text_facts` gives (a word of
    another type could only fail to match: the cache's loader admits plain data alone)."""
    return type(facts) is tuple and len(facts) == 2 and type(facts[0]) is tuple \
        and type(facts[1]) is bytes


def _names(path: Path) -> tuple[str, ...]:
    """The folders and module name of a file, as an import would spell their tail."""
    parts = Path(_key(path)).with_suffix("").parts
    return parts[:-1] if parts[-1] == "__init__" else parts


def _ends_with(parts: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    return bool(tail) and parts[-len(tail):] == tail


def _asked(imports: Imports, called: set[str], module: tuple[str, ...],
           classes: tuple[str, ...]) -> set[str]:
    """The classes of the module at `module` (its path's parts) that a file's imports may
    bring in and it may build: `from pkg.model import Encoder` and `import pkg.model as m`
    (the module's tail), `from pkg import model` (with a name imported), and a class it
    calls or imports under another name."""
    out: set[str] = set()
    for source, names in imports:
        if _ends_with(module, source):  # called, or called by another name
            out.update(c for c in classes if c in called or (c in names and "as" in names))
        elif any(_ends_with(module, (*source, name)) for name in names):
            out.update(c for c in classes if c in called)
    return out


def _stem(path: Path) -> str:
    """The name a module is imported by: `model` for model.py and for model/__init__.py."""
    return path.parent.name if path.stem == "__init__" else path.stem


def plan(facts: dict[Path, TextFacts],
         calls_of: Callable[[Path], frozenset[str]] = lambda path: frozenset()) -> Plan:
    """From the checked Python files' text facts: the classes each file is asked about (those
    its imports may bring in from another checked file that holds a layer, and that it calls
    (`calls_of`, asked only of such files) or imports under another name) and the files that
    define them. Import statements are taken apart only in files whose statements have a
    defining module's name as a word (one search for all of them)."""
    defining = {path: (_names(path), fact[0]) for path, fact in facts.items() if fact[0]}
    by_stem: dict[str, list[Path]] = {}
    for path, (names, _) in defining.items():
        by_stem.setdefault(names[-1], []).append(path)
    named = _any_word(by_stem)
    wanted: dict[Path, frozenset[str]] = {}
    receivers: set[Path] = set()
    for path, (_, statements) in facts.items():
        if named is None or not named.search(statements):
            continue
        imports = _imports(statements)
        words = {w for source, names in imports for w in (*source, *names)}
        asked: set[str] = set()
        calls: set[str] | None = None
        for stem in words.intersection(by_stem):
            for other in by_stem[stem]:
                if other == path:
                    continue
                if calls is None:
                    calls = set(calls_of(path))
                found = _asked(imports, calls, *defining[other])
                if found:
                    asked.update(found)
                    receivers.add(other)
        if asked:
            wanted[path] = frozenset(asked)
    return Plan(wanted, frozenset(receivers))


def _any_word(words: Iterable[str]) -> re.Pattern[bytes] | None:
    """A search for any of `words` as a word (None for none); the words an import can
    spell are ASCII (`_WORD`), so no other can match."""
    spelled = sorted(w.encode() for w in words if w.isascii() and _WORD.fullmatch(w.encode()))
    if not spelled:
        return None
    return re.compile(rb"(?<![A-Za-z0-9_])(?:" + b"|".join(map(re.escape, spelled))
                      + rb")(?![A-Za-z0-9_])")


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


_NOTES = 3  # calls named in a finding's notes, at most


def noted(findings: list[Finding], alone: list[Finding], received: tuple[BuildSite, ...],
          facts: FileFacts) -> list[Finding]:
    """Each finding that the file checked alone does not have (`alone`) gets a note at the
    calls of the other files that build the class of its layer, and its fix, if any, is
    unsafe (made for those calls' values)."""
    own = {(f.code, f.location) for f in alone}
    # a finding's `call` is its layer's call, or the call that applies the layer (a feed)
    owners = {record.location: record.owner for record in facts.calls}
    owners.update({feed.location: feed.record.owner for feed in facts.feeds
                   if feed.record is not None and feed.location not in owners})
    out = []
    for finding in findings:
        if (finding.code, finding.location) in own:
            out.append(finding)
            continue
        owner = owners.get(finding.call) if finding.call is not None else None
        sites = [s for s in received if s.name == owner] or list(received)
        notes = tuple(Related(site.path, site.location or Location(site.line, 1, site.line, 1),
                              f"{site.name}(...) is built here, with the values this finding "
                              "rests on")
                      for site in sites[:_NOTES])
        # its fix was worked out for that call's values: an edit of this file for one caller
        fix = replace(finding.fix, safe=False) if finding.fix is not None else None
        out.append(replace(finding, related=(*finding.related, *notes), fix=fix))
    return out
