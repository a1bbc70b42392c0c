"""`lstmcheck check`: lint files, print the findings, pick the exit code."""

from __future__ import annotations

import sys
from enum import Enum
from typing import List, Optional

import typer

from lstmcheck.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, fail


class OutputFormat(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    github = "github"


def _codes(values: Optional[List[str]]) -> tuple[str, ...]:
    out: list[str] = []
    for value in values or []:
        out.extend(code.strip().upper() for code in value.split(",") if code.strip())
    return tuple(out)


def check(
    paths: Optional[List[str]] = typer.Argument(
        None, help="Files or directories to check (default: .). '-' reads standard input."),
    select: Optional[List[str]] = typer.Option(
        None, "--select", help="Only these codes or prefixes, e.g. LC001,LC005 or LC00."),
    ignore: Optional[List[str]] = typer.Option(
        None, "--ignore", help="Skip these codes or prefixes."),
    output_format: OutputFormat = typer.Option(
        OutputFormat.text, "--output-format", help="text, concise, json or github."),
    stdin_filename: Optional[str] = typer.Option(
        None, "--stdin-filename", help="The name to report for '-' (standard input)."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when something is found."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print the findings only, no summary."),
    show_shapes: bool = typer.Option(
        False, "--show-shapes", help="Also print, for every recurrent layer, the shapes it "
        "takes and gives as far as they are known."),
    verify: bool = typer.Option(
        False, "--verify", help="Confirm each finding with torch on the meta device, from "
        "literal values only; needs torch (pip install 'lstmcheck\\[verify]')."),
) -> None:
    """Lint Python files for mistakes in torch.nn.LSTM, GRU, RNN and cell constructors.

    Exit status: 0 nothing found, 1 findings, 2 usage error or nothing could be checked.
    """
    from lstmcheck.lint.engine import check_paths, check_source, relabel
    from lstmcheck.lint.rules import BY_CODE
    from lstmcheck.records import Settings

    codes = _codes(select) + _codes(ignore)
    unknown = [c for c in codes if not any(rule.startswith(c) for rule in BY_CODE)]
    if unknown:
        raise fail(f"unknown rule code {unknown[0]!r}; `lstmcheck rules` lists them")
    if verify:
        import importlib.util

        from lstmcheck.verify import INSTALL_HINT

        if importlib.util.find_spec("torch") is None:
            raise fail(INSTALL_HINT)
    settings = Settings(select=_codes(select), ignore=_codes(ignore), show_shapes=show_shapes,
                        verify=verify)
    targets = list(paths or ["."])
    results, missing = [], []
    from lstmcheck.verify import TorchMissing

    try:
        if "-" in targets:
            targets.remove("-")
            name = stdin_filename or "-"
            results.append(relabel(check_source(sys.stdin.buffer.read(), name, settings), name))
        for item in check_paths(targets, settings) if targets else ():
            if isinstance(item, str):
                missing.append(item)
                sys.stderr.write(f"lstmcheck: error: {item}: no such file or directory\n")
            else:
                results.append(item)
    except TorchMissing as exc:
        raise fail(str(exc)) from None

    fmt = output_format.value
    if fmt == "json":
        from lstmcheck.report import json as report
    elif fmt == "github":
        from lstmcheck.report import github as report  # type: ignore[no-redef]
    else:
        from lstmcheck.report import text as report  # type: ignore[no-redef]
    report.write(results, sys.stdout, quiet=quiet, show_source=fmt == "text",
                 show_shapes=show_shapes)

    if missing or not results:
        if not results and not missing:
            sys.stderr.write("lstmcheck: error: no Python files found to check\n")
        raise typer.Exit(EXIT_USAGE)
    found = any(r.findings for r in results)
    raise typer.Exit(EXIT_FINDINGS if found and not exit_zero else EXIT_OK)
