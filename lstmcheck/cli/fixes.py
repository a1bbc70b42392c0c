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

from lstmcheck.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE
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


def run(targets: list[str], settings: Settings, *, unsafe: bool = False, diff: bool = False,
        fix_only: bool = False, exit_non_zero_on_fix: bool = False,
        output_format: str = "text", quiet: bool = False, stream: TextIO = sys.stdout,
        errors: TextIO | None = None, stdin: BinaryIO | None = None,
        stdin_filename: str | None = None) -> int:
    """Fix the files under `targets` and report; returns the exit code (0, 1 or 2).

    `-` in `targets` reads standard input: its fixed text is printed to `stream` (--diff: the
    diff), and its remaining findings go to `errors`, as ruff does.
    """
    from lstmcheck.fixes.files import FileFix, fix_file, fix_text_of
    from lstmcheck.lint.discover import discover

    errors = errors if errors is not None else sys.stderr
    diff_mode = diff
    fix_only = fix_only or diff  # --diff reports nothing but the diff
    outcomes: list[FileFix] = []
    failed = False
    targets = list(targets)
    piped: FileFix | None = None
    if "-" in targets:
        targets.remove("-")
        from lstmcheck.fixes.source import SourceError, decode

        name = stdin_filename or "-"
        data = (stdin if stdin is not None else sys.stdin.buffer).read()
        try:
            text, _ = decode(data)
        except SourceError as exc:
            errors.write(f"lstmcheck: error: {name}: {exc}\n")
            return EXIT_USAGE
        piped = fix_text_of(text, name, settings, unsafe)
        outcomes.append(piped)
    found = discover(targets) if targets else None
    for missing in found.missing if found else ():
        errors.write(f"lstmcheck: error: {missing}: no such file or directory\n")
    for path in found.files if found else ():
        outcomes.append(fix_file(path, settings, unsafe=unsafe, write=not diff_mode))

    for outcome in outcomes:
        for note in outcome.notes:
            errors.write(f"lstmcheck: note: {note}\n")
        if outcome.error:
            failed = True
            errors.write(f"lstmcheck: error: {outcome.path}: {outcome.error}\n")

    fixed = [f for o in outcomes for f in o.fixed]
    changed = [o for o in outcomes if o.after != o.before]
    remaining_results = [o.result for o in outcomes if o is not piped]
    remaining = [f for r in remaining_results for f in r.findings]
    if piped is not None:
        if diff_mode:
            stream.write(unified_diff(piped.path, piped.before, piped.after))
        else:
            stream.write(piped.after)
            if not fix_only:
                _report([piped.result], output_format, errors, settings.show_shapes)
        remaining += list(piped.result.findings)

    if diff_mode:
        for outcome in changed:
            if outcome is not piped:
                stream.write(unified_diff(outcome.path, outcome.before, outcome.after))
        if not quiet:
            errors.write(f"Would fix {counted(fixed)}.\n" if fixed else "No fixes available.\n")
    elif fix_only:
        if not quiet:
            summary_stream = errors if piped is not None else stream
            summary_stream.write(f"Fixed {counted(fixed)}.\n" if fixed else "No fixes applied.\n")
    else:
        out = errors if piped is not None and not remaining_results else stream
        _report(remaining_results, output_format, out, settings.show_shapes)
        if not quiet and output_format in ("text", "concise"):
            out.write(summary(fixed, remaining, len(outcomes)) + "\n")
    hint = _hidden(remaining, unsafe)
    if hint and not quiet and output_format in ("text", "concise"):
        (errors if diff_mode or piped is not None else stream).write(hint + "\n")

    if failed or (found is not None and found.missing) or not outcomes:
        if not outcomes and not (found and found.missing):
            errors.write("lstmcheck: error: no Python files found to check\n")
        return EXIT_USAGE
    if diff_mode:
        return EXIT_FINDINGS if changed else EXIT_OK
    if exit_non_zero_on_fix and fixed:
        return EXIT_FINDINGS
    if not fix_only and remaining:
        return EXIT_FINDINGS
    return EXIT_OK
