"""Names the file itself compares for equality (`assert enc_hidden == dec_hidden`,
`if cfg["a"] != cfg["b"]: raise ...`, `nn.Identity() if a == b else nn.Linear(a, b)`): two
sizes made from them do not agree by coincidence, the code knows and handles it. Read from the
text, without parsing: a comparison is only ever a reason to stay silent."""

from __future__ import annotations

import re

# one side of `==`/`!=`: a name, attribute or subscript by a string key, as written
_SIDE = r"[A-Za-z_][\w.]*(?:\[\s*['\"]\w+['\"]\s*\])*"
_COMPARISON = re.compile(rf"({_SIDE})\s*(?:==|!=)\s*({_SIDE})")
_LAST = re.compile(r"(\w+)['\"]?\s*\]?\s*$")


def knob(text: str) -> str | None:
    """The last name of a side: `self.enc_hidden`, `args.enc_hidden`, `cfg["enc_hidden"]` and
    `enc_hidden` are all `enc_hidden`."""
    found = _LAST.search(text.strip())
    return found.group(1) if found else None


def compared_names(source: str) -> tuple[tuple[str, str], ...]:
    """Every pair of names the source compares with == or !=, each pair sorted; and each
    dropout name with the names it is tested beside (`dropout_tested`)."""
    pairs = set()
    for line in source.splitlines():
        if "drop" in line:
            pairs.update(dropout_tested(line))
        if "==" not in line and "!=" not in line:
            continue
        for left, right in _COMPARISON.findall(line):
            a, b = knob(left), knob(right)
            if a and b and a != b:
                pairs.add(tuple(sorted((a, b))))
    return tuple(sorted(pairs))


_TEST = re.compile(r"^\s*(?:if|elif|assert|while)\b|\bif\b.*\belse\b")
_WORD = re.compile(r"[A-Za-z_]\w*")


def dropout_tested(line: str) -> set[tuple[str, str]]:
    """`if args.dropout > 0 and args.layers == 1:`, `assert p == 0 or n_layers > 1`: a dropout
    name and every name tested in the same condition, so that a rule asking whether the file
    checks a dropout against the layer count finds the pair (and stays silent)."""
    code = line.split("#", 1)[0]
    if not _TEST.search(code):
        return set()
    words = set(_WORD.findall(code))
    drops = {w for w in words if "drop" in w.lower()}
    return {tuple(sorted((d, w))) for d in drops for w in words if w != d}  # type: ignore[misc]
