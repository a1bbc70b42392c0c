"""Run the rules over files: prefilter, decode, parse, rules, noqa, select/ignore, stable order.

Checking one file is a pure function of its bytes, its path and the settings, and it never
raises: whatever goes wrong with one file (unreadable, undecodable, unparsable, too large, a
bug of ours) becomes an LC000 finding for that file, and the run goes on. Parsing runs in a
thread with a large stack, so deep but legal code parses instead of crashing the process; the
worker pool (`workers.py`) covers what still could.
"""

from __future__ import annotations

import gc
import os
import re
import stat
import sys
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, TypeVar

from lstmcheck.lint.discover import (
    discover,
    matches,
    may_reach_torch,
    mentions_a_layer,
    worth_parsing,
)
from lstmcheck.lint.sources import SourceError, decode, needs_decoding_first, source_lines
from lstmcheck.records import (
    BuildSite,
    FileFacts,
    FileResult,
    Finding,
    LayerShapes,
    Location,
    Settings,
)

if TYPE_CHECKING:
    from lstmcheck.lint.cache import Cache
    from lstmcheck.lint.notebook import Notebook
    from lstmcheck.lint.noqa import Directive

# LC000's name, here so that a run whose files the prefilter all skips never imports the rules
# (tests/test_jobs.py checks it against the rule).
PARSE_ERROR_NAME = "parse-error"
REPORT = "please report it, with the file, to lstmcheck's issue tracker"
# A notebook's JSON also holds outputs and images: its limit is this many times the limit
# on the code, which is what the parser sees.
_NOTEBOOK_FACTOR = 20
# Seconds a worker may spend on one file before it is stopped and the file reported: room
# for a file near max-file-bytes on a busy machine (libcst parses about 8 s per MB).
TIME_LIMIT = 120.0
_STACK_BYTES = 512 * 1024 * 1024
_RECURSION_LIMIT = 60_000

T = TypeVar("T")


def selected(code: str, settings: Settings) -> bool:
    """ruff's semantics: a code is on when some --select prefix matches (all by default) and
    no --ignore prefix does."""
    chosen = not settings.select or any(code.startswith(p) for p in settings.select)
    return chosen and not any(code.startswith(p) for p in settings.ignore)


def noqa_lines(text: str) -> dict[int, frozenset[str] | None]:
    """Line -> the codes its `# noqa: ...` names, or None for a bare `# noqa` (all codes)."""
    from lstmcheck.lint.noqa import directives

    return {d.line: d.codes for d in directives(text)}


def reports_unused_noqa(settings: Settings) -> bool:
    """LC100 is opt-in: report-unused-noqa, or a --select that names it (ruff's RUF100)."""
    named = any(len(p) > 2 and "LC100".startswith(p) for p in settings.select)
    return selected("LC100", settings) and (settings.report_unused_noqa or named)


def lc000(path: str, message: str, line: int = 1, column: int = 1,
          cell: int | None = None) -> Finding:
    return Finding(
        code="LC000", name=PARSE_ERROR_NAME, severity="error", path=path,
        location=Location(line, column, line, column), message=message, cell=cell,
    )


def _problem(path: str, message: str, settings: Settings, line: int = 1) -> FileResult:
    """A file that could not be checked, for a reason that is the file's, not ours."""
    finding = lc000(path, message, line)
    findings = (finding,) if selected(finding.code, settings) else ()
    return FileResult(path=path, findings=findings)


def internal_error(path: str, what: str) -> FileResult:
    """A bug of lstmcheck's, or a parser crash: reported whatever --select says (exit 2)."""
    finding = lc000(path, f"internal error while checking this file ({what[:200]}); {REPORT}")
    return FileResult(path=path, findings=(finding,), internal_error=True)


def check_source(source: bytes, path: str, settings: Settings = Settings(),
                 time_limit: float | None = None, wanted: frozenset[str] = frozenset(),
                 received: tuple[BuildSite, ...] = ()) -> FileResult:
    """Check one file's bytes. Never raises: bad input is an LC000 finding, and so is a bug of
    ours or a check that runs past `time_limit` seconds (both marked `internal_error`).

    The project stage (lint/project.py) may ask for the file's calls of `wanted` classes
    that other checked files define (`FileResult.builds`, also from a file the prefilter
    skips), and hand over calls of other files that build this file's classes (`received`):
    inputs like the bytes."""
    try:
        return _check(source, path, settings, time_limit, wanted, received)
    except TimeoutError:
        return internal_error(path, _overran(time_limit))
    except Exception as exc:  # noqa: BLE001 - one file's failure must not end the run
        return internal_error(path, f"{type(exc).__name__}: {exc}")


