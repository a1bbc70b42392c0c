"""`--output-format text` (default): ruff's layout with the severity, as mypy and rustc write
it (`path:line:col: warning: CODE message`), then the source line with carets under the span, each related place as a `note:` with its own line
(rustc's secondary spans), torch's verdict, the fix as `help:`, then a one-line summary.
`concise` is the first line of each finding alone."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from lstmcheck.records import FileResult, Finding, LayerShapes, Location, Verdict

_RED, _YELLOW, _GREEN, _BOLD, _DIM, _RESET = (
    "\033[31m", "\033[33m", "\033[32m", "\033[1m", "\033[2m", "\033[0m")


def use_color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


class _Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if self.color else text


# A line longer than this is shown as a window around the caret.
_LONGEST = 200
_CONTEXT = 80  # characters kept before the span in such a window


def where(path: str, line: int, column: int, cell: int | None) -> str:
    """`path:line:col`, or `model.ipynb:cell 3:2:5` within a notebook cell."""
    return f"{path}:cell {cell}:{line}:{column}" if cell is not None else f"{path}:{line}:{column}"


def fixable(finding: Finding) -> bool:
    """What --fix would apply: edits that keep behaviour (ruff's `[*]`)."""
    from lstmcheck.fixes import applicable

    return applicable(finding)


def _span(location: Location, line: str) -> tuple[int, int]:
    """0-based [start, end) of the span on its first line. An empty span at column 1 stands
    for the whole line (a place known only by its line): it underlines the code on it."""
    if location.column == 1 and location.end_line == location.line and location.end_column <= 1:
        code = _without_comment(line).rstrip()
        return len(code) - len(code.lstrip()), max(len(code), 1)
    start = max(location.column - 1, 0)
    end = location.end_column - 1 if location.end_line == location.line else len(line.rstrip())
    return start, max(end, start + 1)


def _without_comment(line: str) -> str:
    """The line up to a trailing comment, when it tokenizes on its own."""
    import io
    import tokenize

    try:
        for token in tokenize.generate_tokens(io.StringIO(line).readline):
            if token.type == tokenize.COMMENT:
                return line[:token.start[1]]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return line


def _window(line: str, start: int, end: int) -> tuple[str, int, int]:
    """The line cut around the span when it is too long to read, and the span within it."""
    if len(line) <= _LONGEST:
        return line, start, end
    first = max(start - _CONTEXT, 0)
    last = first + _LONGEST
    shown = ("..." if first else "") + line[first:last] + ("..." if last < len(line) else "")
    shift = (3 if first else 0) - first
    return shown, start + shift, min(end + shift, len(shown))


def _excerpt(location: Location, line: str, style: _Style, color: str) -> list[str]:
    """The gutter, the source line and carets under the span (ruff's and rustc's layout)."""
    start, end = _span(location, line)
    shown, start, end = _window(line, start, end)
    gutter = " " * len(str(location.line))
    prefix = "".join(ch if ch == "\t" else " " for ch in shown[:start])
    return [
        style(_DIM, f"{gutter} |"),
        f"{style(_DIM, f'{location.line} |')} {shown}",
        f"{style(_DIM, f'{gutter} |')} {style(color, prefix + '^' * (end - start))}",
    ]


def format_finding(finding: Finding, result: FileResult, style: _Style, show_source: bool,
                   shown: set | None = None) -> str:
    """One finding: its line; with source, the code under it, each note with its code, the
    verdict under --verify and the fix as `help:`. `shown` holds the spans already printed
    with their source for this file: a span is shown once however many findings it has, and
    a second finding elsewhere on the line gets the line again with its own carets."""
    loc = finding.location
    color = _RED if finding.severity == "error" else _YELLOW
    mark = " [*]" if fixable(finding) else ""
    place = style(_BOLD, where(finding.path, loc.line, loc.column, finding.cell))
    code = style(_BOLD + color, finding.code)
    verdict = finding.verify
    if not show_source:
        tail = f" [{style(_verdict_color(verdict.status), verdict.status)}]" if verdict else ""
        return f"{place}: {finding.severity}: {code}{mark} {finding.message}{tail}"
    severity = style(color, finding.severity)  # readable without colour: CI logs, NO_COLOR
    lines = [f"{place}: {severity}: {code}{mark} {finding.message}"]
    source = result.snippet(loc.line, finding.cell)
    key = (finding.cell, loc.line, loc.column, loc.end_line, loc.end_column)
    if source is not None and (shown is None or key not in shown):
        lines += _excerpt(loc, source, style, color)
        if shown is not None:
            shown.add(key)
    for related in finding.related:
        lines.append(f"{style(_BOLD, 'note')}: {related.message}")
        rloc = related.location
        lines.append(style(_DIM, "  --> ") + where(related.path, rloc.line, rloc.column, related.cell))
        text = result.snippet(rloc.line, related.cell) if related.path == finding.path else None
        if text is not None:
            lines += _excerpt(rloc, text, style, _DIM)
    if verdict is not None:
        lines.append("  = " + style(_verdict_color(verdict.status), verdict_text(verdict)))
        if verdict.ran:
            lines.append("  = " + style(_DIM, f"tried: {verdict.ran}"))
    if finding.fix is not None:
        lines.append(f"  = {style(_BOLD, 'help')}: {finding.fix.description}")
    return "\n".join(lines) + "\n"


def format_layer(layer: LayerShapes, style: _Style) -> str:
    """--show-shapes: the layer's place and call, then one aligned row per tensor."""
    loc = layer.location
    place = where(layer.path, loc.line, loc.column, layer.cell)
    lines = [f"{style(_BOLD, place)}: {layer.call}"]
    if layer.note:
        lines.append(f"    {layer.note}")
    width = max((len(name) for name, _ in layer.shapes), default=0)
    lines.extend(f"    {name.ljust(width)}  {shape}" for name, shape in layer.shapes)
    return "\n".join(lines) + "\n"


def _verdict_color(status: str) -> str:
    return {"confirmed": _GREEN, "refuted": _RED}.get(status, _DIM)


def verdict_text(verdict: Verdict) -> str:
    """`confirmed by torch 2.13.0: RuntimeError: ...`, or why it could not be checked."""
    message = verdict.message or ""
    if "\n" in message:  # torch's overload listings run over many lines: the first says it
        message = message.split("\n", 1)[0] + " ..."
    said = f"{verdict.exception}: {message}" if verdict.exception else message
    if verdict.status == "confirmed":
        return f"confirmed by torch {verdict.torch_version}: {said}"
    if verdict.status == "refuted":
        return (f"REFUTED by torch {verdict.torch_version}: {said}. This is a bug in lstmcheck; "
                "please report it")
    return f"unverifiable: {said}"


def summary(results: list[FileResult]) -> str:
    findings = [f for r in results for f in r.findings]
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    files = sum(1 for r in results if r.findings)
    if not findings:
        return f"All checks passed: {len(results)} file{'s' if len(results) != 1 else ''} checked."
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    return f"Found {' and '.join(parts)} in {files} file{'s' if files != 1 else ''}."


def write(results: list[FileResult], stream: TextIO = sys.stdout, *, quiet: bool = False,
          show_source: bool = True, **_: object) -> None:
    style = _Style(use_color(stream))
    for result in results:
        shown: set = set()
        for finding in result.findings:
            stream.write(format_finding(finding, result, style, show_source, shown) + "\n")
        for layer in result.layers:
            stream.write(format_layer(layer, style) + "\n")
    if not quiet and results:
        stream.write(summary(results) + "\n")
