"""Writing a file whole or not at all: a temporary file beside it, then one rename.

Shared by what lstmcheck writes for itself: cache entries, `shape --svg`, and the report of
`--output-file`, which streams into a `Replacement`. `--fix` keeps the user's file's owner and
syncs before the rename, so it has its own writer in fixes/source.py.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class Replacement:
    """A temporary file beside `path`, open for writing bytes: `commit` renames it over `path`,
    `discard` removes it. Creating one raises OSError when the directory takes no file."""

    def __init__(self, path: str | os.PathLike[str], prefix: str = ".lstmcheck-",
                 suffix: str = "") -> None:
        self.target = Path(path)
        descriptor, self.temporary = tempfile.mkstemp(dir=self.target.parent, prefix=prefix,
                                                      suffix=suffix)
        self.file = os.fdopen(descriptor, "wb")

    def commit(self, mode: int | None = None) -> None:
        """Put the written bytes in place, with `mode` (else the temporary file's 0600)."""
        self.file.close()
        if mode is not None:
            os.chmod(self.temporary, mode)
        os.replace(self.temporary, self.target)

    def discard(self) -> None:
        self.file.close()
        try:
            os.unlink(self.temporary)
        except OSError:
            pass


def new_file_mode() -> int:
    """The mode an ordinary new file gets: 0666 less the umask."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(path: str | os.PathLike[str], data: bytes, *,
                     as_new_file: bool = False) -> None:
    """Replace `path` with `data`; on any failure the old file (or none) stays. With
    `as_new_file` the file gets an ordinary new file's mode rather than 0600."""
    replacement = Replacement(path)
    try:
        replacement.file.write(data)
        replacement.commit(new_file_mode() if as_new_file else None)
    except BaseException:
        replacement.discard()
        raise
