"""`check --fix` and `--diff`: the edits rules attach to findings, applied without losing work.

`edits` turns a record's spans into `Edit`s (pure text arithmetic, so rules stay free of
libcst); `apply` puts a file's edits into its text; `loop` applies a file's fixes, checks the
file again and repeats, dropping any fix that breaks the parse or makes a new finding appear;
`source` reads and writes files keeping their encoding, newlines and mode, atomically;
`files` does all of it for one file on disk; `notebook` writes fixed cell sources back into a
notebook's JSON in its own layout, so that a notebook is fixed cell by cell (its edits are
relative to their cell) with its outputs and metadata kept byte for byte.
"""

from __future__ import annotations

from lstmcheck.records import Finding


def applicable(finding: Finding, unsafe: bool = False) -> bool:
    """A finding `--fix` can act on: its fix has edits, and is safe unless `unsafe` is given.
    Reporters mark such findings `[*]`."""
    fix = finding.fix
    return fix is not None and bool(fix.edits) and (fix.safe or unsafe)
