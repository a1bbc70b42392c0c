"""A read-only walk over a libcst tree: a visitor's `visit_<Node>`/`leave_<Node>` methods called
in the order, and with the pruning, of libcst's own `node.visit(visitor)`.

libcst's visit rebuilds and re-validates every node it passes, even for a visitor that changes
nothing: a whole-module visit costs about twice the parse. This walk only reads each node's
child fields, in the order libcst visits them (asked of libcst once per node type).
"""

from __future__ import annotations

from typing import Any, ClassVar, get_type_hints

import libcst as cst

_DEFAULT = cst.MaybeSentinel.DEFAULT
_FIELDS: dict[type, tuple[str, ...]] = {}  # node type -> its child fields in visiting order
# visitor type -> node type -> (its visit method, its leave method, the node's child fields)
_HOOKS: dict[type, dict[type, tuple[Any, Any, tuple[str, ...]]]] = {}
# Whitespace, comments, operators and brackets: nodes that hold nothing but more of the same.
# A walk whose visitor has no method for any of them need not enter them.
TRIVIA = frozenset(
    kind for kind in vars(cst).values()
    if isinstance(kind, type) and issubclass(kind, cst.CSTNode)
    and (kind.__module__ in ("libcst._nodes.op", "libcst._nodes.whitespace")
         or kind in (cst.LeftParen, cst.RightParen, cst.LeftSquareBracket,
                     cst.RightSquareBracket, cst.LeftCurlyBrace, cst.RightCurlyBrace)))


class _FieldOrder(cst.CSTVisitor):
    """Notes which child fields a node's own visit goes through, and in which order."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        return False

    def on_leave(self, original_node: cst.CSTNode) -> None:
        pass

    def on_visit_attribute(self, node: cst.CSTNode, attribute: str) -> None:
        self.names.append(attribute)

    def on_leave_attribute(self, original_node: cst.CSTNode, attribute: str) -> None:
        pass


class _StandIn:
    """Every field of a node type at once, for `child_fields`: a child that visits as itself
    and a sequence that is empty, so that no field's own value decides whether it is visited."""

    def visit(self, visitor: cst.CSTVisitor) -> _StandIn:
        return self

    def __iter__(self) -> Any:
        return iter(())

    def __getattr__(self, name: str) -> _StandIn:
        return self


def child_fields(node: cst.CSTNode) -> tuple[str, ...]:
    """The fields of `node`'s type that hold children, in the order libcst visits them.

    libcst announces each child field (`on_visit_attribute`) as it visits it, but leaves out
    an f-string's absent format spec and `import *`: it is asked about a stand-in, whose
    fields all look present, rather than about the node itself."""
    kind = type(node)
    fields = _FIELDS.get(kind)
    if fields is None:
        probe = _FieldOrder()
        try:
            kind._visit_and_replace_children(_StandIn(), probe)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - the stand-in is not a valid node: nothing is built
            pass
        fields = _FIELDS[kind] = tuple(dict.fromkeys(probe.names))
    return fields


_TRIVIA_MODULES = ("libcst._nodes.op", "libcst._nodes.whitespace")
_KEPT: dict[type, tuple[str, ...]] = {}  # node type -> its child fields that may hold more than trivia


def _only_trivia(annotation: Any) -> bool:
    """Whether a field annotated so can hold nothing but trivia (or no node at all: a
    sentinel, None, a string): each class it names is trivia, and so is each subclass."""
    if annotation is None or annotation is type(None) or annotation is cst.MaybeSentinel \
            or annotation is str:
        return True
    origin = getattr(annotation, "__origin__", None)
    if origin is not None:
        if repr(origin) == "typing.Literal":
            return True
        if origin is ClassVar:
            return False
        return all(_only_trivia(arg) for arg in getattr(annotation, "__args__", ()) or (None,))
    if not isinstance(annotation, type) or not issubclass(annotation, cst.CSTNode):
        return False
    kinds = [annotation]
    for kind in kinds:  # grows as it goes: the subclasses of the subclasses
        if kind.__module__ not in _TRIVIA_MODULES and kind not in TRIVIA:
            return False
        kinds.extend(kind.__subclasses__())
    return True


