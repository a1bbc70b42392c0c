"""A Jupyter notebook as one Python program: its code cells joined in order, IPython's
magics (`%`, `%%`), shell escapes (`!`) and help lines (`obj?`) blanked so that line numbers
stay, and a map from the program's lines back to (cell, line in cell).

Cells are numbered as ruff and Jupyter show them: 1-based among all the notebook's cells,
markdown included. Read with the standard library's json (nbformat would cost start-up).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass

from lstmcheck.lint.sources import source_lines

# Cell magics whose body is Python: only their first line is blanked. Any other `%%` cell
# (bash, html, writefile, sql ...) is not Python and is left out whole.
# `files = !ls`, `t = %timeit f()`: a name bound to what a magic returns
_MAGIC_ASSIGNMENT = re.compile(r"^[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*\s*=\s*[!%]")
_PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug"})


class NotebookError(Exception):
    """The file is not a notebook lstmcheck can read; the message says why, in one line, and
    `line` is the file's line where it breaks (JSON that does not parse), else 1."""

    def __init__(self, message: str, line: int = 1) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class CodeCell:
    index: int  # 1-based among all cells, as Jupyter and ruff number them
    source: str  # as written
    python: str  # magics blanked, one line per source line
    start: int  # the program line its first line becomes (1-based)
    problem: str | None = None  # why the cell is left out (its lines are blank)
    indent: int = 0  # columns IPython takes off each line (a cell whose first line is indented)


@dataclass(frozen=True)
class Notebook:
    cells: tuple[CodeCell, ...]

    @property
    def program(self) -> str:
        return "".join(cell.python for cell in self.cells)

    def _cell_of(self, line: int) -> CodeCell:
        """The cell a program line is in."""
        starts = [cell.start for cell in self.cells]
        return self.cells[max(bisect_right(starts, line) - 1, 0)]

    def place(self, line: int) -> tuple[int, int]:
        """Program line -> (cell index, line within the cell)."""
        cell = self._cell_of(line)
        return cell.index, line - cell.start + 1

    def indent(self, line: int) -> int:
        """Program line -> the columns its cell's lines lost to IPython's dedent."""
        return self._cell_of(line).indent if self.cells else 0

    def without(self, broken: set[int]) -> str:
        """The program with the cells in `broken` (cell indexes) blanked, lines kept."""
        return "".join("\n" * cell.python.count("\n") if cell.index in broken else cell.python
                       for cell in self.cells)


