"""Sizes the linter can compare without knowing them: polynomials over named sizes.

`2 * hidden_dim` and `hidden_dim * 2` are the same size; `2 * hidden_dim` and `hidden_dim`
differ whatever hidden_dim is, because every named size is a positive int. `hidden_dim` and
`embed_dim` may or may not be equal: that is unknown, and unknown is silent.

A name's identity is its key: the text a user wrote, then `@`, then where it is bound
("hidden_dim@Model.__init__"), so that two parameters spelled alike in different functions are
different sizes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

Monomial = tuple[str, ...]  # sorted keys of the named sizes multiplied; () is the constant


@dataclass(frozen=True)
class Size:
    """A sum of coefficient * product-of-names terms, kept sorted so that equal sizes are equal
    objects. `assumed` names the parameter defaults the value rests on, if any. `written`
    holds where the literals a number was made from are written (the site's `Decoder(8)`), so
    that two numbers made from one literal are known to move together; it takes no part in
    equality."""

    terms: tuple[tuple[Monomial, int], ...]
    assumed: tuple[str, ...] = ()
    written: tuple[Any, ...] = field(default=(), compare=False)

    @staticmethod
    def number(n: int, assumed: tuple[str, ...] = (), written: tuple[Any, ...] = ()) -> Size:
        return Size((((), n),) if n else (), assumed, written)

    @staticmethod
    def named(key: str) -> Size:
        return Size((((key,), 1),))

    @property
    def value(self) -> int | None:
        """The number, when the size is one."""
        if not self.terms:
            return 0
        if len(self.terms) == 1 and self.terms[0][0] == ():
            return self.terms[0][1]
        return None

    def evaluate(self, values: Mapping[str, int]) -> int | None:
        """The number this size is when each named size takes its value; None when a name has
        none."""
        total = 0
        for monomial, coefficient in self.terms:
            term = coefficient
            for key in monomial:
                if key not in values:
                    return None
                term *= values[key]
            total += term
        return total

    def substitute(self, values: Mapping[str, int | Size]) -> Size:
        """The size with the named sizes that `values` gives (a number or a size) put in."""
        total = Size((), self.assumed, self.written)
        for monomial, coefficient in self.terms:
            term = Size.number(coefficient)
            for key in monomial:
                given = values.get(key)
                term = term * (Size.named(key) if given is None else
                               given if isinstance(given, Size) else Size.number(given))
            total = total + term
        return total

    @property
    def keys(self) -> set[str]:
        return {key for monomial, _ in self.terms for key in monomial}

    def __add__(self, other: Size) -> Size:
        return _combine(self, other, 1)

    def __sub__(self, other: Size) -> Size:
        return _combine(self, other, -1)

    def __mul__(self, other: Size) -> Size:
        out: dict[Monomial, int] = {}
        for m1, c1 in self.terms:
            for m2, c2 in other.terms:
                m = tuple(sorted(m1 + m2))
                out[m] = out.get(m, 0) + c1 * c2
        return _make(out, self.assumed + other.assumed, self.written + other.written)

    def __str__(self) -> str:
        if not self.terms:
            return "0"
        parts = []
        for monomial, coefficient in sorted(self.terms, key=lambda t: (-len(t[0]), t[0])):
            names = "*".join(key.split("@", 1)[0] for key in monomial)
            if not names:
                parts.append(str(coefficient))
            elif coefficient == 1:
                parts.append(names)
            elif coefficient == -1:
                parts.append(f"-{names}")
            else:
                parts.append(f"{coefficient}*{names}")
        return " + ".join(parts).replace("+ -", "- ")


def _make(terms: dict[Monomial, int], assumed: tuple[str, ...], written: tuple = ()) -> Size:
    kept = tuple(sorted((m, c) for m, c in terms.items() if c))
    return Size(kept, tuple(dict.fromkeys(assumed)), tuple(dict.fromkeys(written)))


def _combine(a: Size, b: Size, sign: int) -> Size:
    out = dict(a.terms)
    for m, c in b.terms:
        out[m] = out.get(m, 0) + sign * c
    return _make(out, a.assumed + b.assumed, a.written + b.written)


def same(a: Size | None, b: Size | None) -> bool:
    """Certainly equal: the same number, or the same expression in the same names."""
    return a is not None and b is not None and a.terms == b.terms


def differ(a: Size | None, b: Size | None) -> bool:
    """Certainly unequal for every positive value of the names: the difference is a nonzero
    sum whose terms all have one sign (`2*h - h`, `128 - 64`)."""
    if a is None or b is None:
        return False
    diff = a - b
    signs = {c > 0 for _, c in diff.terms}
    return bool(diff.terms) and len(signs) == 1

