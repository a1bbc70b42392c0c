"""Fix one file on disk (or only say how, for --diff): read it as Python would, fix its text,
write it back atomically, and check what remains.

A file another process changes while it is being fixed is read and fixed again (a few
times at most), so two `lstmcheck --fix` runs over one tree end with the same files as one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from lstmcheck.fixes import loop, source
from lstmcheck.records import FileResult, Finding, Settings

_ATTEMPTS = 3


@dataclass(frozen=True)
class FileFix:
    path: str
    result: FileResult  # what remains: the check of the fixed text (or of the file as it is)
    fixed: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = ()  # one line each: a fix left out and why
    before: str = ""
    after: str = ""  # the fixed text; equal to `before` when nothing changed
    error: str | None = None  # the file could not be read or written

    def changed_cells(self) -> tuple[tuple[int, str, str], ...]:
        """A notebook's changed code cells as (cell, source before, source after); empty for
        a Python file or an unchanged notebook."""
        if not self.path.endswith(".ipynb") or self.after == self.before:
            return ()
        from lstmcheck.lint.notebook import read

        before, after = read(self.before), read(self.after)
        old = {cell.index: cell.source for cell in (before.cells if before else ())}
        return tuple((cell.index, old.get(cell.index, ""), cell.source)
                     for cell in (after.cells if after else ())
                     if old.get(cell.index) != cell.source)


def _note(path: str, note: loop.Note) -> str:
    loc, cell = note.finding.location, note.finding.cell
    where = f"{path}:cell {cell}:" if cell is not None else f"{path}:"
    return f"{where}{loc.line}:{loc.column}: {note.finding.code} fix not applied: {note.reason}"


def fix_text_of(text: str, path: str, settings: Settings, unsafe: bool) -> FileFix:
    """Fix a text that is not a file (standard input)."""
    fixed = loop.fix_text(text, path, settings, unsafe=unsafe)
    return FileFix(path, _final(fixed, path, settings), fixed.fixed,
                   tuple(_note(path, n) for n in fixed.notes), text, fixed.text)


def _final(fixed: loop.FixedText, path: str, settings: Settings) -> FileResult:
    """The remaining findings as the user asked for them (with --verify, --show-shapes)."""
    if not (settings.verify or settings.show_shapes):
        return fixed.result
    from lstmcheck.lint.engine import check_source

    return check_source(fixed.text.encode("utf-8", "surrogatepass"), path, settings)


def fix_file(path: Path, settings: Settings = Settings(), *, unsafe: bool = False,
             write: bool = True) -> FileFix:
    """Fix `path`; with `write=False` only work out the fixed text (for --diff)."""
    name = str(path)
    for _ in range(_ATTEMPTS):
        try:
            original = source.read(path)
        except source.SourceError as exc:  # the engine reports what it can of such a file
            from lstmcheck.lint.engine import check_file

            return FileFix(name, check_file(path, settings), notes=(f"{name}: not fixed: {exc}",))
        from lstmcheck.lint.discover import mentions_a_layer

        if not mentions_a_layer(original.data):
            return FileFix(name, FileResult(path=name, skipped=True), before=original.text,
                           after=original.text)
        fixed = fix_text_of(original.text, name, settings, unsafe)
        if not write or fixed.after == fixed.before:
            return fixed
        try:
            source.write(original, fixed.after)
        except source.Changed:
            continue  # someone else wrote it first: start again from what is there now
        except source.SourceError as exc:
            from lstmcheck.lint.engine import check_source

            left = check_source(original.data, name, settings)
            return replace(fixed, result=left, fixed=(), after=fixed.before,
                           error=f"cannot write the fixes: {exc}")
        return fixed
    return FileFix(name, FileResult(path=name), error="the file kept changing while it was "
                   "being fixed; left as it is")
