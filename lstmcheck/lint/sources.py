"""Bytes -> text as Python reads a source file: a BOM, else a PEP 263 coding cookie, else
UTF-8. Nothing is guessed: bytes that are not text in the declared encoding are an error that
names the place, because a silent latin-1 guess would check code Python itself refuses."""

from __future__ import annotations

import codecs
import re

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# PEP 263: a comment on line 1 or 2 (line 2 only when line 1 is a comment or blank).
_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
_BLANK_OR_COMMENT = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)")


class SourceError(Exception):
    """The bytes cannot be read as Python source; the message says why, in one line, and
    `line` where (1 when it is the whole file)."""

    def __init__(self, message: str, line: int = 1) -> None:
        super().__init__(message)
        self.line = line


def _cookie(source: bytes) -> str | None:
    lines = source.split(b"\n", 2)[:2]
    for index, line in enumerate(lines):
        match = _COOKIE.match(line)
        if match:
            return match.group(1).decode("ascii", "replace")
        if index == 0 and not _BLANK_OR_COMMENT.match(line):
            return None
    return None


def declared_encoding(source: bytes) -> tuple[str, int]:
    """The encoding Python would use for these bytes, and how many BOM bytes to skip."""
    for bom, name in _BOMS:
        if source.startswith(bom):
            return name, len(bom)
    name = _cookie(source)
    if name is None:
        return "utf-8", 0
    try:
        return codecs.lookup(name).name, 0
    except LookupError:
        raise SourceError(f"declares the unknown encoding {name!r} in its coding comment")


def decode(source: bytes) -> str:
    """The file's text. Raises SourceError for an unknown encoding, bytes that are not text
    in it, or a NUL character (Python refuses such a file)."""
    encoding, skip = declared_encoding(source)
    try:
        text = source[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        line = source[: skip + exc.start].count(b"\n") + 1
        bad = source[skip + exc.start: skip + exc.start + 1].hex()
        hint = ("; declare the file's encoding with a `# -*- coding: ... -*-` comment"
                if encoding == "utf-8" else "")
        raise SourceError(f"is not valid {encoding} text (byte 0x{bad} on line {line})"
                          f"{hint}", line) from None
    if encoding != "utf-8":  # some codecs (utf-7, utf-16 surrogatepass) yield lone surrogates
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            line = text.count("\n", 0, exc.start) + 1
            raise SourceError(f"holds a lone surrogate on line {line} once decoded as "
                              f"{encoding}, which is not text", line) from None
    nul = text.find("\0")
    if nul != -1:
        line = text.count("\n", 0, nul) + 1
        raise SourceError(f"contains a NUL character on line {line}; Python refuses to run "
                          "such a file", line)
    return text


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def source_lines(text: str, keepends: bool = False) -> list[str]:
    """The text's lines as Python counts them: only \\n, \\r\\n and \\r end a line
    (`str.splitlines` also splits at form feeds and U+2028, which would shift every line
    number after them)."""
    lines = _LINE.findall(text)
    return lines if keepends else [line.rstrip("\r\n") for line in lines]


def needs_decoding_first(source: bytes) -> bool:
    """True when the text prefilter cannot search the raw bytes (UTF-16 and UTF-32 files)."""
    return source.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE))
