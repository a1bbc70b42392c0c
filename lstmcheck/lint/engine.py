"""Run the rules over files: prefilter, parse, rules, noqa, select/ignore, stable order.

Checking one file is a pure function of its bytes, its path and the settings, so results
could be cached or computed in a pool without touching a rule.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from lstmcheck.lint.discover import discover, mentions_a_layer
from lstmcheck.lint.rules import BY_CODE, RULES
from lstmcheck.records import FileResult, Finding, Location, Settings

PARSE_ERROR = BY_CODE["LC000"]

_NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Z]+\d+(?:[\s,]+[A-Z]+\d+)*))?", re.IGNORECASE)
_FILE_NOQA = re.compile(r"^\s*#\s*lstmcheck:\s*noqa\s*$", re.IGNORECASE | re.MULTILINE)


def selected(code: str, settings: Settings) -> bool:
    """ruff's semantics: a code is on when some --select prefix matches (all by default) and
    no --ignore prefix does."""
    chosen = not settings.select or any(code.startswith(p) for p in settings.select)
    return chosen and not any(code.startswith(p) for p in settings.ignore)


def noqa_lines(text: str) -> dict[int, frozenset[str] | None]:
    """Line -> the codes its `# noqa: ...` names, or None for a bare `# noqa` (all codes)."""
    out: dict[int, frozenset[str] | None] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if "noqa" not in line and "NOQA" not in line:
            continue
        match = _NOQA.search(line)
        if match:
            codes = match.group("codes")
            out[number] = frozenset(re.split(r"[\s,]+", codes.upper())) if codes else None
    return out


def _suppressed(finding: Finding, noqa: dict[int, frozenset[str] | None]) -> bool:
    span = finding.call or finding.location
    for line in range(span.line, span.end_line + 1):
        if line in noqa:
            codes = noqa[line]
            if codes is None or finding.code in codes:
                return True
    return False


def _parse_error(path: str, message: str, line: int = 1, column: int = 1) -> Finding:
    return Finding(
        code=PARSE_ERROR.code, name=PARSE_ERROR.name, severity="error", path=path,
        location=Location(line, column, line, column), message=message,
    )


def _decode(source: bytes) -> str:
    try:
        return source.decode("utf-8")
    except UnicodeDecodeError:
        return source.decode("latin-1")


def check_source(source: bytes, path: str, settings: Settings = Settings()) -> FileResult:
    """Check one file's bytes. Never raises for bad input: that becomes an LC000 finding."""
    if not mentions_a_layer(source):
        return FileResult(path=path, skipped=True)
    text = _decode(source)
    if _FILE_NOQA.search(text):
        return FileResult(path=path, skipped=True)

    import libcst  # only now: most files never get here

    from lstmcheck.lint.extract import extract

    try:
        facts = extract(text, path)
    except libcst.ParserSyntaxError as exc:
        reason = exc.message if len(exc.message) <= 60 else exc.message[:57] + "..."
        finding = _parse_error(path, f"cannot parse this file ({reason}). Fix the syntax "
                               "error; lstmcheck checks the file once it parses",
                               exc.editor_line, exc.editor_column)
        findings = (finding,) if selected(finding.code, settings) else ()
        return FileResult(path=path, findings=findings, snippets=_snippets(text, findings))
    except RecursionError:
        finding = _parse_error(path, "this file nests too deeply to parse")
        return FileResult(path=path, findings=(finding,))

    findings: list[Finding] = []
    for rule in RULES:
        # --verify judges every finding, selected or not, so that LC010 never repeats one.
        if not settings.verify and not selected(rule.code, settings):
            continue
        if rule.check is not None:
            for record in facts.calls:
                findings.extend(rule.check(record, facts))
        if rule.check_feed is not None:
            for feed in facts.feeds:
                findings.extend(rule.check_feed(feed, facts))
    if settings.verify:
        from lstmcheck.lint.confirm import confirm

        findings = confirm(facts, findings)
    noqa = noqa_lines(text)
    kept = sorted(
        (f for f in findings if selected(f.code, settings) and not _suppressed(f, noqa)),
        key=lambda f: (f.location.line, f.location.column, f.code, f.message),
    )
    layers = ()
    if settings.show_shapes:
        from lstmcheck.lint.layer_shapes import describe

        layers = tuple(describe(record, facts.feeds) for record in facts.calls)
    return FileResult(path=path, findings=tuple(kept), calls=len(facts.calls), parsed=True,
                      snippets=_snippets(text, kept), layers=layers)


def _snippets(text: str, findings: Iterable[Finding]) -> dict[tuple[int | None, int], str]:
    """The source lines the report shows: each finding's line and its notes' lines."""
    wanted = set()
    for finding in findings:
        wanted.add(finding.location.line)
        wanted.update(r.location.line for r in finding.related if r.path == finding.path)
    if not wanted:
        return {}
    lines = text.splitlines()
    return {(None, n): lines[n - 1] for n in wanted if 0 < n <= len(lines)}


@dataclass
class Run:
    """The results of one `check`: per file, plus the named paths that do not exist."""

    results: list[FileResult] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def check_file(path: Path, settings: Settings) -> FileResult:
    try:
        source = path.read_bytes()
    except OSError as exc:
        finding = _parse_error(str(path), f"cannot read this file: {exc.strerror or exc}")
        return FileResult(path=str(path), findings=(finding,))
    return check_source(source, str(path), settings)


# Below this many files a process pool costs more than it saves.
_POOL_THRESHOLD = 64


def check_paths(paths: list[str], settings: Settings = Settings(),
                jobs: int | None = None) -> Iterator[FileResult | str]:
    """Check every file under `paths`; yields a FileResult per file, in discovery order, and
    the text of each path that does not exist (so that the caller can report it and go on).

    Large runs are spread over a process pool (`jobs` workers, default one per core): checking
    a file is a pure function of its bytes and the settings, so the results are the same.
    """
    found = discover(paths)
    yield from found.missing
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(found.files) < _POOL_THRESHOLD:
        for path in found.files:
            yield check_file(path, settings)
        return
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(partial(check_file, settings=settings), found.files, chunksize=16)


def relabel(result: FileResult, name: str) -> FileResult:
    """Report a result under another name (standard input read with --stdin-filename)."""
    return replace(result, path=name,
                   findings=tuple(replace(f, path=name) for f in result.findings),
                   layers=tuple(replace(layer, path=name) for layer in result.layers))
