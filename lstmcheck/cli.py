"""The command line: read flags, call the API, print, choose the exit code.

Exit status: 0 nothing to report, 1 findings, 2 a usage error or nothing could be checked.
Each command imports what it needs inside its body, so `lstmcheck shape` never pays for
libcst or torch.
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import List, Optional

import typer

from lstmcheck import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="lstmcheck",
    help="Shapes and static checks for torch.nn.LSTM, GRU, RNN and their cells.",
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def fail(message: str) -> "typer.Exit":
    """Print one line on stderr and leave with status 2."""
    sys.stderr.write(f"lstmcheck: error: {message}\n")
    return typer.Exit(EXIT_USAGE)


class Mode(str, Enum):
    lstm = "lstm"
    gru = "gru"
    rnn = "rnn"
    lstm_cell = "lstm-cell"
    gru_cell = "gru-cell"
    rnn_cell = "rnn-cell"


def _version(value: bool) -> None:
    if value:
        print(f"lstmcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Shapes and static checks for torch.nn.LSTM, GRU, RNN and their cells."""


@app.command(context_settings={"help_option_names": ["-h", "--help"]})
def shape(
    expression: Optional[str] = typer.Argument(
        None, help="A constructor as in your code, e.g. 'nn.LSTM(10, 20, bidirectional=True)'. "
        "Parsed, never run."),
    mode: Optional[Mode] = typer.Option(None, "--mode", "-m", help="The layer (default lstm)."),
    input_size: Optional[int] = typer.Option(None, "--input-size", "-i", help="input_size (H_in)."),
    hidden_size: Optional[int] = typer.Option(None, "--hidden-size", "-H",
                                              help="hidden_size (H_cell); required without an expression."),
    num_layers: Optional[int] = typer.Option(None, "--num-layers", "-L", help="num_layers (default 1)."),
    bias: Optional[bool] = typer.Option(None, "--bias/--no-bias", help="bias (default on)."),
    batch_first: Optional[bool] = typer.Option(None, "--batch-first/--no-batch-first",
                                               help="batch_first (default off)."),
    bidirectional: Optional[bool] = typer.Option(None, "--bidirectional/--no-bidirectional",
                                                 help="bidirectional (default off)."),
    proj_size: Optional[int] = typer.Option(None, "--proj-size", help="proj_size (LSTM only)."),
    nonlinearity: Optional[str] = typer.Option(None, "--nonlinearity", help="'tanh' or 'relu' (RNN)."),
    dropout: Optional[float] = typer.Option(None, "--dropout", help="dropout between layers."),
    seq_len: Optional[int] = typer.Option(None, "--seq-len", "-T", help="Sequence length (L)."),
    batch: Optional[int] = typer.Option(None, "--batch", "-N", help="Batch size (N)."),
    unbatched: bool = typer.Option(False, "--unbatched", help="Input without a batch dimension."),
    input_shape: Optional[str] = typer.Option(
        None, "--input-shape", help="The input's shape, e.g. 7,3,10 (read per --batch-first)."),
    dtype: str = typer.Option("float32", "--dtype", help="float32, float64, float16 or bfloat16."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    verify: bool = typer.Option(False, "--verify",
                                help="Confirm every shape with torch on the meta device."),
) -> None:
    """Print the shapes a recurrent layer takes and gives, and its parameters."""
    from lstmcheck.calculator import ShapeRequest, UsageError, calculate

    request = ShapeRequest(
        expression=expression, mode=mode.value if mode else None, input_size=input_size,
        hidden_size=hidden_size, num_layers=num_layers, bias=bias, batch_first=batch_first,
        bidirectional=bidirectional, proj_size=proj_size, nonlinearity=nonlinearity,
        dropout=dropout, seq_len=seq_len, batch=batch, unbatched=unbatched,
        input_shape=input_shape, dtype=dtype,
    )
    try:
        answer = calculate(request)
    except UsageError as exc:
        raise fail(str(exc)) from None
    verified = None
    if verify:
        from lstmcheck.verify import TorchMissing, VerifyMismatch, verify_answer

        try:
            verified = verify_answer(answer)
        except TorchMissing as exc:
            raise fail(str(exc)) from None
        except VerifyMismatch as exc:
            sys.stderr.write(f"lstmcheck: error: torch disagrees: {exc}\n")
            raise typer.Exit(EXIT_FINDINGS) from None
    if as_json:
        from lstmcheck.report.shape_json import render

        print(render(answer, verified))
        return
    from lstmcheck.report.shape_text import print_answer

    print_answer(answer, sys.stdout, verified)


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


@app.command(context_settings={"help_option_names": ["-h", "--help"]})
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


@app.command()
def rules() -> None:
    """List the rules: code, name, severity and what each finds."""
    from rich.console import Console
    from rich.table import Table

    from lstmcheck.lint.rules import RULES

    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("code", "name", "severity", "what it finds"):
        table.add_column(column)
    for rule in RULES:
        table.add_row(rule.code, rule.name, rule.severity, rule.summary)
    import shutil

    Console(highlight=False, width=shutil.get_terminal_size((140, 24)).columns).print(table)


@app.command()
def rule(code: str = typer.Argument(..., help="A rule code, e.g. LC003.")) -> None:
    """Explain one rule, with an example of wrong and right code."""
    from lstmcheck.lint.rules import BY_CODE

    found = BY_CODE.get(code.strip().upper())
    if found is None:
        raise fail(f"no rule {code!r}; `lstmcheck rules` lists them")
    print(f"{found.code} {found.name} ({found.severity})\n")
    print(found.summary + "\n")
    print(found.explanation + "\n")
    print("Wrong:\n")
    print("    " + found.wrong.replace("\n", "\n    ") + "\n")
    print("Right:\n")
    print("    " + found.right.replace("\n", "\n    "))


def main() -> None:
    app()
