"""`check --fix`, `--diff`, `--fix-only`: apply the fixes findings carry, with ruff's meanings.

--fix applies the safe fixes (and the unsafe ones with --unsafe-fixes), then reports what
remains and how many were fixed; --diff prints what --fix would change and writes nothing
(exit 1 when there is something to fix); --fix-only fixes and reports nothing else;
--exit-non-zero-on-fix exits 1 whenever something was fixed. Notes on fixes left out, and
files that could not be written, go to `errors` (standard error).
"""

from __future__ import annotations

import sys
from typing import BinaryIO, TextIO

from lstmcheck.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, failing
from lstmcheck.records import FileResult, Finding, Settings


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 'es' if word.endswith('x') else 's'}"


def counted(findings: list[Finding]) -> str:
    """`3 errors`, `2 errors and 1 warning`, `1 warning`."""
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    parts = [_plural(errors, "error")] if errors or not warnings else []
    if warnings:
        parts.append(_plural(warnings, "warning"))
    return " and ".join(parts)


def summary(fixed: list[Finding], remaining: list[Finding], checked: int) -> str:
    """`Found 3 errors (2 fixed, 1 remaining).`, or that all checks passed."""
    if not fixed and not remaining:
        return f"All checks passed: {_plural(checked, 'file')} checked."
    return (f"Found {counted(fixed + remaining)} ({len(fixed)} fixed, "
            f"{len(remaining)} remaining).")


def _hidden(remaining: list[Finding], unsafe: bool) -> str | None:
    """How many remaining findings only --unsafe-fixes would fix."""
    if unsafe:
        return None
    from lstmcheck.fixes import applicable

    hidden = sum(applicable(f, unsafe=True) and not applicable(f) for f in remaining)
    if not hidden:
        return None
    return f"{_plural(hidden, 'hidden fix')} can be enabled with --unsafe-fixes."


def unified_diff(path: str, before: str, after: str) -> str:
    """What --diff prints for one file: a unified diff whose lines keep their own endings."""
    import difflib

    from lstmcheck.fixes.edits import line_starts

    def lines(text: str) -> list[str]:
        starts = line_starts(text)
        out = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)])]
        if out and out[-1] == "":
            out.pop()
        if out and not out[-1].endswith(("\n", "\r")):
            out[-1] += "\n\\ No newline at end of file\n"
        return out

    return "".join(difflib.unified_diff(lines(before), lines(after), fromfile=path, tofile=path))


def _diff_of(outcome) -> str:
    """A file's diff; a notebook's is one diff per changed cell, labelled `nb.ipynb:cell 3`."""
    cells = outcome.changed_cells()
    if not cells:
        return unified_diff(outcome.path, outcome.before, outcome.after)
    return "".join(unified_diff(f"{outcome.path}:cell {cell}", before, after)
                   for cell, before, after in cells)


def _report(results: list[FileResult], output_format: str, stream: TextIO,
            show_shapes: bool) -> None:
    if output_format == "json":
        from lstmcheck.report import json as report
    elif output_format == "github":
        from lstmcheck.report import github as report  # type: ignore[no-redef]
    else:
        from lstmcheck.report import text as report  # type: ignore[no-redef]
    report.write(results, stream, quiet=True, show_source=output_format == "text",
                 show_shapes=show_shapes)


def _from_stdin(stdin: BinaryIO | None, name: str, settings: Settings, unsafe: bool,
                errors: TextIO):
    """Standard input fixed as a file named `name`; None (after a one-line error) when its
    bytes are not text Python would read."""
    from lstmcheck.fixes.files import fix_text_of
    from lstmcheck.fixes.source import SourceError, decode

    data = (stdin if stdin is not None else sys.stdin.buffer).read()
    try:
        text, _ = decode(data)
    except SourceError as exc:
        errors.write(f"lstmcheck: error: {name}: {exc}\n")
        return None
    return fix_text_of(text, name, settings, unsafe)


def run(targets: list[str], settings: Settings, *, unsafe: bool = False, diff: bool = False,
        fix_only: bool = False, exit_non_zero_on_fix: bool = False,
        output_format: str = "text", quiet: bool = False, stream: TextIO = sys.stdout,
        errors: TextIO | None = None, stdin: BinaryIO | None = None,
        stdin_filename: str | None = None, fail_on: str = "warning") -> int:
    """Fix the files under `targets` and report; returns the exit code (0, 1 or 2).

    `-` in `targets` reads standard input: its fixed text is printed to `stream` (--diff: the
    diff), and its remaining findings and the summary go to `errors`, as ruff does.
    """
    from lstmcheck.fixes.files import FileFix, fix_file
    from lstmcheck.lint.discover import discover

    errors = errors if errors is not None else sys.stderr
    targets = list(targets)
    piped: FileFix | None = None
    if "-" in targets:
        targets.remove("-")
        piped = _from_stdin(stdin, stdin_filename or "-", settings, unsafe, errors)
        if piped is None:
            return EXIT_USAGE
    found = discover(targets, settings) if targets else None
    missing = found.missing if found else []
    for path in missing:
        errors.write(f"lstmcheck: error: {path}: no such file or directory\n")
    on_disk = [fix_file(path, settings, unsafe=unsafe, write=not diff)
               for path in (found.files if found else ())]
    outcomes = on_disk + ([piped] if piped else [])
    for outcome in outcomes:
        for note in outcome.notes:
            errors.write(f"lstmcheck: note: {note}\n")
        if outcome.error:
            errors.write(f"lstmcheck: error: {outcome.path}: {outcome.error}\n")

    fixed = [f for o in outcomes for f in o.fixed]
    changed = [o for o in outcomes if o.after != o.before]
    remaining = [f for o in outcomes for f in o.result.findings]
    # what the user reads about the run: on standard error when stdout carries the code
    said = errors if diff or (piped is not None and not on_disk) else stream
    if piped is not None:
        stream.write(_diff_of(piped) if diff else piped.after)
        if not (diff or fix_only):
            _report([piped.result], output_format, errors, settings.show_shapes)
    for outcome in changed if diff else ():
        if outcome is not piped:
            stream.write(_diff_of(outcome))
    if not (diff or fix_only):
        _report([o.result for o in on_disk], output_format, said, settings.show_shapes)
    if not quiet and (diff or fix_only or output_format in ("text", "concise")):
        if diff:
            said.write(f"Would fix {counted(fixed)}.\n" if fixed else "No fixes available.\n")
        elif fix_only:
            said.write(f"Fixed {counted(fixed)}.\n" if fixed else "No fixes applied.\n")
        else:
            said.write(summary(fixed, remaining, len(outcomes)) + "\n")
        hint = _hidden(remaining, unsafe)
        if hint:
            said.write(hint + "\n")

    if missing or any(o.error for o in outcomes) or not outcomes:
        if not outcomes and not missing and settings.force_exclude and targets:
            return EXIT_OK
        if not outcomes and not missing:
            errors.write("lstmcheck: error: no Python files found to check\n")
        return EXIT_USAGE
    if diff:
        return EXIT_FINDINGS if changed else EXIT_OK
    if exit_non_zero_on_fix and fixed:
        return EXIT_FINDINGS
    if not fix_only and failing(remaining, fail_on):
        return EXIT_FINDINGS
    return EXIT_OK