def kept_fields(node: cst.CSTNode) -> tuple[str, ...]:
    """`child_fields(node)` but those whose annotation allows only trivia (`lpar`, `comma`,
    `whitespace_after_func`, `leading_lines`): a walk that skips trivia reads them for
    nothing, and they are a good half of a tree's fields. All of them when libcst's
    annotations cannot be read."""
    kind = type(node)
    kept = _KEPT.get(kind)
    if kept is None:
        fields = child_fields(node)
        try:
            hints = get_type_hints(kind)
            kept = tuple(name for name in fields
                         if name not in hints or not _only_trivia(hints[name]))
        except Exception:  # noqa: BLE001 - annotations libcst no longer gives: every field
            kept = fields
        _KEPT[kind] = kept
    return kept


def _own(visitor_type: type, name: str) -> Any:
    """The visitor's method `name`, None when it has none or only libcst's empty default."""
    method = getattr(visitor_type, name, None)
    return None if method is getattr(cst.CSTVisitor, name, None) else method


def _skipped(visitor_type: type) -> frozenset[type] | None:
    """The node types a walk for this visitor need not enter (the trivia it has no method
    for), or None when the visitor is not plain: it overrides libcst's generic hooks or has a
    per-attribute hook (`visit_Node_field`), which this walk does not imitate."""
    base = cst.CSTVisitor
    if any(getattr(visitor_type, hook) is not getattr(base, hook)
           for hook in ("on_visit", "on_leave", "on_visit_attribute", "on_leave_attribute")):
        return None
    hooked = set()
    for name in dir(visitor_type):
        if name.startswith(("visit_", "leave_")) and _own(visitor_type, name) is not None:
            node_name = name.split("_", 1)[1]
            if "_" in node_name:
                return None
            hooked.add(node_name)
    if any(kind.__name__ in hooked for kind in TRIVIA):
        return frozenset()
    return TRIVIA


# visitor type (or `_shape` of a class defined in a function) -> what its walks skip
_SKIPPED: dict[Any, Any] = {}
_UNKNOWN: Any = object()  # marks a visitor type not yet looked at


def _shape(visitor_type: type) -> tuple:
    """What `_skipped` reads of a visitor class defined inside a function: a new class each
    time the function runs, alike in all but identity. Keyed by its type, each would be
    looked at again (`dir`, a thousand attributes) and kept forever."""
    own = tuple((name, getattr(value, "__code__", type(value)))
                for name, value in vars(visitor_type).items()
                if name.startswith(("visit_", "leave_", "on_")))
    return (visitor_type.__module__, visitor_type.__qualname__, visitor_type.__bases__, own)


# Code with most kinds of node, some in the shapes libcst visits irregularly (an f-string's
# format spec, `import *`, decorators, parameters of every kind): `trusted` walks it both ways.
_SAMPLE = """\
from os import *
from . import a as b, c
import d.e as f
x: int = f"{v!r:>{w}} {y:02d} {z}"; y += 1
@deco(a, *b, k=1, **c)
async def g(p, /, q: int = 1, *r, s, t=2, **u) -> "T":
    async with open(p) as h, lock:
        yield [i async for i in h if i]
    z = lambda q=1: (yield q)
class C(B, metaclass=M):
    def m(self, a=[1, *b], c={1: 2, **d}, e={1, 2}):
        try:
            del self.x[1:2, ::3], a
        except (ValueError, TypeError) as err:
            raise err from None
        else:
            pass
        finally:
            assert not a, "msg"
        match self:
            case {"k": [1, *rest]} | C(a=1) if rest:
                return
            case _:
                pass
        while (n := next(it)) is not None:
            global z
            z = n if n else -n
        for i, (j, k) in {a: b for a, b in items}.items():
            print(*i, **{"j": j}, sep="") ; continue
        return (yield from w), await v, a[::-1], a.b.c(d)(e)[f], not a or b and c < d <= e
"""
_TRUSTED: list[bool] = []


def _order(node: cst.CSTNode, out: list[tuple[bool, int]]) -> None:
    """The non-trivia nodes a walk enters and leaves, in its order."""
    out.append((True, id(node)))
    for field in kept_fields(node):
        child = getattr(node, field)
        kind = type(child)
        if kind is tuple or kind is list:
            for item in child:
                if type(item) not in TRIVIA:
                    _order(item, out)
        elif kind not in TRIVIA and child is not None and child is not _DEFAULT:
            _order(child, out)
    out.append((False, id(node)))


