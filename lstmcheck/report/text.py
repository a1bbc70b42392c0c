"""`--output-format text` (default): ruff's layout, `path:line:col: CODE message`, then the
source line with a caret under the span, then a one-line summary."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from lstmcheck.records import FileResult, Finding, LayerShapes, Verdict

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


def _caret(finding: Finding, line: str) -> str:
    loc = finding.location
    start = max(loc.column - 1, 0)
    end = loc.end_column - 1 if loc.end_line == loc.line else len(line.rstrip())
    width = max(end - start, 1)
    prefix = "".join(ch if ch == "\t" else " " for ch in line[:start])
    return prefix + "^" * width


def format_finding(finding: Finding, result: FileResult, style: _Style, show_source: bool) -> str:
    loc = finding.location
    color = _RED if finding.severity == "error" else _YELLOW
    head = (f"{style(_BOLD, finding.path)}:{loc.line}:{loc.column}: "
            f"{style(_BOLD + color, finding.code)} {finding.message}")
    verdict = finding.verify
    if verdict is not None:
        if not show_source:
            return head + f" [{style(_verdict_color(verdict.status), verdict.status)}]"
        head += "\n  = " + style(_verdict_color(verdict.status), verdict_text(verdict))
        if verdict.ran:
            head += "\n  = " + style(_DIM, f"tried: {verdict.ran}")
    line = result.snippet(loc.line, finding.cell)
    if not show_source or line is None:
        return head
    gutter = " " * len(str(loc.line))
    return "\n".join((
        head,
        style(_DIM, f"{gutter} |"),
        f"{style(_DIM, f'{loc.line} |')} {line}",
        f"{style(_DIM, f'{gutter} |')} {style(color, _caret(finding, line))}",
        "",
    ))


def format_layer(layer: LayerShapes, style: _Style) -> str:
    """--show-shapes: the layer's place and call, then one aligned row per tensor."""
    loc = layer.location
    lines = [f"{style(_BOLD, layer.path)}:{loc.line}:{loc.column}: {layer.call}"]
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
        for finding in result.findings:
            stream.write(format_finding(finding, result, style, show_source) + "\n")
        for layer in result.layers:
            stream.write(format_layer(layer, style) + "\n")
    if not quiet and results:
        stream.write(summary(results) + "\n")
