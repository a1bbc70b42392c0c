"""Writing a file whole or not at all: a temporary file beside it, then one rename.

Shared by what lstmcheck writes for itself (cache entries, `shape --svg`); `--fix` keeps the
user's file's owner and syncs before the rename, so it has its own writer in fixes/source.py,
and `--output-file` streams the report through cli/common.output_stream.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], data: bytes, *,
                     as_new_file: bool = False) -> None:
    """Replace `path` with `data`; on any failure the old file (or none) stays. With
    `as_new_file` the file gets an ordinary new file's mode (0666 less the umask) rather than
    the temporary file's 0600."""
    target = Path(path)
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=".lstmcheck-")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        if as_new_file:
            mask = os.umask(0o022)
            os.umask(mask)
            os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
