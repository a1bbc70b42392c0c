"""The command line: one Typer app; each command lives in a module of its own.

Exit status: 0 nothing to report, 1 findings, 2 a usage error or nothing could be checked.
Each command imports what it needs inside its body, so `lstmcheck shape` never pays for
libcst or torch.
"""

from __future__ import annotations

import typer

from lstmcheck import __version__
from lstmcheck.cli import check as check_command
from lstmcheck.cli import rules as rules_command
from lstmcheck.cli import shape as shape_command
from lstmcheck.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, fail  # noqa: F401

app = typer.Typer(
    name="lstmcheck",
    help="Shapes and static checks for torch.nn.LSTM, GRU, RNN and their cells.",
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


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


_COMMAND = {"help_option_names": ["-h", "--help"]}
app.command(name="shape", context_settings=_COMMAND)(shape_command.shape)
app.command(name="check", context_settings=_COMMAND)(check_command.check)
app.command(name="rules")(rules_command.rules)
app.command(name="rule")(rules_command.rule)
app.command(name="explain", context_settings=_COMMAND)(shape_command.explain)


def main() -> None:
    app()
