"""Where a finding is, as the machine formats (SARIF, GitLab, JUnit, GitHub) name it: a path
relative to the working directory with forward slashes, and `cell N` for notebooks, whose
lines count from the start of the cell (ruff's convention)."""

from __future__ import annotations

from pathlib import Path, PurePath


def relative_path(path: str) -> str:
    """`path` relative to the working directory when it lies below it, else as given; always
    with forward slashes. `-` (standard input) stays `-`."""
    if path == "-":
        return path
    pure = PurePath(path)
    if pure.is_absolute():
        try:
            pure = Path(path).resolve().relative_to(Path.cwd().resolve())
        except (ValueError, OSError):
            return pure.as_posix()
    text = pure.as_posix()
    return text[2:] if text.startswith("./") else text


def cell_prefix(cell: int | None) -> str:
    return "" if cell is None else f"cell {cell}: "


def cell_line_prefix(cell: int | None, line: int) -> str:
    """`cell 3, line 2: ` before a message placed on the .ipynb file's own line (the formats a
    platform shows on the file), so the cell and the line within it are still said."""
    return "" if cell is None else f"cell {cell}, line {line}: "