class _Order(cst.CSTVisitor):
    """The non-trivia nodes libcst's visit enters and leaves, in its order."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[bool, int]] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        if type(node) not in TRIVIA:
            self.seen.append((True, id(node)))
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        if type(original_node) not in TRIVIA:
            self.seen.append((False, id(original_node)))


def trusted() -> bool:
    """Does this walk go where libcst's visit goes, with the libcst installed? Checked once
    per process on `_SAMPLE`: if a libcst release changed its visiting, every walk is
    libcst's own visit (and positions are libcst's whole-module ones)."""
    if not _TRUSTED:
        try:
            module = cst.parse_module(_SAMPLE)
            theirs, ours = _Order(), []  # type: ignore[var-annotated]
            module.visit(theirs)
            _order(module, ours)
            _TRUSTED.append(ours == theirs.seen)
        except Exception:  # noqa: BLE001 - whatever went wrong: not trusted
            _TRUSTED.append(False)
    return _TRUSTED[0]


def walk(node: cst.CSTNode, visitor: cst.CSTVisitor) -> None:
    """`node.visit(visitor)` for a visitor that only reads: the same calls in the same order.
    A visitor with hooks this walk does not imitate is handed to libcst's own visit."""
    visitor_type = type(visitor)
    local = "<locals>" in visitor_type.__qualname__
    key = _shape(visitor_type) if local else visitor_type
    skip = _SKIPPED.get(key, _UNKNOWN)
    if skip is _UNKNOWN:
        skip = _SKIPPED[key] = _skipped(visitor_type) if trusted() else None
    if skip is None:
        node.visit(visitor)
        return
    if local:  # its methods are this class's own (they may close over the caller's names)
        hooks: dict[type, tuple[Any, Any, tuple[str, ...]]] = {}
    else:
        hooks = _HOOKS.get(visitor_type)
        if hooks is None:
            hooks = _HOOKS[visitor_type] = {}
    fields_of = kept_fields if skip is TRIVIA else child_fields

    def one(node: cst.CSTNode) -> None:
        node_type = type(node)
        found = hooks.get(node_type)
        if found is None:
            name = node_type.__name__
            found = hooks[node_type] = (
                _own(visitor_type, f"visit_{name}"), _own(visitor_type, f"leave_{name}"),
                fields_of(node))
        visit, leave, fields = found
        if visit is None or visit(visitor, node) is not False:
            for field in fields:
                child = getattr(node, field)
                kind = type(child)
                if kind is tuple or kind is list:
                    for item in child:
                        if type(item) not in skip:
                            one(item)
                elif kind not in skip and child is not None and child is not _DEFAULT:
                    one(child)
        if leave is not None:
            leave(visitor, node)

    try:
        one(node)
    finally:
        # `one` calls itself through its closure: a cycle that would hold the visitor, and so
        # the whole tree, until the cyclic collector came by (the tree is freed at once)
        one = None  # type: ignore[assignment]


def children(node: cst.CSTNode) -> list[cst.CSTNode]:
    """`node.children` but trivia, in the same order, read from the node's fields rather than
    gathered by a libcst visit of the node (which rebuilds it)."""
    if not trusted():
        return [child for child in node.children if type(child) not in TRIVIA]
    out: list[cst.CSTNode] = []
    for field in kept_fields(node):
        child = getattr(node, field)
        kind = type(child)
        if kind is tuple or kind is list:
            out.extend(item for item in child if type(item) not in TRIVIA)
        elif kind not in TRIVIA and child is not None and child is not _DEFAULT:
            out.append(child)
    return out


def node_ids(root: cst.CSTNode) -> set[int]:
    """The ids of `root` and every node below it but trivia (a walk without a visitor)."""
    found: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        found.add(id(node))
        for field in kept_fields(node):
            child = getattr(node, field)
            kind = type(child)
            if kind is tuple or kind is list:
                stack.extend(item for item in child if type(item) not in TRIVIA)
            elif kind not in TRIVIA and child is not None and child is not _DEFAULT:
                stack.append(child)
    return found
