"""lstmcheck as a flake8 plugin (codes LC): flake8's own configuration, --per-file-ignores,
# noqa and editor integrations then apply to lstmcheck's findings too.

flake8 hands a tree plugin the parsed `ast`; lstmcheck reads the same lines with its own
parser instead, never running them, and reports every rule: flake8's select and ignore choose.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from lstmcheck import __version__


class LstmcheckChecker:
    name = "lstmcheck"
    version = __version__

    # flake8 passes arguments by name: `tree` makes this a once-per-file plugin.
    def __init__(self, tree: object, filename: str, lines: Sequence[str]) -> None:
        self.filename = filename
        self.lines = lines

    def run(self) -> Iterator[tuple[int, int, str, type]]:
        from lstmcheck.lint.engine import check_source

        source = "".join(self.lines).encode("utf-8", "surrogateescape")
        result = check_source(source, self.filename)
        for finding in result.findings:
            loc = finding.location
            # flake8 counts columns from 0 and prints them from 1
            yield loc.line, max(loc.column - 1, 0), f"{finding.code} {finding.message}", type(self)
