"""What every command shares: exit codes, the one-line usage error, plain-terminal detection
and writing a report file without ever leaving half of one."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, TextIO

import typer

if TYPE_CHECKING:
    from lstmcheck.records import Finding

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def fail(message: str) -> "typer.Exit":
    """Print one line on stderr and leave with status 2."""
    sys.stderr.write(f"lstmcheck: error: {message}\n")
    return typer.Exit(EXIT_USAGE)


def plain_terminal() -> bool:
    """TERM=dumb (Emacs shells, some CI logs): no colour, no boxes, unless FORCE_COLOR."""
    return os.environ.get("TERM") == "dumb" and not os.environ.get("FORCE_COLOR")


# The width under which rich's help boxes cut option names short (`--respect-gitig…`).
RICH_HELP_WIDTH = 120


def narrow_terminal() -> bool:
    """Help would be narrower than rich's boxes need: COLUMNS, else the terminal's width, else
    the 80 columns rich draws at when the output is piped (`check --help | less`)."""
    import shutil

    return shutil.get_terminal_size((80, 24)).columns < RICH_HELP_WIDTH


def failing(findings: "Iterable[Finding]", fail_on: str) -> bool:
    """Whether `findings` hold one that fails the run under --fail-on (warning or error)."""
    return any(fail_on == "warning" or f.severity == "error" for f in findings)


def rich_help() -> bool:
    """Help is drawn by rich (boxes, markup), not click's plain text: brackets in help texts are
    then markup and need a backslash, which plain help would print as it is."""
    return not (plain_terminal() or narrow_terminal())


def help_brackets(text: str) -> str:
    """`text` with its `[` shown as `[` in whichever help is drawn."""
    return text.replace("[", "\\[") if rich_help() else text


@contextmanager
def output_stream(path: str | None) -> Iterator[TextIO]:
    """Standard output, or `path` written atomically: a temporary file beside it is renamed
    over it only once the report is complete, so an interrupted run leaves the old file."""
    if path is None:
        yield sys.stdout
        return
    import io

    from lstmcheck.atomic import Replacement, new_file_mode

    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise fail(f"--output-file {path}: directory {directory} does not exist")
    if target.is_dir():
        raise fail(f"--output-file {path}: is a directory")
    try:
        replacement = Replacement(target, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise fail(f"--output-file {path}: {exc.strerror or exc}") from None
    colour = os.environ.get("NO_COLOR")
    os.environ["NO_COLOR"] = "1"  # a report file holds no colour codes, even with FORCE_COLOR
    try:
        with io.TextIOWrapper(replacement.file, encoding="utf-8", newline="") as stream:
            yield stream
        replacement.commit(target.stat().st_mode & 0o777 if target.exists()
                           else new_file_mode())
    except BaseException:
        replacement.discard()
        raise
    finally:
        if colour is None:
            os.environ.pop("NO_COLOR", None)
        else:
            os.environ["NO_COLOR"] = colour
