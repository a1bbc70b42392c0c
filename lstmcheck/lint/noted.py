"""What the Collector's one walk (lint/scopes.py) notes for the flow's rooms, so that none of
them walks a function again for its own question: whether a function is a generator, the
calls and `for` loops of each function's own code (lint/flow/batches.py), the names each
loop, branch and block assigns (lint/flow/syntax.py), and where each name is used
(lint/flow/binding.py).

The notes of the file being analysed are the current ones (`noting`). Each answer is kept
with the node it is about and given only for that very node: a question about another tree
(or no notes at all) gets None, and the asker walks as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class Noted:
    """The notes of one module's walk, keyed by node id, each with its node."""

    def __init__(self) -> None:
        self.module: Any = None  # the module walked
        self.generators: dict[int, list[Any]] = {}  # id(def) -> [def, has a yield of its own]
        # id(a def's body, or the module) -> (it, its own calls, its own `for` loops)
        self.sites: dict[int, tuple[Any, list[Any], list[Any]]] = {}
        self.assigned: dict[int, tuple[Any, set[str]]] = {}  # id(loop, branch, block) -> names
        # name -> ids of its uses outside a def's or class's own name, annotations and class
        # decorators, and outside the body of a class of that name (lint/flow/binding.py)
        self.name_uses: dict[str, list[int]] = {}


_CURRENT: list[Noted] = []


@contextmanager
def noting(noted: Noted) -> Iterator[None]:
    """The notes answer the rooms' questions while the file is analysed."""
    _CURRENT.append(noted)
    try:
        yield
    finally:
        if _CURRENT and _CURRENT[-1] is noted:
            _CURRENT.pop()


def _entry(table: str, node: Any) -> Any:
    if not _CURRENT:
        return None
    found = getattr(_CURRENT[-1], table).get(id(node))
    return found if found is not None and found[0] is node else None


def generator(function: Any) -> bool | None:
    """Whether the def has a `yield` of its own; None when not noted."""
    found = _entry("generators", function)
    return None if found is None else found[1]


def own_sites(body: Any) -> tuple[list[Any], list[Any]] | None:
    """The calls and `for` loops of a def's body (or the module) that are its own code, not
    in a def, class or lambda inside it, in the order written; None when not noted."""
    found = _entry("sites", body)
    return None if found is None else (found[1], found[2])


def assigned(node: Any) -> set[str] | None:
    """The names a loop, branch or block assigns (`flow/syntax.assigned_names`); None when
    not noted."""
    found = _entry("assigned", node)
    return None if found is None else set(found[1])


def name_uses(module: Any) -> dict[str, list[int]] | None:
    """The uses of each name in the module; None when not noted."""
    if not _CURRENT or _CURRENT[-1].module is not module:
        return None
    return _CURRENT[-1].name_uses
