"""`check --statistics`: how often each rule fired, most frequent first, as ruff prints it
(count, code, `[*]` when each of them has a fix that --fix applies, name); JSON with
`--output-format json`."""

from __future__ import annotations

from lstmcheck.fixes import applicable

import json
import sys
from collections import Counter
from typing import Any, TextIO

from lstmcheck.records import FileResult


def counts(results: list[FileResult]) -> list[dict[str, Any]]:
    found = [f for r in results for f in r.findings]
    number = Counter(f.code for f in found)
    names = {f.code: f.name for f in found}
    fixable = {code: all(applicable(f) for f in found if f.code == code) for code in number}
    order = sorted(number, key=lambda code: (-number[code], code))
    return [{"code": code, "name": names[code], "count": number[code],
             "fixable": fixable[code]} for code in order]


def write(results: list[FileResult], stream: TextIO = sys.stdout, *, as_json: bool = False,
          **_: Any) -> None:
    rows = counts(results)
    if as_json:
        stream.write(json.dumps(rows, indent=2) + "\n")
        return
    if not rows:
        return
    width = max(len(str(row["count"])) for row in rows)
    code_width = max(len(row["code"]) for row in rows)
    any_fixable = any(row["fixable"] for row in rows)
    for row in rows:
        mark = ("[*] " if row["fixable"] else "    ") if any_fixable else ""
        stream.write(f"{str(row['count']).rjust(width)}\t{row['code'].ljust(code_width)}\t"
                     f"{mark}{row['name']}\n")
