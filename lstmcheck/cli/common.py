"""What every command shares: exit codes, the one-line usage error, plain-terminal detection
and writing a report file without ever leaving half of one."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, TextIO

import typer

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def fail(message: str) -> "typer.Exit":
    """Print one line on stderr and leave with status 2."""
    sys.stderr.write(f"lstmcheck: error: {message}\n")
    return typer.Exit(EXIT_USAGE)


def plain_terminal() -> bool:
    """TERM=dumb (Emacs shells, some CI logs): no colour, no boxes, unless FORCE_COLOR."""
    return os.environ.get("TERM") == "dumb" and not os.environ.get("FORCE_COLOR")


@contextmanager
def output_stream(path: str | None) -> Iterator[TextIO]:
    """Standard output, or `path` written atomically: a temporary file beside it is renamed
    over it only once the report is complete, so an interrupted run leaves the old file."""
    if path is None:
        yield sys.stdout
        return
    import tempfile

    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise fail(f"--output-file {path}: directory {directory} does not exist")
    if target.is_dir():
        raise fail(f"--output-file {path}: is a directory")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                             dir=directory)
    except OSError as exc:
        raise fail(f"--output-file {path}: {exc.strerror or exc}") from None
    colour = os.environ.get("NO_COLOR")
    os.environ["NO_COLOR"] = "1"  # a report file holds no colour codes, even with FORCE_COLOR
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    finally:
        if colour is None:
            os.environ.pop("NO_COLOR", None)
        else:
            os.environ["NO_COLOR"] = colour
