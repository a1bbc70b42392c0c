"""Configurations the file writes as a block of fields: one layer beside a dropout above 0.

A layer built as `nn.LSTM(..., num_layers=cfg.hidden_layers, dropout=cfg.dropout_keep)` takes
both from one configuration, and which configuration is data the linter may not follow (an
object handed in, `config or Config()`, a file parsed at run time). When the file itself writes
a block that sets the two fields together, a class body, a dict, an INI section in a string
(`hidden_layers = 1` beside `dropout_keep = 0.8`), that block is a configuration the layer can
be built from, and built from it, torch warns and applies no dropout (realbugs 183). Read from
the text: the block is only evidence, and the finding says it assumes that configuration.
"""

from __future__ import annotations

import re

# `name = 0.8`, `name: 1`, `"name": 1,`, `self.name = 1` alone on a line (a class body, a dict,
# an INI section, a config class's `__init__`)
_FIELD = re.compile(r"""^(\s*)["']?(?:self\.)?([A-Za-z_]\w*)["']?\s*(?::\s*\w+\s*=|[:=])\s*"""
                    r"""(\d+(?:\.\d*)?|\.\d+)\s*,?\s*(?:#.*)?$""")
_OPENS = re.compile(r"^\s*(?:class|def|async\s+def)\b|^\s*\[")


def _number(text: str) -> int | float:
    """The field's number; a numeral too long for a count or a rate reads as 0 (no int() of
    thousands of digits, which Python refuses)."""
    if len(text) > 30:
        return 0
    return float(text) if "." in text else int(text)


def _entry(field: re.Match, line: str, number: int) -> tuple[str, int | float, int, int, int]:
    """(name, value, line, first column, column past the end) of a field line."""
    code = line.split("#", 1)[0].rstrip()
    return (field.group(2), _number(field.group(3)), number, len(field.group(1)) + 1,
            len(code) + 1)


def _blocks(source: str):
    """Runs of field lines at one indentation, each a list of `_entry`s. Other lines
    at that depth (`seq_len = None`) do not end a run; a line indented less does, and so does
    a `class`, `def` or `[section]` at its own depth, or a field at another depth."""
    current: list[tuple[str, int | float, int, int, int]] = []
    depth = -1
    for number, line in enumerate(source.splitlines(), 1):
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        field = _FIELD.match(line)
        if field is not None and current and indent == depth:
            current.append(_entry(field, line, number))
            continue
        if current and (field is not None or indent < depth
                        or (indent == depth and _OPENS.match(line))):
            yield current
            current = []
        if field is not None:
            depth = indent
            current = [_entry(field, line, number)]
    if current:
        yield current


def one_layer_blocks(source: str) -> tuple[tuple[tuple[str, int | float, int, int, int], ...], ...]:
    """Each block that sets some field to a count (an int of 1 or more) and some other field to
    a rate (`is_rate`): the configurations a layer count and a dropout can come from, the
    one-layer ones and the others (which make the one-layer block one of several)."""
    kept = []
    for block in _blocks(source):
        counts = any(isinstance(entry[1], int) and entry[1] >= 1 for entry in block)
        rates = any(is_rate(entry[1]) for entry in block)
        if counts and rates:
            kept.append(tuple(block))
    return tuple(kept)


def is_rate(value: int | float) -> bool:
    """A float a dropout can be that torch warns about on one layer: above 0, at most 1."""
    return isinstance(value, float) and 0 < value <= 1
