"""Read a Python file as the text Python sees, and write a fixed text back without losing work.

Reading keeps what writing must restore: the encoding (a PEP 263 cookie, a UTF-8 BOM) and the
bytes themselves; newlines are not translated, so CRLF stays CRLF and the final newline stays
as it was. Writing goes to a temporary file in the same directory, flushed to disk and then
renamed over the original (`os.replace` is atomic), with the original's mode (and owner,
where the user may set it): a reader or a second `lstmcheck --fix` sees the old file or the
new one, never half of one. Nothing is written when nothing changes, or when the file
changed since it was read.
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path


class SourceError(Exception):
    """A file that cannot be fixed, worded for a one-line note."""


class Changed(SourceError):
    """The file on disk is no longer the one that was read: nothing was written."""


@dataclass(frozen=True)
class Source:
    path: Path
    data: bytes  # as read: what must still be on disk when the fix is written
    encoding: str  # "utf-8-sig" when the file starts with a BOM
    text: str

    def encode(self, text: str) -> bytes:
        try:
            return text.encode(self.encoding)
        except UnicodeEncodeError as exc:
            raise SourceError(f"the fixed text cannot be written in {self.encoding} ({exc.reason})") from None


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) as Python reads a source file: BOM, then a coding cookie, else UTF-8."""
    import tokenize

    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        raise SourceError(f"cannot tell the file's encoding ({exc.msg})") from None
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise SourceError(f"the file is not valid {encoding} ({exc})") from None


def read(path: Path) -> Source:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read this file: {exc.strerror or exc}") from None
    text, encoding = decode(data)
    return Source(path, data, encoding, text)


def write(source: Source, text: str) -> bool:
    """Write `text` over `source.path` atomically; False when there was nothing to write.

    Raises SourceError, leaving the file as it was, when it cannot be written or has changed
    since it was read (another process fixed or edited it first)."""
    data = source.encode(text)
    if data == source.data:
        return False
    target = Path(os.path.realpath(source.path))  # a symlink stays a link to the fixed file
    try:
        status = os.stat(target)
        mode = stat.S_IMODE(status.st_mode)
        if not os.access(target, os.W_OK):
            raise SourceError("cannot write this file: permission denied")
        if target.read_bytes() != source.data:
            raise Changed("the file changed while it was being fixed; left as it is")
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                                 suffix=".lstmcheck")
    except OSError as exc:
        raise SourceError(f"cannot write this file: {exc.strerror or exc}") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        if hasattr(os, "chown"):
            try:  # keep the owner when fixing someone else's file as root
                os.chown(temporary, status.st_uid, status.st_gid)
            except OSError:
                pass
        os.replace(temporary, target)
    except BaseException as exc:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise SourceError(f"cannot write this file: {exc.strerror or exc}") from None
        raise
    return True