def _overran(time_limit: float | None) -> str:
    return f"checking this file took longer than {time_limit:g} s and was stopped"


def _check(source: bytes, path: str, settings: Settings, time_limit: float | None,
           wanted: frozenset[str] = frozenset(), received: tuple[BuildSite, ...] = ()
           ) -> FileResult:
    notebook = path.endswith(".ipynb")
    limit = settings.max_file_bytes * (_NOTEBOOK_FACTOR if notebook else 1)
    # A notebook is judged by its program (a broken notebook that names a layer is LC000).
    stage = mentions_a_layer if notebook else worth_parsing
    if needs_decoding_first(source):
        try:
            if not stage(decode(source).encode("utf-8", "surrogatepass")):
                return FileResult(path=path, skipped=True)
        except SourceError as exc:
            return _problem(path, f"cannot read this file: it {exc}", settings)
    elif not stage(source):
        if wanted and not notebook and len(source) <= limit:
            return _builds_only(source, path, wanted, time_limit)
        return FileResult(path=path, skipped=True)
    if len(source) > limit:
        return _problem(path, _too_large(len(source), limit), settings)
    try:
        text = decode(source)
    except SourceError as exc:
        return _problem(path, f"cannot read this file: it {exc}", settings, exc.line)
    # imported here: a run whose files are all skipped or cached needs neither
    from lstmcheck.lint.noqa import file_exemption

    book = None
    if notebook:
        from lstmcheck.lint.notebook import NotebookError
        from lstmcheck.lint.notebook import read as read_notebook

        try:
            book = read_notebook(text)
        except NotebookError as exc:
            return _problem(path, f"cannot read this notebook: it {exc}", settings, exc.line)
        if book is None:  # another kernel's language
            return FileResult(path=path, skipped=True)
        text = book.program
        if not may_reach_torch(text.encode("utf-8", "surrogatepass")):
            return FileResult(path=path, skipped=True)
        if len(text) > settings.max_file_bytes:
            return _problem(path, _too_large(len(text), settings.max_file_bytes), settings)
    exempt = file_exemption(text)
    if exempt is None:  # a bare `# lstmcheck: noqa`
        return FileResult(path=path, skipped=True)
    return in_deep_thread(_analyse, text, path, settings, book, exempt, wanted, received,
                          timeout=time_limit)


def _builds_only(source: bytes, path: str, wanted: frozenset[str],
                 time_limit: float | None) -> FileResult:
    """A file the prefilter skips that may build another checked file's class: skipped as
    before, with those calls. Whatever goes wrong here costs only the calls (silence)."""
    try:
        text = decode(source)
        python = _python_parse(text)
        if python is None or isinstance(python, (SyntaxError, _TooDeep)):
            return FileResult(path=path, skipped=True)
        from lstmcheck.lint.flow.imported import builds_of
        from lstmcheck.lint.positions import given_tree

        given_tree(text, python)
        builds = in_deep_thread(builds_of, text, wanted, timeout=time_limit)
    except Exception:  # noqa: BLE001 - a file that cannot say what it builds says nothing
        return FileResult(path=path, skipped=True)
    return FileResult(path=path, skipped=True, builds=builds)


def _too_large(size: int, limit: int) -> str:
    return (f"this file is too large to check ({size / 1e6:.1f} MB; the limit is "
            f"{limit / 1e6:.1f} MB, max-file-bytes)")


def in_deep_thread(function: Callable[..., T], *args: object,
                   timeout: float | None = None) -> T:
    """`function(*args)` in a thread with a large stack and a raised recursion limit, so that a
    400-term `a + b + ...` parses and deep nesting raises RecursionError instead of crashing
    the process. TimeoutError after `timeout` seconds: the thread is abandoned (a daemon,
    it ends with the process)."""
    if threading.current_thread().name == "lstmcheck-deep":
        return function(*args)
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = function(*args)
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    with _DEEP:
        previous_stack = threading.stack_size()
        previous_limit = sys.getrecursionlimit()
        try:
            threading.stack_size(_STACK_BYTES)
        except (ValueError, RuntimeError):
            return function(*args)
        try:
            thread = threading.Thread(target=run, name="lstmcheck-deep", daemon=True)
            sys.setrecursionlimit(max(previous_limit, _RECURSION_LIMIT))
            thread.start()
            thread.join(timeout)
        except RuntimeError:  # no thread to be had: do it here, with the usual limits
            sys.setrecursionlimit(previous_limit)
            return function(*args)
        finally:
            threading.stack_size(previous_stack)
            sys.setrecursionlimit(previous_limit)
    if thread.is_alive():
        raise TimeoutError
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


