"""Fix one file's text: apply its fixes together, check it again, repeat while it changes.

A fix is kept only when the text it gives parses and no finding appears that was not there
before (counted per code: a fix must remove its own finding and add none). Fixes that overlap
a fix chosen before them wait for the next round, when the file is checked afresh; what is
still left out at the end is reported as a note, never silently.

A notebook (`.ipynb`) is fixed the same way, cell by cell: its findings' edits are relative to
their cell, so each cell's source takes its own edits, the notebook's JSON gets the new
sources in its own layout, and the whole notebook is checked again as one program.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable

from lstmcheck.fixes import applicable
from lstmcheck.fixes.apply import apply_edits, choose
from lstmcheck.records import FileResult, Finding, Settings

MAX_ROUNDS = 10


@dataclass(frozen=True)
class Note:
    """Why a finding's fix was not applied."""

    finding: Finding
    reason: str


@dataclass(frozen=True)
class FixedText:
    text: str
    fixed: tuple[Finding, ...]  # whose fixes were applied, as found in their round
    notes: tuple[Note, ...]  # fixes left out, for findings that remain
    result: FileResult  # the check of `text` (with the round settings: no --verify)
    rounds: int


def _check(text: str, path: str, settings: Settings) -> FileResult:
    from lstmcheck.lint.engine import check_source

    return check_source(text.encode("utf-8", "surrogatepass"), path, settings)


def _parses(text: str) -> bool:
    import libcst

    try:
        libcst.parse_module(text)
    except (libcst.ParserSyntaxError, RecursionError):
        return False
    return True


def _edits(findings: Iterable[Finding]):
    return [edit for f in findings for edit in f.fix.edits]  # type: ignore[union-attr]


class _Python:
    """A Python file's text: edits are relative to the whole text."""

    @staticmethod
    def choose(text: str, findings: list[Finding]):
        return choose(text, findings)

    @staticmethod
    def apply(text: str, fixes: list[Finding]) -> str:
        return apply_edits(text, _edits(fixes))

    parses = staticmethod(_parses)


class _Notebook:
    """A notebook's JSON text: each finding's edits are relative to its cell's source, and the
    fixed sources are written back in the notebook's own layout. A fix that breaks a cell is
    caught by the check after it (a new LC000), not here."""

    @staticmethod
    def cells(text: str) -> dict[int, str]:
        from lstmcheck.lint.notebook import NotebookError, read

        try:
            book = read(text)
        except NotebookError as exc:
            raise ValueError(str(exc)) from None
        return {cell.index: cell.source for cell in (book.cells if book else ())}

    @classmethod
    def choose(cls, text: str, findings: list[Finding]):
        try:
            sources = cls.cells(text)
        except ValueError:
            return [], [(f, f) for f in findings]
        chosen: list[Finding] = []
        left_out: list[tuple[Finding, Finding]] = []
        for cell, group in _by_cell(findings).items():
            if cell not in sources:
                left_out.extend((f, f) for f in group)
                continue
            taken, skipped = choose(sources[cell], group)
            chosen.extend(taken)
            left_out.extend(skipped)
        return chosen, left_out

    @classmethod
    def apply(cls, text: str, fixes: list[Finding]) -> str:
        from lstmcheck.fixes.notebook import NotebookLayoutError, replace_sources

        sources = cls.cells(text)
        fixed = {}
        for cell, group in _by_cell(fixes).items():
            if cell not in sources:
                raise ValueError(f"no code cell {cell}")
            fixed[cell] = apply_edits(sources[cell], _edits(group))
        try:
            return replace_sources(text, fixed)
        except NotebookLayoutError as exc:
            raise ValueError(f"the notebook cannot be edited in place: {exc}") from None

    @staticmethod
    def parses(text: str) -> bool:
        return True


def _by_cell(findings: Iterable[Finding]) -> dict[int, list[Finding]]:
    groups: dict[int, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.cell if finding.cell is not None else -1, []).append(finding)
    return groups


def _where(finding: Finding) -> str:
    return f"{finding.code} at {finding.location.line}:{finding.location.column}"


