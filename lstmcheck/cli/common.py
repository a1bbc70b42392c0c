"""What every command shares: exit codes and the one-line usage error."""

from __future__ import annotations

import sys

import typer

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def fail(message: str) -> "typer.Exit":
    """Print one line on stderr and leave with status 2."""
    sys.stderr.write(f"lstmcheck: error: {message}\n")
    return typer.Exit(EXIT_USAGE)