_DEEP = threading.Lock()


class _TooDeep(str):
    """Python's parser gave up on the nesting: where, and in its words."""

    line: int = 1
    column: int = 1


def _python_parse(text: str) -> Any:
    """What CPython's own parser says: its tree when it parses, its SyntaxError, or why it
    cannot handle the nesting (which libcst's parser might not survive: it is never asked);
    None when it fails otherwise (libcst decides)."""
    import ast

    try:
        return ast.parse(text)
    except SyntaxError as exc:
        message = str(exc.msg)
        if "too many nested" in message or "too complex" in message:
            deep = _TooDeep(f"nests too deeply for Python to parse ({message})")
            deep.line, deep.column = exc.lineno or 1, max(exc.offset or 1, 1)
            return deep
        return exc
    except (MemoryError, RecursionError):
        return _TooDeep("nests too deeply for Python to parse")
    except Exception:  # noqa: BLE001 - anything else: let libcst decide
        return None


def _parse(text: str, path: str, wanted: frozenset[str] = frozenset(),
           received: tuple[BuildSite, ...] = ()) -> tuple[FileFacts | None, Finding | None]:
    """The file's facts, or an LC000 finding saying why there are none."""
    python = _python_parse(text)
    if isinstance(python, _TooDeep):
        return None, lc000(path, f"this file {python}", python.line, python.column)
    nodes = None
    if python is not None and not isinstance(python, SyntaxError):
        from lstmcheck.lint.named import names_a_layer_in_code
        from lstmcheck.lint.python_nodes import python_walk

        nodes = python_walk(python)
        if not wanted and not received and not names_a_layer_in_code(nodes):
            return FileFacts(), None  # a layer named in comments or docstrings only
    import libcst  # only now: most files never get here

    from lstmcheck.lint.extract import extract
    from lstmcheck.lint.positions import given_tree

    part = None
    if nodes is not None and not wanted and not received:
        from lstmcheck.lint.needed import needed

        part = needed(text, python, nodes)  # the statements no layer reaches left out
    if part is not None:
        given_tree(part.text, part.tree)
    elif nodes is not None:
        given_tree(text, python, nodes)  # placing statements needs it: not parsed twice

    try:
        if wanted or received:  # the project stage's part of the inputs
            return extract(text, path, wanted, received), None
        if part is not None:
            return extract(part.text, path, whole=text), None
        return extract(text, path), None
    except libcst.ParserSyntaxError as exc:
        if isinstance(python, SyntaxError):  # Python's own words are the clearest
            reason, line, column = str(python.msg), python.lineno or 1, python.offset or 1
        else:
            reason, line, column = exc.message, exc.editor_line, exc.editor_column
        reason = reason if len(reason) <= 80 else reason[:77] + "..."
        return None, lc000(path, f"cannot parse this file ({reason}). Fix the syntax error; "
                           "lstmcheck checks the file once it parses", line, max(column, 1))
    except RecursionError:
        return None, lc000(path, "this file nests too deeply to parse")


def _analyse(text: str, path: str, settings: Settings, book: Notebook | None,
             exempt: frozenset[str], wanted: frozenset[str] = frozenset(),
             received: tuple[BuildSite, ...] = ()) -> FileResult:
    """The file's result, with the cyclic collector paused throughout, as `extract` pauses it
    for its part: CPython's tree, the rules and the findings make objects in bursts that set
    off collections scanning them again (some 5% of a parsed file's time), and nearly all are
    freed by reference counting; what cycles are left are collected once, afterwards."""
    if not gc.isenabled():
        return _analysed(text, path, settings, book, exempt, wanted, received)
    gc.disable()
    try:
        return _analysed(text, path, settings, book, exempt, wanted, received)
    finally:
        gc.enable()