class _Round:
    """One round over one text: which of the chosen fixes can be kept."""

    def __init__(self, text: str, path: str, settings: Settings, before: FileResult,
                 kind) -> None:
        self.text, self.path, self.settings, self.kind = text, path, settings, kind
        self.before = Counter(f.code for f in before.findings)

    def attempt(self, fixes: list[Finding]) -> tuple[str, FileResult | None, str | None]:
        """The text with `fixes` applied, its check, and why it is refused (None: kept)."""
        try:
            text = self.kind.apply(self.text, fixes)
        except ValueError as exc:
            return self.text, None, f"its edit does not fit the file ({exc})"
        if not self.kind.parses(text):
            return text, None, "the fixed code would not parse"
        result = _check(text, self.path, self.settings)
        expected = self.before - Counter(f.code for f in fixes)
        grown = Counter(f.code for f in result.findings) - expected
        if grown:
            appeared = [f for f in result.findings if f.code in grown]
            first = appeared[0]
            at = f"line {first.location.line}"
            if first.cell is not None:
                at = f"cell {first.cell}, {at}"
            return text, result, f"it would make {first.code} appear at {at}: {first.message}"
        return text, result, None


def fix_text(text: str, path: str, settings: Settings = Settings(), *, unsafe: bool = False,
             max_rounds: int = MAX_ROUNDS) -> FixedText:
    """Apply the applicable fixes of `text` (safe ones; unsafe too when `unsafe`) until none
    is left or nothing changes, at most `max_rounds` times."""
    settings = replace(settings, verify=False, show_shapes=False)
    notebook = path.endswith(".ipynb")
    kind = _Notebook if notebook else _Python
    result = _check(text, path, settings)
    fixed: list[Finding] = []
    pending: dict[tuple[str, str], Note] = {}
    refused: set[tuple[str, str]] = set()  # fixes found wanting: not tried again
    rounds = 0
    while rounds < max_rounds and result.parsed:
        # Unsafe fixes wait for a round with no safe fix left, so that they judge the code
        # the safe ones made (a renamed n_layers= may make a dropout effective).
        # in a notebook, edits are relative to a cell: only findings in a cell can be fixed
        open_ = [f for f in result.findings
                 if (f.code, f.message) not in refused and (f.cell is not None) == notebook]
        candidates = ([f for f in open_ if applicable(f)]
                      or [f for f in open_ if applicable(f, unsafe)])
        if not candidates:
            break
        rounds += 1
        chosen, left_out = kind.choose(text, candidates)
        for finding, other in left_out:
            reason = ("its edit does not fit the file" if other is finding else
                      f"its edit overlaps the fix of {_where(other)}, and after that fix it "
                      "no longer applied")
            pending[(finding.code, finding.message)] = Note(finding, reason)
        attempt = _Round(text, path, settings, result, kind)
        new_text, new_result, why_not = attempt.attempt(chosen)
        kept = chosen
        if why_not is not None:  # find the culprits: keep each fix that is good on its own
            kept = []
            new_result = None
            for finding in chosen:
                trial_text, trial_result, why = attempt.attempt([*kept, finding])
                if why is None:
                    kept.append(finding)
                    new_text, new_result = trial_text, trial_result
                else:
                    refused.add((finding.code, finding.message))
                    pending[(finding.code, finding.message)] = Note(
                        finding, f"{finding.fix.description}: not applied, as {why}")  # type: ignore[union-attr]
        if kept and new_result is not None:
            fixed.extend(kept)
            text, result = new_text, new_result
    else:
        if rounds == max_rounds:
            for finding in result.findings:
                if applicable(finding, unsafe) and (finding.code, finding.message) not in refused:
                    pending[(finding.code, finding.message)] = Note(
                        finding, f"not applied: still changing after {max_rounds} rounds")
    remaining = {(f.code, f.message) for f in result.findings}
    notes = tuple(note for key, note in pending.items() if key in remaining)
    return FixedText(text, tuple(fixed), notes, result, rounds)
