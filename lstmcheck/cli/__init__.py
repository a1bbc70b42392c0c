"""The command line: one Typer app; each command lives in a module of its own.

Exit status: 0 nothing to report, 1 findings, 2 a usage error or nothing could be checked.
Each command imports what it needs inside its body, so `lstmcheck shape` never pays for
libcst or torch. A usage error is one line on stderr (`lstmcheck: error: ...`), as ruff's.
"""

from __future__ import annotations

import sys

import typer

from lstmcheck import __version__
from lstmcheck.cli import check as check_command
from lstmcheck.cli import rules as rules_command
from lstmcheck.cli import shape as shape_command
from lstmcheck.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, fail  # noqa: F401
from lstmcheck.cli.common import plain_terminal, rich_help

app = typer.Typer(
    name="lstmcheck",
    help="Shapes and static checks for PyTorch's recurrent layers: nn.LSTM, nn.GRU, nn.RNN and "
    "their cells, which read a sequence one step at a time and carry a hidden state from step "
    "to step. New to them? `lstmcheck explain` says what each layer and size is for.",
    add_completion=True,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    # TERM=dumb, or a terminal too narrow for rich's boxes to show whole option names
    # (`--respect-gitig…` at 80 columns): click's plain help, as ruff's
    **({} if rich_help() else {"rich_markup_mode": None}),
)


def _version(value: bool) -> None:
    if value:
        print(f"lstmcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Shapes and static checks for torch.nn.LSTM, GRU, RNN and their cells."""


_COMMAND = {"help_option_names": ["-h", "--help"]}
app.command(name="shape", context_settings=_COMMAND)(shape_command.shape)
app.command(name="check", context_settings=_COMMAND)(check_command.check)
app.command(name="rules")(rules_command.rules)
app.command(name="rule")(rules_command.rule)
app.command(name="explain", context_settings=_COMMAND)(shape_command.explain)

_COMMANDS = tuple(command.name for command in app.registered_commands)


def _click_errors() -> tuple[type, type]:
    """(UsageError, NoArgsIsHelpError) of the click Typer runs on: its own copy since 0.22."""
    try:
        from typer._click.exceptions import NoArgsIsHelpError, UsageError
    except ImportError:  # an older typer on the click package
        from click.exceptions import NoArgsIsHelpError, UsageError  # type: ignore[no-redef]
    return UsageError, NoArgsIsHelpError


def _command_path(ctx) -> str:
    """`lstmcheck check` for the help to read, also when click's error carries no subcommand
    context (an option missing its value, `check --ignore`)."""
    path = ctx.command_path if ctx is not None else "lstmcheck"
    if path == "lstmcheck" and len(sys.argv) > 1 and sys.argv[1] in _COMMANDS:
        return f"lstmcheck {sys.argv[1]}"
    return path


def main() -> None:
    """Run the app; a usage error is one line and exit 2 instead of click's boxed message."""
    if plain_terminal():
        import os

        os.environ.setdefault("NO_COLOR", "1")  # the reports' colour follows NO_COLOR
    try:
        code = app(prog_name="lstmcheck", standalone_mode=False)
    except Exception as exc:
        usage_error, no_args = _click_errors()
        if isinstance(exc, no_args):
            print(exc.format_message())
            sys.exit(EXIT_USAGE)
        if not isinstance(exc, usage_error):
            raise
        # typer words a bad choice "Value error, 'xml' is not one of ..."; the cause alone reads
        message = " ".join(exc.format_message().split()).replace("Value error, ", "")
        command = _command_path(exc.ctx)
        sys.stderr.write(f"lstmcheck: error: {message} (see `{command} --help`)\n")
        sys.exit(EXIT_USAGE)
    sys.exit(code if isinstance(code, int) else EXIT_OK)