def _analysed(text: str, path: str, settings: Settings, book: Notebook | None,
              exempt: frozenset[str], wanted: frozenset[str] = frozenset(),
              received: tuple[BuildSite, ...] = ()) -> FileResult:
    facts, failure = _parse(text, path, wanted, received)
    broken: list[Finding] = []
    if book is not None:
        broken = [lc000(path, f"cannot read this cell: it {cell.problem}", cell=cell.index)
                  for cell in book.cells if cell.problem]
    if failure is not None and book is not None:
        broken += _broken_cells(book, path)
        if broken:
            text = book.without({f.cell for f in broken})
            facts, failure = _parse(text, path)
            failure = _place_in_cell(failure, book) if failure else None
    if failure is not None:
        if book is not None and failure.cell is None:
            failure = _place_in_cell(failure, book)
        findings = tuple(f for f in [*broken, failure] if selected(f.code, settings))
        return FileResult(path=path, findings=findings, snippets=_snippets(text, findings, book))
    assert facts is not None
    from lstmcheck.lint.noqa import directives, unused_directive_findings

    findings = _run_rules(facts, settings)
    if received and findings:  # what holds only through another file's call says so
        from lstmcheck.lint.project import noted

        alone, _ = _parse(text, path)
        findings = noted(findings, _run_rules(alone, settings) if alone else [], received,
                         facts)
    notes = directives(text)
    kept, used = _keep(findings, notes, exempt, path, settings)
    if reports_unused_noqa(settings):
        off_here = _ignored_here(path, settings)

        def in_force(code: str, settings: Settings) -> bool:
            return selected(code, settings) and not any(code.startswith(c) for c in off_here)

        kept += [f for f in unused_directive_findings(notes, used, path, settings, in_force)
                 if f.code not in exempt]
    kept.sort(key=lambda f: (f.location.line, f.location.column, f.code, f.message))
    layers = ()
    if settings.show_shapes:
        from lstmcheck.lint.layer_shapes import describe

        layers = tuple(describe(record, facts.feeds) for record in facts.calls)
    if book is not None:
        kept = [_place_in_cell(f, book) for f in kept]
        layers = tuple(_layer_in_cell(layer, book) for layer in layers)
    kept = [*(f for f in broken if selected(f.code, settings)), *kept]
    return FileResult(path=path, findings=tuple(kept), calls=len(facts.calls), parsed=True,
                      snippets=_snippets(text, kept, book), layers=layers, builds=facts.builds)


def _run_rules(facts: FileFacts, settings: Settings) -> list[Finding]:
    from lstmcheck.lint.rules import RULES

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
    from lstmcheck.lint.unique import unique  # hook (verify): one report per mistake

    findings = unique(findings)
    if settings.verify:
        from lstmcheck.lint.confirm import confirm

        findings = confirm(facts, findings)
    return findings


def _ignored_here(path: str, settings: Settings) -> frozenset[str]:
    """The codes (or prefixes) per-file-ignores turns off for this path."""
    return frozenset(code for pattern, codes in settings.per_file_ignores
                     if matches(pattern, path, settings.per_file_ignores_root) for code in codes)


def _keep(findings: list[Finding], notes: list[Directive], exempt: frozenset[str], path: str,
          settings: Settings) -> tuple[list[Finding], set[tuple[int, str]]]:
    """The findings to report, and the (line, code) pairs of noqa directives that suppressed
    one (for LC100)."""
    from lstmcheck.lint.noqa import suppressors

    ignored = _ignored_here(path, settings)
    by_line = {d.line: d for d in notes}
    kept, used = [], set()
    for finding in findings:
        if not selected(finding.code, settings) or finding.code in exempt:
            continue
        if any(finding.code.startswith(code) for code in ignored):
            continue
        lines = [line for line in suppressors(finding) if line in by_line
                 and by_line[line].covers(finding.code)]
        if lines:
            used.update((line, finding.code) for line in lines)
            continue
        kept.append(finding)
    return kept, used


def _broken_cells(book: Notebook, path: str) -> list[Finding]:
    """LC000 for each code cell that does not parse on its own."""
    out = []
    for cell in book.cells:
        if cell.problem:
            continue
        _, failure = _parse(cell.python, path)
        if failure is not None:
            out.append(replace(failure, cell=cell.index,
                               message=failure.message.replace("this file", "this cell")))
    return out


def _moved(location: Location, book: Notebook) -> tuple[int, Location]:
    cell, line = book.place(location.line)
    end = line + location.end_line - location.line
    shift = book.indent(location.line)  # a dedented cell's columns are its source's
    return cell, Location(line, location.column + shift, end, location.end_column + shift)


_LINE_WORDS = re.compile(r"(?<![\w-])line (\d+)")


_LINES_WORDS = re.compile(r"(?<![\w-])lines (\d+(?:(?:, | and )\d+)+)")