def _text(value: object, what: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        return "".join(value)
    raise NotebookError(f"{what} is not text (a string or a list of strings)")


def read(text: str) -> Notebook | None:
    """The notebook's code cells, or None when its kernel is not Python."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise NotebookError(f"is not valid notebook JSON ({str(exc)[:80]})",
                            getattr(exc, "lineno", 1)) from None
    if not isinstance(data, dict):
        raise NotebookError("is not a notebook: its JSON is not an object")
    metadata = data.get("metadata")
    if isinstance(metadata, dict) and not _is_python(metadata):
        return None
    cells = data.get("cells")
    if cells is None and isinstance(data.get("worksheets"), list):  # nbformat 3
        cells = [c for sheet in data["worksheets"] if isinstance(sheet, dict)
                 for c in sheet.get("cells", [])]
    if not isinstance(cells, list):
        raise NotebookError("is not a notebook: it has no list of cells")
    out: list[CodeCell] = []
    start = 1
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict) or not isinstance(cell.get("cell_type"), str):
            raise NotebookError(f"cell {number} is not a notebook cell (no cell_type)")
        if cell["cell_type"] != "code":
            continue
        raw = cell.get("source", cell.get("input", ""))
        source = _text(raw, f"the source of cell {number}")
        dedented, indent = leading_indent(source)
        python, problem = blank_magics(dedented), None
        if python and not python.endswith("\n"):
            python += "\n"
        try:
            source.encode("utf-8")
        except UnicodeEncodeError as exc:  # JSON can escape a lone surrogate; text cannot hold it
            line = source.count("\n", 0, exc.start) + 1
            code = f"\\u{ord(source[exc.start]):04x}"
            problem = f"holds a lone surrogate ({code}) on line {line}, which is not text"
            python = "\n" * python.count("\n")
        out.append(CodeCell(number, source, python, start, problem, indent))
        start += python.count("\n")
    return Notebook(tuple(out))


def _is_python(metadata: dict) -> bool:
    language = None
    info = metadata.get("language_info")
    if isinstance(info, dict):
        language = info.get("name")
    kernel = metadata.get("kernelspec")
    if language is None and isinstance(kernel, dict):
        language = kernel.get("language")
    return not isinstance(language, str) or language.lower() in ("python", "python3", "")


def leading_indent(source: str) -> tuple[str, int]:
    """IPython's `leading_indent` clean-up: when a cell's first non-blank line is indented,
    that indent comes off every line that begins with it, so ` x = 1` runs in a notebook.
    Returns the cell as the kernel runs it and the number of columns taken off."""
    lines = source_lines(source, keepends=True)
    first = next((line for line in lines if line.strip()), "")
    space = first[: len(first) - len(first.lstrip(" \t"))]
    if not space:
        return source, 0
    return "".join(line[len(space):] if line.startswith(space) else line
                   for line in lines), len(space)


def blank_magics(source: str) -> str:
    """The cell's Python: each IPython-only line becomes blank (or `pass` where a block needs
    a statement), so the cell keeps its line numbers. Only lines that begin a statement count
    (`% b` inside a bracket continues an expression)."""
    lines = source_lines(source, keepends=True)
    if not lines:
        return ""
    first = lines[0].strip()
    if first.startswith("%%"):
        name = first[2:].split(maxsplit=1)[0] if first[2:].strip() else ""
        if name not in _PYTHON_CELL_MAGICS:
            return "\n" * len(lines)
        lines[0] = "\n"
    out: list[str] = []
    state = _Scanner()
    continued = False
    for line in lines:
        starts_statement = state.at_top() and not continued
        stripped = line.strip()
        if starts_statement and _is_ipython(stripped):
            indent = line[: len(line) - len(line.lstrip())]
            out.append(f"{indent}pass\n" if indent else "\n")
            continued = stripped.endswith("\\")
            continue
        out.append(line if line.endswith("\n") else line + "\n")
        state.feed(line)
        continued = state.at_top() and line.rstrip("\r\n").endswith("\\") and not state.comment
    return "".join(out)


def _is_ipython(stripped: str) -> bool:
    if not stripped:
        return False
    if stripped[0] in "%!?" or _MAGIC_ASSIGNMENT.match(stripped) or _automagic(stripped):
        return True
    # `obj?`, `obj??`: help; a `?` at the end is no Python unless in a comment or string
    return stripped.endswith("?") and not any(c in stripped for c in "#'\"")


# IPython's line magics and default shell aliases, which a kernel runs without the `%` (its
# automagic is on by default): `cd ..`, `pip install x`, `mkdir -p data`, `time f()`
_AUTOMAGIC = frozenset("""
    alias alias_magic autoawait autocall automagic autosave bookmark cat cd clear colors conda
    config cp debug dhist dirs doctest_mode ed edit env gui hist history killbgscripts ldir less
    lf lk ll load load_ext loadpy logoff logon logstart logstate logstop ls lsmagic lx macro
    magic mamba man matplotlib micromamba mkdir more mv notebook page pastebin pdb pdef pdoc
    pfile pinfo pinfo2 pip popd pprint precision prun psearch psource pushd pwd pycat pylab
    quickref recall rehashx reload_ext rep rerun reset reset_selective rm rmdir run save sc
    set_env store sx system tb time timeit unalias unload_ext uv who who_ls whos xdel xmode
""".split())


def _automagic(stripped: str) -> bool:
    """A line that begins with a magic's name and is no Python on its own: IPython runs it as
    that magic. A line that is Python (`time = 3`, `cd(path)`) stays Python."""
    word, _, rest = stripped.partition(" ")
    if word not in _AUTOMAGIC or rest.lstrip()[:1] in ("=", "(", "["):
        return False  # `run = build(` opens a Python statement whatever the next lines say
    try:
        compile(stripped, "<cell line>", "exec")
    except (SyntaxError, ValueError):
        return True
    return False


class _Scanner:
    """Bracket depth and open triple-quoted strings across lines, enough to tell whether a
    line begins a statement."""

    def __init__(self) -> None:
        self.depth = 0
        self.quote: str | None = None  # an open triple quote
        self.comment = False

    def at_top(self) -> bool:
        return self.depth == 0 and self.quote is None

    def feed(self, line: str) -> None:
        i, n = 0, len(line)
        self.comment = False
        while i < n:
            if self.quote is not None:
                end = line.find(self.quote, i)
                while end > 0 and _escaped(line, end):
                    end = line.find(self.quote, end + 1)
                if end == -1:
                    return
                i = end + 3
                self.quote = None
                continue
            ch = line[i]
            if ch == "#":
                self.comment = True
                return
            if ch in "([{":
                self.depth += 1
            elif ch in ")]}":
                self.depth = max(self.depth - 1, 0)
            elif ch in "'\"":
                if line.startswith(ch * 3, i):
                    self.quote = ch * 3
                    i += 3
                    continue
                end = i + 1
                while end < n and line[end] != ch:
                    end += 2 if line[end] == "\\" else 1
                i = end + 1
                continue
            i += 1


def _escaped(line: str, at: int) -> bool:
    backslashes = 0
    while at - backslashes - 1 >= 0 and line[at - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1
