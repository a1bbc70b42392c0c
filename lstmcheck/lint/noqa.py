"""`# noqa` comments: where they are, what they name, which findings they suppress, and which
of the codes they name suppress nothing (LC100, ruff's RUF100 for lstmcheck's codes).

A finding is suppressed by a directive on its own line, on any line of the call it is about,
or on the line where the tensors meet (a flow finding's "tensors meet here" note), so that a
user can silence it where they see it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from lstmcheck.lint.sources import source_lines
from lstmcheck.records import Edit, Finding, Fix, Location, Settings

_CODES = r"(?::\s*(?P<codes>[A-Z]+\d+(?:[\s,]+[A-Z]+\d+)*))?"
_NOQA = re.compile(r"#\s*noqa" + _CODES, re.IGNORECASE)
_FILE_NOQA = re.compile(r"^\s*#\s*lstmcheck:\s*noqa" + _CODES + r"\s*$",
                        re.IGNORECASE | re.MULTILINE)
_SPLIT = re.compile(r"[\s,]+")
MEET_NOTE = "tensors meet here"


@dataclass(frozen=True)
class Directive:
    """One `# noqa` comment."""

    line: int
    codes: tuple[str, ...] | None  # None: a bare `# noqa`, all codes
    column: int  # 1-based, of the `#`
    end_column: int  # exclusive
    gap: int  # blanks before the `#`
    ends_line: bool  # nothing but blanks follows it

    def covers(self, code: str) -> bool:
        return self.codes is None or code in self.codes


def directives(text: str) -> list[Directive]:
    """Every `# noqa` directive of the text, one per line at most."""
    out = []
    for number, line in enumerate(source_lines(text), start=1):
        if "noqa" not in line.lower():
            continue
        match = _NOQA.search(line)
        if match is None:
            continue
        codes = match.group("codes")
        before = line[: match.start()]
        out.append(Directive(
            line=number,
            codes=tuple(_SPLIT.split(codes.upper())) if codes else None,
            column=match.start() + 1,
            end_column=match.end() + 1,
            gap=len(before) - len(before.rstrip()),
            ends_line=not line[match.end():].strip(),
        ))
    return out


def file_exemption(text: str) -> frozenset[str] | None:
    """The codes a file-level `# lstmcheck: noqa: LC006` exempts the whole file from, or None
    when a bare `# lstmcheck: noqa` skips the file altogether."""
    codes: set[str] = set()
    for match in _FILE_NOQA.finditer(text):
        if not match.group("codes"):
            return None
        codes.update(_SPLIT.split(match.group("codes").upper()))
    return frozenset(codes)


def suppressors(finding: Finding) -> Iterator[int]:
    """The lines on which a `# noqa` suppresses the finding."""
    yield finding.location.line
    if finding.call is not None:
        yield from range(finding.call.line, finding.call.end_line + 1)
    for note in finding.related:
        if note.path == finding.path and note.message.startswith(MEET_NOTE):
            yield note.location.line


def unused_directive_findings(
    notes: list[Directive],
    used: set[tuple[int, str]],
    path: str,
    settings: Settings,
    selected: Callable[[str, Settings], bool],
) -> Iterator[Finding]:
    """LC100 for each directive naming lstmcheck codes that suppressed nothing. A bare
    `# noqa` and other tools' codes are left alone (flake8 and ruff read them too), and so are
    codes not in force in this run (a directive for LC010 matters under --verify only)."""
    from lstmcheck.lint.rules import BY_CODE

    rule = BY_CODE["LC100"]
    for note in notes:
        if note.codes is None or "LC100" in note.codes:
            continue
        unused = [code for code in note.codes if code.startswith("LC")
                  and (note.line, code) not in used
                  and (code not in BY_CODE
                       or (selected(code, settings) and code != "LC000"
                           and (settings.verify or not BY_CODE[code].verify_only)))]
        if not unused:
            continue
        unknown = [code for code in unused if code not in BY_CODE]
        kept = [code for code in note.codes if code not in unused]
        words = ", ".join(unused)
        message = (f"unused noqa directive: {words} suppresses nothing on this line"
                   if len(unused) == 1 else
                   f"unused noqa directive: {words} suppress nothing on this line")
        if unknown:
            message += f" ({', '.join(unknown)} is not an lstmcheck rule)"
        yield Finding(
            code=rule.code, name=rule.name, severity="warning", path=path,
            location=Location(note.line, note.column, note.line, note.end_column),
            message=message, call=None, fix=_removal(note, kept),
        )


def _removal(note: Directive, kept: list[str]) -> Fix:
    """Remove the unused codes, or the whole directive when none is left. Only words when
    more of the comment follows the directive: cutting it could leave bare text behind."""
    if kept:
        description, text = f"keep `# noqa: {', '.join(kept)}`", f"# noqa: {', '.join(kept)}"
        start = note.column
    else:
        description, text, start = "remove the directive", "", note.column - note.gap
    if not note.ends_line:
        return Fix(description)
    location = Location(note.line, start, note.line, note.end_column)
    return Fix(description, (Edit(location, text),), safe=True)