def _cell_words(message: str, book: Notebook) -> str:
    """`line 7` in a message about the notebook's program -> `cell 4, line 1`; `lines 10
    and 11` -> `cell 7, lines 1 and 2` (or each line's cell when they are in several)."""
    def word(match: re.Match[str]) -> str:
        cell, line = book.place(int(match.group(1)))
        return f"cell {cell}, line {line}"

    def words(match: re.Match[str]) -> str:
        places = [book.place(int(n)) for n in re.findall(r"\d+", match.group(1))]
        if len({cell for cell, _ in places}) == 1:
            lines = [str(line) for _, line in places]
            return f"cell {places[0][0]}, lines {', '.join(lines[:-1])} and {lines[-1]}"
        said = [f"cell {cell}, line {line}" for cell, line in places]
        return f"{'; '.join(said[:-1])} and {said[-1]}"

    return _LINE_WORDS.sub(word, _LINES_WORDS.sub(words, message))


def _place_in_cell(finding: Finding, book: Notebook) -> Finding:
    """A finding on the notebook's program -> the same finding within its cell."""
    if finding.cell is not None:
        return finding
    cell, location = _moved(finding.location, book)
    call = _moved(finding.call, book)[1] if finding.call else None
    related = tuple(replace(r, location=_moved(r.location, book)[1],
                            cell=_moved(r.location, book)[0],
                            message=_cell_words(r.message, book)) if r.path == finding.path
                    else r for r in finding.related)
    fix = finding.fix
    if fix is not None and fix.edits:
        fix = replace(fix, edits=tuple(replace(e, location=_moved(e.location, book)[1])
                                       for e in fix.edits))
    return replace(finding, location=location, cell=cell, call=call, related=related, fix=fix,
                   message=_cell_words(finding.message, book))


def _layer_in_cell(layer: LayerShapes, book: Notebook) -> LayerShapes:
    cell, location = _moved(layer.location, book)
    return replace(layer, location=location, cell=cell)


def _snippets(text: str, findings: Iterable[Finding],
              book: Notebook | None = None) -> dict[tuple[int | None, int], str]:
    """The source lines the report shows: each finding's line and its notes' lines, keyed by
    (cell, line) - the cell None outside notebooks."""
    wanted: set[tuple[int | None, int]] = set()
    for finding in findings:
        wanted.add((finding.cell, finding.location.line))
        wanted.update((r.cell, r.location.line) for r in finding.related
                      if r.path == finding.path)
    if not wanted:
        return {}
    if book is not None:
        sources = {c.index: source_lines(c.source) for c in book.cells}
    else:
        sources = {None: source_lines(text)}
    out = {}
    for cell, line in wanted:
        lines = sources.get(cell, [])
        if 0 < line <= len(lines):
            out[(cell, line)] = lines[line - 1]
    return out


@dataclass
class Run:
    """The results of one `check`: per file, plus the named paths that do not exist."""

    results: list[FileResult] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def shown(path: Path | str) -> str:
    """A path as the report prints it: a file name that is not UTF-8 keeps its bytes as
    `\\xff` escapes instead of failing to print."""
    name = os.fspath(path)
    if name.isascii():  # most names: nothing to escape
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def check_file(path: Path, settings: Settings, time_limit: float | None = None,
               cache: Cache | None = None, wanted: frozenset[str] = frozenset(),
               received: tuple[BuildSite, ...] = ()) -> FileResult:
    """Check the file at `path`; whatever the file is, the answer is a FileResult. With a
    cache, a file the prefilter lets through is looked up before it is parsed. `wanted` and
    `received`: the project stage's part of the inputs (`check_source`)."""
    name = shown(path)
    try:
        source = _read(path, settings)
    except _Unreadable as exc:
        return _problem(name, str(exc), settings)
    if source is None:
        return FileResult(path=name, skipped=True)
    if cache is None or not (wanted or _may_need_parsing(source, name)):
        return check_source(source, name, settings, time_limit, wanted, received)
    key = cache.key(name, source, _project_key(wanted, received) + imported_key(name, source))
    result = cache.get(key)
    if result is None:
        result = check_source(source, name, settings, time_limit, wanted, received)
        cache.put(key, result)
    return result


def imported_key(name: str, source: bytes) -> bytes:
    """What the project's own modules the file imports say (lint/local_modules.py)."""
    from lstmcheck.lint.local_modules import imported_key as modules_key

    return modules_key(name, source)


def _project_key(wanted: frozenset[str], received: tuple[BuildSite, ...]) -> bytes:
    """What the project stage adds to a file's inputs, for its cache key (empty: nothing)."""
    if not wanted and not received:
        return b""
    from lstmcheck.lint.project import asked, digest

    return asked(wanted) + b"\0" + digest(received)


def _may_need_parsing(source: bytes, path: str) -> bool:
    """The prefilter's first answer, without decoding: False only for files it skips, which
    are cheaper to skip again than to look up."""
    if needs_decoding_first(source):
        return True
    return (mentions_a_layer if path.endswith(".ipynb") else worth_parsing)(source)


class _Unreadable(Exception):
    pass


def _is_python_module(path: Path) -> bool:
    """`path.suffix == ".py"`, from the string: it is asked of every file of the tree."""
    name = os.fspath(path)
    return name.endswith(".py") and len(name) > 3 and name[-4] not in "/" + os.sep


def _read(path: Path, settings: Settings) -> bytes | None:
    """The file's bytes; None for a file too large to read that names no layer anyway."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise _Unreadable("cannot read this file: it is a broken symbolic link") from None
        raise _Unreadable("cannot read this file: it vanished before it could be read") from None
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            raise _Unreadable("cannot read this file: it is a symbolic link loop") from None
        raise _Unreadable(f"cannot read this file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise _Unreadable("cannot read this file: it is a directory")
    if not stat.S_ISREG(info.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(info.st_mode) else "not a regular file"
        raise _Unreadable(f"cannot read this file: it is {kind}; lstmcheck reads regular "
                          "files only")
    try:
        # O_NONBLOCK: should it have become a FIFO since, opening must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise _Unreadable(f"cannot read this file: {exc.strerror or exc}") from None
    try:
        now = os.fstat(fd)
        if not stat.S_ISREG(now.st_mode):
            raise _Unreadable("cannot read this file: it is not a regular file")
        limit = settings.max_file_bytes * (_NOTEBOOK_FACTOR if os.fspath(path).endswith(".ipynb")
                                           else 1)
        head = _read_up_to(fd, limit + 1, now.st_size)
        if len(head) <= limit:
            return head
        if _mentions_in_rest(head, fd):
            raise _Unreadable(_too_large(max(info.st_size, len(head)), limit))
        return None
    except OSError as exc:
        raise _Unreadable(f"cannot read this file: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def _read_up_to(fd: int, count: int, size: int) -> bytes:
    """Up to `count` bytes of a regular file of `size` bytes (as its stat said), in one read
    when it has not grown since: a buffered reader asked for `count` would make room for all of
    them (a megabyte a file). A short read of a regular file is its end."""
    wanted = min(count, size + 1)  # the byte past the size tells an end it did not reach
    chunks = []
    while wanted > 0:
        chunk = os.read(fd, wanted)
        chunks.append(chunk)
        count -= len(chunk)
        if len(chunk) < wanted:
            break
        wanted = min(count, 1 << 20)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _mentions_in_rest(head: bytes, fd: int) -> bool:
    """Does a file too large to check mention a layer? Scanned in chunks, never held whole."""
    if mentions_a_layer(head):
        return True
    tail = head[-64:]
    while chunk := os.read(fd, 1 << 20):
        if mentions_a_layer(tail + chunk):
            return True
        tail = chunk[-64:]
    return False


# Below this many files to parse, one worker process is enough.
_FILES_PER_WORKER = 16
# From this many files on, the cache's index is used: for a few files (a pre-commit hook's),
# reading them costs less than loading the index of the whole tree.
_INDEX_FROM = 100


def check_paths(paths: list[str], settings: Settings = Settings(), jobs: int | None = None,
                time_limit: float | None = TIME_LIMIT,
                cache_dir: str | os.PathLike[str] | None = None,
                discovered: Callable[[int], None] | None = None,
                checked: Callable[[], None] | None = None,
                ) -> Iterator[FileResult | str]:
    """Check every file under `paths`; yields a FileResult per file, in discovery order, and
    the text of each path that does not exist (so that the caller can report it and go on).

    Files are checked in worker processes (`jobs`, default one per core): a worker that
    crashes or overruns `time_limit` seconds costs only its file an LC000 finding. A run of
    one file has no other file to protect and is checked here, under the same time limit.
    With `cache_dir` (see `cache.default_directory`), results are kept there and reused.
    `discovered(n)` is told how many files will be checked, before the first is (for a
    progress bar).
    """
    found = discover(paths, settings)
    if discovered is not None:
        discovered(len(found.files))
    cache = None
    if cache_dir is not None:
        from lstmcheck.lint.cache import Cache

        cache = Cache.open(cache_dir, settings)
        if cache is not None:
            cache.indexing = len(found.files) >= _INDEX_FROM
    yield from found.missing
    problems = found.problems

    def task(path: Path, wanted: frozenset[str] = frozenset(),
             received: tuple[BuildSite, ...] = ()) -> FileResult:
        if path in problems:
            return _problem(shown(path), problems[path], settings)
        if wanted or received:  # the project stage's part of the inputs
            return check_file(path, settings, cache=cache, wanted=wanted, received=received)
        if cache is None:
            return check_file(path, settings)
        return check_file(path, settings, cache=cache)

    def lost(path: Path, why: str) -> FileResult:
        if why == "crashed":
            what = "the parser crashed on this file (the worker process died)"
        elif why == "timeout":
            what = _overran(time_limit)
        else:
            what = why
        return internal_error(shown(path), what)

    def counted(results: Iterable[FileResult]) -> Iterator[FileResult]:
        """Each result as it is made, told to `checked` (a progress bar): the project stage
        makes them all before the first can be yielded in order."""
        for result in results:
            if checked is not None:
                checked()
            yield result

    if len(found.files) == 1:
        (path,) = found.files
        yield from counted([task(path) if path in problems
                            else check_file(path, settings, time_limit, cache)])
        return
    project, sources = _project(found.files, problems, settings, cache)
    if not project.receivers:
        yield from counted(_checked(found.files, task, problems, settings, cache, jobs,
                                    time_limit, lost, sources=sources))
        return
    # Builders first, then the files that define what they build, handed the calls.
    from lstmcheck.lint.project import route

    first = [path for path in found.files if path not in project.receivers]
    done = dict(zip(first, counted(_checked(first, task, problems, settings, cache, jobs,
                                            time_limit, lost, wanted=project.wanted,
                                            sources=sources))))
    handed = route(done, project.receivers)
    later = [path for path in found.files if path in project.receivers]
    done.update(zip(later, counted(_checked(later, task, problems, settings, cache, jobs,
                                            time_limit, lost, received=handed,
                                            sources=sources))))
    for path in found.files:
        result = done[path]
        yield replace(result, builds=()) if result.builds else result


def _project(files: list[Path], problems: dict, settings: Settings, cache: Cache | None
             ) -> tuple[Any, dict[Path, tuple[os.stat_result | None, bytes | None]]]:
    """The project stage's plan, from the text facts of the checked Python files (the
    cache's index keeps them for unchanged files), and what was learnt of each file on the
    way, by path, so that none is read or looked at twice: (its stat, its bytes if the
    prefilter lets it through, else None), or (its stat, `_UNREAD`) for a file whose facts
    came from the cache."""
    from lstmcheck.lint.project import Plan, called_names, plan, text_facts, well_formed

    facts, sources = {}, {}
    for path in files:
        if not _is_python_module(path) or (problems and path in problems):
            continue
        name = shown(path)
        info, known = cache.text_facts(name, path) if cache is not None else (None, None)
        if well_formed(known):
            sources[path] = (info, _UNREAD)
        else:
            try:
                source = _read(path, settings)
            except _Unreadable:
                continue
            if source is None:
                continue
            # kept for the parse only where the prefilter lets it through: the bytes of a tree's
            # other files are not held (None: read, and not worth a parse unless asked for calls)
            worth = _may_need_parsing(source, name)
            sources[path] = (info, source if worth else None)
            known = text_facts(source, worth)
            if cache is not None:
                cache.remember_facts(name, info, known)
        facts[path] = known
    if len(facts) < 2:
        return Plan({}, frozenset()), sources

    def calls_of(path: Path) -> frozenset[str]:
        """The names a file calls, read again (only files whose imports name a module that
        defines a layer's class are asked)."""
        kept = sources.get(path)
        source = kept[1] if kept is not None and isinstance(kept[1], bytes) else None
        if source is None:
            try:
                source = _read(path, settings)
            except _Unreadable:
                return frozenset()
        return called_names(source) if source is not None else frozenset()

    return plan(facts, calls_of), sources


# In what the project stage learnt of a file: its facts came from the cache, its bytes were
# not read (the triage asks the index with the stat taken then).
_UNREAD = "unread"


def _checked(files: list[Path], task: Callable[..., FileResult], problems: dict,
             settings: Settings, cache: Cache | None, jobs: int | None,
             time_limit: float | None, lost: Callable[[Path, str], FileResult],
             wanted: dict[Path, frozenset[str]] | None = None,
             received: dict[Path, tuple[BuildSite, ...]] | None = None,
             sources: dict[Path, tuple[os.stat_result | None, bytes]] | None = None,
             ) -> Iterator[FileResult]:
    """Each file's result, in order: what needs no parse here, the rest in the workers."""
    wanted = wanted or {}
    received = received or {}
    sources = sources or {}
    nothing: frozenset[str] = frozenset()

    def job(path: Path) -> FileResult:
        return task(path, wanted.get(path, nothing) if wanted else nothing,
                    received.get(path, ()) if received else ())

    # Here, what needs no parse: reading, the prefilter, the cache. Only the files left go to
    # the workers, as paths: a tree where few files name a layer costs few messages. (An
    # empty dict is not asked: a path's hash is a Python call.)
    if not (problems or wanted or received):
        known = [_triage(path, settings, cache, read=sources.get(path)) for path in files]
    else:
        known = [job(path) if path in problems else
                 _triage(path, settings, cache, wanted.get(path, nothing),
                         received.get(path, ()), path in wanted or path in received,
                         _already_read(sources.get(path), path in wanted))
                 for path in files]
    if cache is not None:
        cache.save_index()
    left = [path for path, result in zip(files, known) if result is None]
    parsed: Iterator[FileResult] = iter(())
    if left:
        from lstmcheck.lint.workers import default_jobs, supervise

        workers = jobs if jobs is not None else default_jobs()
        workers = max(1, min(workers, -(-len(left) // _FILES_PER_WORKER)))
        parsed = supervise(job, left, workers, time_limit, lost)
    try:
        for result in known:
            yield result if result is not None else next(parsed)
    finally:
        close = getattr(parsed, "close", None)
        if close is not None:
            close()  # stops the workers at once when the caller stops early


def _already_read(read: tuple[os.stat_result | None, bytes | None] | None, asked: bool
                  ) -> tuple[os.stat_result | None, bytes | None] | None:
    """What the project stage read of a file, for the triage: None (read it again) when the
    stage kept no bytes of a file it now asks for calls."""
    if read is not None and read[1] is None and asked:
        return None
    return read


def _triage(path: Path, settings: Settings, cache: Cache | None,
            wanted: frozenset[str] = frozenset(), received: tuple[BuildSite, ...] = (),
            project: bool = False, read: tuple[os.stat_result | None, bytes] | None = None
            ) -> FileResult | None:
    """A file's result when it needs no parse (unreadable, skipped by the prefilter, in the
    cache), else None. A file the cache's index knows unchanged is not even read, unless
    the project stage has a part in its inputs (`project`: the index knows only its bytes);
    `read`: (its stat, then its bytes) when the project stage read it already, or (its stat,
    `_UNREAD`) when the stage took only its stat."""
    name = shown(path)
    info = None
    taken = read[0] if read is not None else None  # the stat the project stage took
    if read is not None and read[1] is _UNREAD:  # its facts came from the cache
        read = None
    if cache is not None and not project:
        info, known = cache.unchanged(name, path, taken)
        if known == cache.SKIPPED:
            return FileResult(path=name, skipped=True)
        if known is not None:
            result = cache.get(known)
            if result is not None:
                return result
    if read is not None:  # by the project stage, after `read[0]` was taken
        info, source = read
    else:
        try:
            source = _read(path, settings)
        except _Unreadable as exc:
            return _problem(name, str(exc), settings)
    if source is None or not (wanted or _may_need_parsing(source, name)):
        if cache is not None and not project:
            cache.remember(name, info, cache.SKIPPED)
        return FileResult(path=name, skipped=True)
    if cache is not None:
        modules = imported_key(name, source)  # config.py's text is part of model.py's inputs
        key = cache.key(name, source, _project_key(wanted, received) + modules)
        if not project and not modules:  # the index knows this file's bytes, not config.py's
            cache.remember(name, info, key)
        return cache.get(key)
    return None


def relabel(result: FileResult, name: str) -> FileResult:
    """Report a result under another name (standard input read with --stdin-filename)."""
    def moved(finding: Finding) -> Finding:
        related = tuple(replace(r, path=name) if r.path == finding.path else r
                        for r in finding.related)
        return replace(finding, path=name, related=related)

    return replace(result, path=name, findings=tuple(map(moved, result.findings)),
                   layers=tuple(replace(layer, path=name) for layer in result.layers))
