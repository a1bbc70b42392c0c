"""What a name or an argument means in a scope, in one configuration of the file's classes.

The resolver answers after the pass of `lint/scopes.py`: literals through names, module
constants, dict and config literals, argparse defaults, `self.x = literal`, base classes'
`__init__`, and which torch class a called expression names.
"""

from __future__ import annotations

import os

from dataclasses import dataclass
from typing import Any, Sequence

import libcst as cst

from lstmcheck.lint.accumulated import accumulated
from lstmcheck.lint.comprehended import scope_for_self
from lstmcheck.lint.argparse_values import ArgparseValues
from lstmcheck.lint.origin import Origin
from lstmcheck.lint.positions import Positions
from lstmcheck.lint.recurrent import RUN_TIME, assumed_origin
from lstmcheck.lint.class_tables import class_table
from lstmcheck.lint.class_dicts import table_entries
from lstmcheck.lint.subclassed_layers import subclassed_layer
from lstmcheck.lint.imports import dotted, star_provides
from lstmcheck.lint.filled_dicts import filled_entries
from lstmcheck.lint.objects import BuiltObjects, field_default, record_fields, unpacked_position
from lstmcheck.lint.kept_dicts import kept_dict_name
from lstmcheck.lint.saved_hparams import hparams_key, saved_object_entry
from lstmcheck.lint.keywords_kept import (KeywordRead, copies_keywords, keyword_read, keywords_parameter,
                                          self_updated)
from lstmcheck.lint.scopes import (_MAX_DEPTH, UNKNOWN, Binding, ObjectRef, Scope, int_of,
                                   literal_of, names_in)
from lstmcheck.lint.walk import walk
from lstmcheck.records import Location, Value
from lstmcheck.sizes import Size


@dataclass(frozen=True, eq=False, repr=False)
class KeywordsRef(ObjectRef):
    """A configuration's value for a `**kwargs` parameter: the keywords the call (`node`)
    passes that no other parameter takes, each as (name, (value node, its scope))."""

    entries: tuple = ()


def _written(origin: str | None) -> tuple[Location, ...]:
    """Where the one literal behind a number is written, as `Size.written` keeps it."""
    at = getattr(origin, "at", None)
    return () if at is None else (at,)


def _plain(origin: str | None) -> str | None:
    """The origin as records keep it: plain text (a record never holds an `Origin`)."""
    return None if origin is None else str(origin)


def _at(origin: Any) -> Location | None:
    return getattr(origin, "at", None)


def literal_only(node: cst.BaseExpression) -> bool:
    """A value written out in full where it stands: numbers, strings, True/False/None, and
    signs, arithmetic and tuples of them (`-1`, `0.+0.j`, `(1, 2)`)."""
    if isinstance(node, (cst.Integer, cst.Float, cst.Imaginary, cst.SimpleString,
                         cst.ConcatenatedString)):
        return True
    if isinstance(node, cst.Name):
        return node.value in ("True", "False", "None")
    if isinstance(node, cst.UnaryOperation):
        return literal_only(node.expression)
    if isinstance(node, cst.BinaryOperation):
        return literal_only(node.left) and literal_only(node.right)
    if isinstance(node, cst.Tuple):
        return all(not isinstance(e, cst.StarredElement) and literal_only(e.value)
                   for e in node.elements)
    return False


_COPIES = ("dict", "copy.copy", "copy.deepcopy", "deepcopy")


def _copies_itself(binding: Binding) -> bool:
    """`params = dict(params)`, `cfg = copy.deepcopy(cfg)`: unconditional, same name."""
    node, value = binding.node, binding.payload
    if binding.kind != "assign" or binding.conditions or not isinstance(value, cst.Call) \
            or dotted(value.func) not in _COPIES or len(value.args) != 1 \
            or value.args[0].star or value.args[0].keyword is not None:
        return False
    target = node.targets[0].target if isinstance(node, cst.Assign) and len(node.targets) == 1 else None
    return isinstance(target, cst.Name) and isinstance(value.args[0].value, cst.Name) \
        and value.args[0].value.value == target.value


class Resolver(ArgparseValues, BuiltObjects):
    """Answers, after the pass, what a name or an argument means in a scope.

    `config` is the configuration being checked: parameter key ("hidden@Model.__init__:3") ->
    (literal or UNKNOWN, where the value comes from). Empty: parameters are named sizes and
    take their defaults, as when no site in the file builds the class."""

    def __init__(self, module: cst.Module, source: str | None = None) -> None:
        self.module = module
        self.positions = Positions(module, source)
        self.config: dict[str, tuple[Any, str]] = {}
        # (id of a test, id of its scope) -> (the config it was judged in, its truth)
        self._truths: dict[tuple[int, int], tuple[dict, bool | None]] = {}
        self.memo: dict[str, Any] = {}  # per-file answers that no configuration changes
        self.file_path: str | None = None  # the checked file: its project modules are beside it
        self.scopes: list[Scope] = []  # every scope of the file, set once the pass has run
        # id of an argument forwarded through `**kwargs` -> the configuration its call was
        # bound in: it is judged as that call passes it, wherever its value is asked for
        self._pins: dict[int, dict] = {}
        self._pinned: dict[tuple[int, int], tuple] = {}
        self._merged: set[int] = set()

    def pin(self, node: cst.BaseExpression, config: dict) -> None:
        self._pins[id(node)] = config

    def _pinned_config(self, node: cst.BaseExpression) -> dict | None:
        """The configuration to judge a forwarded argument in: its call's, with what the
        configuration being checked adds; None when the node is not pinned."""
        pinned = self._pins.get(id(node)) if self._pins else None
        if pinned is None or pinned is self.config or id(self.config) in self._merged:
            return None
        key = (id(pinned), id(self.config))
        merged = self._pinned.get(key)
        if merged is None or merged[0] is not pinned or merged[1] is not self.config:
            merged = (pinned, self.config, {**pinned, **self.config})
            self._pinned[key] = merged  # type: ignore[assignment]
            self._merged.add(id(merged[2]))  # kept alive by the memo: its id stays its own
        return merged[2]  # type: ignore[index]

    # configurations ----------------------------------------------------------------------
    def truth(self, node: cst.BaseExpression, scope: Scope, depth: int = 0) -> bool | None:
        """What an `if` test is in this configuration: True, False, or None when not known.

        Remembered per test and configuration (the config dict is replaced, never changed in
        place): a name's bindings sit under nested tests whose names have bindings under tests
        again, and without the memo an elif ladder costs exponential time."""
        key = (id(node), id(scope))
        memo = self._truths.get(key)
        if memo is not None and memo[0] is self.config:
            return memo[1]
        ok, value, _ = self._evaluate(node, scope, depth + 1)
        result = bool(value) if ok and isinstance(
            value, (bool, int, float, str, type(None), tuple)) else None
        self._truths[key] = (self.config, result)
        return result

    def live_lookup(self, name: str, scope: Scope, depth: int = 0
                    ) -> tuple[Scope, list[Binding]] | None:
        """Where `name` resolves from `scope`, with only the bindings this configuration
        makes (see `live`); None when it does not resolve."""
        found = self.lookup(name, scope)
        if found is None:
            return None
        owner, bindings = found
        return owner, self.live(bindings, owner, depth)

    def live(self, bindings: list[Binding], scope: Scope, depth: int = 0) -> list[Binding]:
        """The bindings this configuration makes: those in a branch whose test is known to go
        the other way are dropped, and an `except ImportError:` fallback when others remain."""
        if depth > _MAX_DEPTH:
            return bindings
        kept = [b for b in bindings if not any(
            self.truth(test, scope, depth + 1) is (not taken) for test, taken in b.conditions)]
        plain = [b for b in kept if not b.fallback] or kept
        if len(plain) > 1:  # `params = dict(params)`: a copy holds what the name held
            copies = [b for b in plain if _copies_itself(b)]
            if copies and len(plain) - len(copies) == 1:
                return [b for b in plain if b not in copies]
        return plain

    def live_attributes(self, cls: Scope, attr: str, depth: int = 0) -> list[tuple]:
        """`self.X = ...` assignments of a class that this configuration makes."""
        return [entry for entry in cls.attribute_values.get(attr, []) if depth > _MAX_DEPTH
                or not any(self.truth(test, entry[1], depth + 1) is (not taken)
                           for test, taken in entry[2])]

    def callee(self, node: cst.BaseExpression, scope: Scope, depth: int = 0) -> str | None:
        """The dotted path a called expression stands for: `nn.LSTM`, an alias, `self.rnn_cls`
        assigned once, `getattr(nn, "GRU")`, `{"lstm": nn.LSTM}[kind]`, `nn.LSTM if c else
        nn.GRU` when the configuration decides."""
        if depth > _MAX_DEPTH:
            return None
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) \
                and node.value.value == "self":
            cls = _class_of(scope)
            if cls is None or cls.bindings.get(node.attr.value):
                return None
            assigned = self.live_attributes(cls, node.attr.value, depth)
            if not cls.attribute_values.get(node.attr.value):
                return self._in_base(cls, node.attr.value, depth,
                                     lambda init: self.callee(node, init, depth + 1))
            if len(assigned) != 1 or assigned[0][0] is None:
                return None
            return self.callee(assigned[0][0], assigned[0][1], depth + 1)
        if isinstance(node, cst.Name):
            found = self.live_lookup(node.value, scope, depth)
            if found is not None:
                owner, bindings = found
                if len(bindings) == 1 and bindings[0].kind == "assign" \
                        and not isinstance(bindings[0].payload, cst.Name):
                    return self.callee(bindings[0].payload, owner, depth + 1)
                if len(bindings) == 1 and isinstance(bindings[0].node, cst.ClassDef) \
                        and owner.parent is None:  # `class LSTM(nn.LSTM)` of the file
                    return subclassed_layer(node.value, owner, self.path_of)
                given = self.config.get(f"{node.value}@{owner.key}") \
                    if len(bindings) == 1 and bindings[0].kind == "param" else None
                if given is not None and isinstance(given[0], ObjectRef) \
                        and isinstance(given[0].node, (cst.Name, cst.Attribute)):
                    return self.callee(given[0].node, given[0].scope, depth + 1)  # `cell` of `make_rnn(nn.GRU, ...)`
        if isinstance(node, (cst.Name, cst.Attribute)):
            return self.path_of(node, scope)
        if isinstance(node, cst.Call) and dotted(node.func) == "getattr" and len(node.args) == 2 \
                and not any(a.star or a.keyword for a in node.args):
            base = self.path_of(node.args[0].value, scope)
            ok, attr, _ = self._evaluate(node.args[1].value, scope, depth + 1)
            return f"{base}.{attr}" if base and ok and isinstance(attr, str) and attr.isidentifier() else None
        if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Dict) and len(node.slice) == 1 \
                and isinstance(node.slice[0].slice, cst.Index):
            ok, key, _ = self._evaluate(node.slice[0].slice.value, scope, depth + 1)
            entry = _dict_entry(node.value, key) if ok else None
            return None if entry is None else self.callee(entry, scope, depth + 1)
        if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Name):
            found = self.live_lookup(node.value.value, scope, depth)
            if found is not None:
                owner, bindings = found
                if len(bindings) == 1 and bindings[0].kind == "assign" \
                        and isinstance(bindings[0].payload, cst.Dict):
                    return self.callee(node.with_changes(value=bindings[0].payload), scope, depth + 1)
        if isinstance(node, cst.Subscript) and isinstance(node.value, cst.Attribute):
            table = class_table(node.value, scope)  # `self.supported_rnns[rnn_type]`
            if table is not None:
                return self.callee(node.with_changes(value=table[0]), scope, depth + 1)
        if isinstance(node, cst.Subscript) and len(node.slice) == 1 \
                and isinstance(node.slice[0].slice, cst.Index):  # `dict(lstm=nn.LSTM)[kind]`, `rnns()[kind]`
            table = table_entries(self, node.value, scope)
            ok, key, _ = self._evaluate(node.slice[0].slice.value, scope, depth + 1) if table else (False, None, None)
            entry = next((value for k, value in table[0] if k == key), None) if ok and table else None
            if entry is not None:
                return self.callee(entry, table[1], depth + 1)  # type: ignore[index]
        if isinstance(node, cst.IfExp):
            test = self.truth(node.test, scope, depth + 1)
            if test is not None:
                return self.callee(node.body if test else node.orelse, scope, depth + 1)
        return None

    def location(self, node: cst.CSTNode) -> Location:
        return self.positions.location(node)

    def text(self, node: cst.CSTNode) -> str:
        return self.positions.text(node)

    @staticmethod
    def lookup(name: str, scope: Scope) -> tuple[Scope, list[Binding]] | None:
        s: Scope | None = scope
        first = True
        while s is not None:
            if s.kind == "class" and not first:
                s = s.parent
                continue
            if name in s.bindings:
                return s, s.bindings[name]
            first = False
            s = s.parent
        return None

    @staticmethod
    def path_of(node: cst.BaseExpression, scope: Scope, depth: int = 0) -> str | None:
        """The full dotted path a callee stands for, through imports and plain aliases."""
        name = dotted(node)
        if name is None or depth > _MAX_DEPTH:
            return None
        first, _, rest = name.partition(".")
        found = Resolver.lookup(first, scope)
        if found is None:
            module = _module_of(scope)
            for star in module.stars:
                if not rest and star_provides(star, first):
                    return f"{star}.{first}"
            brought = module.star_torch.get(first)  # `from utils import *` (star_imports.py)
            if brought is not None:
                return f"{brought}.{rest}" if rest else brought
            return None
        owner, bindings = found
        bindings = [b for b in bindings if not b.fallback] or bindings
        if all(b.kind == "import" for b in bindings) and len({b.payload for b in bindings}) == 1:
            base = bindings[0].payload
        elif len(bindings) == 1 and bindings[0].kind == "assign":
            base = Resolver.path_of(bindings[0].payload, owner, depth + 1)
            if base is None:
                return None
        else:
            return None
        return f"{base}.{rest}" if rest else base

    def value(self, node: cst.BaseExpression, scope: Scope, arg: cst.Arg | None = None) -> Value:
        """The argument's value; its location spans the whole argument, keyword included.
        Without `arg` the node is an entry of a `**dict` the call unpacks: its literal is
        written there, not at the argument."""
        text = self.text(node)
        location = self.location(arg if arg is not None else node)
        known, literal, origin = self._evaluate(node, scope, 0)
        size = self.size(node, scope)
        if known:
            at = self.written_at(node, origin)
            if arg is not None and at is not None and location.contains(at):
                at = None  # the literal is the argument itself
            return Value(text=text, known=True, value=literal, origin=_plain(origin) or None,
                         location=location, size=size, origin_at=at,
                         defaulted=getattr(origin, "defaulted", None),
                         site_at=getattr(origin, "site", None), option=getattr(origin, "option", None),
                         bound_at=getattr(origin, "bound", None),
                         generated_at=getattr(origin, "generated", None))
        return Value(text=text, location=location, size=size)

    def written_at(self, node: cst.BaseExpression, origin: Any) -> Location | None:
        """Where the literal behind a value is written: what its origin knows, else the node
        itself when it is a literal written out in full; None when no one literal is."""
        at = _at(origin)
        if at is None and literal_only(node):
            at = self.location(node)
        return at

    # sizes ---------------------------------------------------------------------------------
    def size(self, node: cst.BaseExpression, scope: Scope, depth: int = 0) -> Size | None:
        """The expression as a comparable size: numbers fold, names become named sizes whose
        identity is where they are bound (a parameter, an import, an attribute of one)."""
        if depth > _MAX_DEPTH:
            return None
        scope = scope_for_self(node, scope)  # `self.X` in a comprehension: the method's (comprehended.py)
        pinned = self._pinned_config(node)
        if pinned is not None:
            saved, self.config = self.config, pinned
            try:
                return self.size(node, scope, depth + 1)
            finally:
                self.config = saved
        if isinstance(node, cst.Integer):
            number = int_of(node)
            return None if number is None else Size.number(number, written=(self.location(node),))
        if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
            inner = self.size(node.expression, scope, depth + 1)
            return None if inner is None else Size.number(0) - inner
        if isinstance(node, cst.IfExp):
            ok, test, origin = self._evaluate(node.test, scope, depth + 1)
            if not ok or not isinstance(test, (bool, int, str, type(None))):
                return None
            chosen = self.size(node.body if test else node.orelse, scope, depth + 1)
            if chosen is None or not assumed_origin(origin):
                return chosen
            return Size(chosen.terms, chosen.assumed + tuple(  # the branch rests on it too
                str(part) for part in origin.split("; ") if assumed_origin(part)))
        if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.FloorDivide):
            left = self.size(node.left, scope, depth + 1)
            right = self.size(node.right, scope, depth + 1)
            if left is None or right is None or left.value is None or not right.value:
                return None
            return Size.number(left.value // right.value)
        if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.LeftShift):
            # `hidden << 1`, as kospeech doubles a bidirectional width: `hidden * 2`
            shift = int_of(node.right) if isinstance(node.right, cst.Integer) else None
            left = self._operand_size(node.left, scope, depth + 1)
            if shift is None or left is None or not 0 <= shift < 16:
                return None
            return left * Size.number(2 ** shift)
        if isinstance(node, cst.BinaryOperation):
            if not isinstance(node.operator, (cst.Add, cst.Subtract, cst.Multiply)):
                return None
            left = self._operand_size(node.left, scope, depth + 1)
            right = self._operand_size(node.right, scope, depth + 1)
            if left is None or right is None:
                return None
            if isinstance(node.operator, cst.Add):
                return left + right
            if isinstance(node.operator, cst.Subtract):
                return left - right
            return left * right
        if isinstance(node, cst.Name):
            return self._name_size(node.value, scope, depth)
        saved = self._hyperparameter(node, scope)
        if saved is not None:
            return self._name_size(saved[0], saved[1], depth + 1)
        if isinstance(node, (cst.Attribute, cst.Subscript, cst.Call)) and not (
                isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name)
                and node.value.value in ("self", "cls")):
            # `cfg.hidden`, `cfg["hidden"]`, `cfg.get("hidden", 64)`, `args.hidden`
            ok, value, origin = self._evaluate(node, scope, depth + 1)
            if ok and isinstance(value, int) and not isinstance(value, bool):
                return Size.number(value, (str(origin),) if assumed_origin(origin) else (),
                                   _written(origin))
        if isinstance(node, cst.Attribute):
            if isinstance(node.value, cst.Name) and node.value.value in ("self", "cls"):
                return self._attribute_size(node.attr.value, scope, depth)
            if isinstance(node.value, cst.Name):
                constant = self._class_constant(node.value.value, node.attr.value, scope, depth)
                if constant[0] and isinstance(constant[1], int) and not isinstance(constant[1], bool):
                    return Size.number(constant[1])
            return _member(self.size(node.value, scope, depth + 1), "." + node.attr.value)
        if isinstance(node, cst.Subscript) and len(node.slice) == 1:
            index = node.slice[0].slice
            if isinstance(index, cst.Index) and isinstance(index.value, (cst.SimpleString, cst.Integer)):
                return _member(self.size(node.value, scope, depth + 1), f"[{self.text(index.value)}]")
        return None

    def _operand_size(self, node: cst.BaseExpression, scope: Scope, depth: int) -> Size | None:
        """A term of `+`, `-` or `*`: a flag known in the configuration counts as Python counts
        it, 0 or 1 (`layers * (1 + self.bidirectional)`), a size otherwise."""
        flag = self.flag_as_number(node, scope, depth)
        return flag if flag is not None else self.size(node, scope, depth)

    def flag_as_number(self, node: cst.BaseExpression, scope: Scope, depth: int = 0
                       ) -> Size | None:
        """A name or attribute whose value is a known bool, as the 0 or 1 arithmetic makes
        of it; None for anything else."""
        if not isinstance(node, (cst.Name, cst.Attribute)) or depth > _MAX_DEPTH:
            return None
        ok, value, origin = self._evaluate(node, scope, depth)
        if ok and isinstance(value, bool):
            return Size.number(int(value), (str(origin),) if assumed_origin(origin) else ())
        return None

    def _name_size(self, name: str, scope: Scope, depth: int) -> Size | None:
        if name in ("True", "False", "None"):
            return None
        found = self.live_lookup(name, scope, depth)
        if found is None:
            return None
        owner, bindings = found
        # a parameter's value in the configuration, or a loop target's in one combination of
        # the loops around a layer's call (lint/flow/loops.py)
        if len(bindings) == 1 and bindings[0].kind in ("param", "other") \
                and f"{name}@{owner.key}" in self.config:
            value, origin = self.config[f"{name}@{owner.key}"]
            if isinstance(value, int) and not isinstance(value, bool):
                return Size.number(value, (str(origin),) if assumed_origin(origin) else (),
                                   _written(origin))
            return Size.named(f"{name}@{owner.key}")
        if len(bindings) != 1:  # `size = 0` then `size += part` under flags (accumulated.py)
            return accumulated(name, bindings, owner.node, lambda b: all(
                self.truth(test, owner, depth + 1) is taken for test, taken in b.conditions),
                lambda node: self.size(node, owner, depth + 1)) if owner.kind == "function" else None
        binding = bindings[0]
        if binding.kind == "assign":
            return self.size(binding.payload, owner, depth + 1)
        if binding.kind == "param":
            return Size.named(f"{name}@{owner.key}")
        if binding.kind == "import":
            if owner.kind == "module":  # `from config import HIDDEN`: the project's constant
                module, _, constant = str(binding.payload).rpartition(".")
                ok, value, origin = self._project_constant(module, constant)
                if ok and isinstance(value, int) and not isinstance(value, bool):
                    return Size.number(value, (str(origin),))
            return Size.named(f"{name}@{binding.payload}")
        return None

    def _attribute_size(self, attr: str, scope: Scope, depth: int) -> Size | None:
        """`self.X` in a method: the class constant, or what the one `self.X = ...` assigns,
        or (never assigned here) one named size per class."""
        cls = scope.parent if scope.kind == "function" else None
        if cls is None or cls.kind != "class":
            return None
        if self._set_from_outside(attr):
            return None  # `model.batch_size = len(test)` before the next call: not one size
        if self._sets_attributes_by_name(cls) and not cls.bindings.get(attr):
            return Size.named(f"self.{attr}@{cls.key}")  # a default the caller's keywords replace
        assigned = self.live_attributes(cls, attr, depth)
        if not cls.attribute_values.get(attr):
            bindings = cls.bindings.get(attr, [])
            if len(bindings) == 1 and bindings[0].kind == "assign":
                return self.size(bindings[0].payload, cls, depth + 1)
            if not bindings:  # set by the base class's __init__, from what super() passes
                inherited = self._in_base(cls, attr, depth,
                                          lambda init: self._attribute_size(attr, init, depth + 1))
                if inherited is not None:
                    return inherited
            return None if bindings else Size.named(f"self.{attr}@{cls.key}")
        if len(assigned) != 1 or cls.bindings.get(attr):
            return None
        value, method, _ = assigned[0]
        return None if value is None else self.size(value, method, depth + 1)

    def _evaluate(self, node: cst.BaseExpression, scope: Scope, depth: int) -> tuple[bool, Any, str | None]:
        if depth > _MAX_DEPTH:
            return False, None, None
        scope = scope_for_self(node, scope)  # `self.X` in a comprehension: the method's (comprehended.py)
        pinned = self._pinned_config(node)
        if pinned is not None:
            saved, self.config = self.config, pinned
            try:
                return self._evaluate(node, scope, depth + 1)
            finally:
                self.config = saved
        if isinstance(node, (cst.Integer, cst.Float, cst.Imaginary)):
            ok, literal = literal_of(node)
            return ok, literal, None
        if isinstance(node, (cst.SimpleString, cst.ConcatenatedString)):
            ok, literal = literal_of(node)
            return (ok and isinstance(literal, str)), literal, None
        if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, (cst.Minus, cst.Plus)):
            ok, v, origin = self._evaluate(node.expression, scope, depth + 1)
            if ok and isinstance(v, (int, float)):
                return True, (-v if isinstance(node.operator, cst.Minus) else +v), origin
            return False, None, None
        if isinstance(node, cst.BinaryOperation):
            return self._arithmetic(node, scope, depth)
        if isinstance(node, cst.Name):
            if node.value in ("True", "False", "None"):
                return True, {"True": True, "False": False, "None": None}[node.value], None
            return self._named(node.value, scope, depth)
        saved = self._hyperparameter(node, scope)
        if saved is not None:
            return self._named(saved[0], saved[1], depth + 1)
        if isinstance(node, (cst.Attribute, cst.Subscript, cst.Call)):
            entry = saved_object_entry(self, node, scope, depth)  # `save_hyperparameters(hparams)`
            if entry is not None:
                return entry
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name):
            constant = self._class_constant(node.value.value, node.attr.value, scope, depth)
            if constant[0]:
                return constant
            if node.value.value == "self":
                return self._instance_attribute(node.attr.value, scope, depth)
            if self._reassigned(node.value.value, node.attr.value) \
                    or self._changed_elsewhere(node.value.value, scope, depth, node.attr.value):
                return False, None, None  # `args.hidden = 2 * args.hidden`, maybe under another name
            module = self._imported_module(node.value.value, scope)
            if module is not None:  # `import config; config.HIDDEN`
                return self._project_constant(module, node.attr.value)
            built = self._object_attribute(node.value.value, node.attr.value, scope, depth)
            return built if built[0] else self._option(node.value.value, node.attr.value, scope, depth)
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Attribute) \
                and dotted(node.value.value) == "self":
            return self._kept_member(node, scope, depth)  # `self.opt.hidden`
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Attribute):
            return self._member_value(node, scope, depth)  # `cfg.model.hidden`
        if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Not):
            ok, v, origin = self._evaluate(node.expression, scope, depth + 1)
            return (True, not v, origin) if ok else (False, None, None)
        if isinstance(node, cst.BooleanOperation):
            ok_l, left, origin_l = self._evaluate(node.left, scope, depth + 1)
            if ok_l and isinstance(left, (bool, int, float, str, type(None), tuple)) \
                    and bool(left) is isinstance(node.operator, cst.Or):
                return True, left, origin_l  # `False and x`, `True or x`: Python stops there
            ok_r, right, origin_r = self._evaluate(node.right, scope, depth + 1)
            if not (ok_l and ok_r):
                return False, None, None
            value = (left and right) if isinstance(node.operator, cst.And) else (left or right)
            return True, value, "; ".join(o for o in (origin_l, origin_r) if o) or None
        if isinstance(node, cst.Comparison) and len(node.comparisons) == 1:
            return self._compare(node, scope, depth)
        if isinstance(node, cst.IfExp):
            test = self.truth(node.test, scope, depth + 1)
            if test is None:
                return False, None, None
            branch = node.body if test else node.orelse
            ok, value, origin = self._evaluate(branch, scope, depth + 1)
            return ok, value, Origin(origin or "", self.written_at(branch, origin)) if ok else origin
        if isinstance(node, cst.Tuple) and all(not isinstance(e, cst.StarredElement) for e in node.elements):
            items = [self._evaluate(e.value, scope, depth + 1) for e in node.elements]
            if all(ok for ok, _, _ in items):
                return True, tuple(v for _, v, _ in items), None
            return False, None, None
        if isinstance(node, cst.Subscript) and len(node.slice) == 1 \
                and isinstance(node.slice[0].slice, cst.Index):
            found = self._item(node.value, node.slice[0].slice.value, None, scope, depth)
            return found if found[0] else self._indexed(node, scope, depth)
        if isinstance(node, cst.Subscript) and len(node.slice) == 1 \
                and isinstance(node.slice[0].slice, cst.Slice):
            return self._indexed(node, scope, depth)
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "len" \
                and len(node.args) == 1 and not node.args[0].star and node.args[0].keyword is None \
                and self.lookup("len", scope) is None:
            return self._length(node.args[0].value, scope, depth)
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) \
                and node.func.value in _CONVERSIONS and len(node.args) == 1 \
                and not node.args[0].star and node.args[0].keyword is None \
                and self.lookup(node.func.value, scope) is None:
            return self._converted(node.func.value, node.args[0].value, scope, depth)
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and not node.args \
                and node.func.attr.value in ("lower", "upper", "strip", "casefold"):
            ok, text, origin = self._evaluate(node.func.value, scope, depth + 1)
            if ok and isinstance(text, str):
                return True, getattr(text, node.func.attr.value)(), origin
            return False, None, None
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and not node.args:
            method = self.method_value(node, scope, depth)  # `self.encoder.output_size()`
            if method is not None:
                return method
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) \
                and not any(a.star or a.keyword for a in node.args):
            returned = self._returned(node, scope, depth)
            if returned[0]:
                return returned
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) \
                and node.func.attr.value in ("split", "rsplit") and len(node.args) <= 2 \
                and not any(a.star or a.keyword for a in node.args):
            return self._split(node, scope, depth)
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) \
                and node.func.attr.value == "get" and 1 <= len(node.args) <= 2 \
                and not any(a.star or a.keyword for a in node.args):
            default = node.args[1].value if len(node.args) == 2 else None
            return self._item(node.func.value, node.args[0].value, default, scope, depth, lenient=True)
        return False, None, None

    def _length(self, node: cst.BaseExpression, scope: Scope, depth: int
                ) -> tuple[bool, Any, str | None]:
        """`len(x)` where x is a list, tuple or set the file writes out (`FEATURES = [...]`,
        `self.lags = lags` of a site's `[1, 2, 3]`, a helper's one `return [...]`): its number
        of elements, known or not; unknown when the file changes any list of that name."""
        built = self._sequence(node, scope, depth + 1)
        if built is None:
            ok, value, origin = self._evaluate(node, scope, depth + 1)
            if ok and isinstance(value, (tuple, str)):
                return True, len(value), Origin(f"len({self.text(node)}) = {len(value)}",
                                                self.written_at(node, origin))
            return False, None, None
        at = self.location(built)
        return True, len(built.elements), Origin(
            f"len({self.text(node)}) = {len(built.elements)} (the {type(built).__name__.lower()} "
            f"at line {at.line})", at)

    length = _length  # the flow counts `[f(x) for x in LAGS]` with it

    def _sequence(self, node: cst.BaseExpression, scope: Scope, depth: int
                  ) -> cst.List | cst.Tuple | cst.Set | None:
        """The list, tuple or set literal (no `*x` in it) that a name, `self.x` or a call of a
        module-level helper ending in its one `return [...]` holds, as the file writes it."""
        if depth > _MAX_DEPTH:
            return None
        if isinstance(node, (cst.List, cst.Tuple, cst.Set)):
            if any(isinstance(e, cst.StarredElement) for e in node.elements):
                return None
            return node
        if isinstance(node, cst.Name):
            if node.value in self._resized() or "*" in self._resized():
                return None
            built = self.object_of(node.value, scope, depth)
            return self._sequence(built[0], built[1], depth + 1) if built is not None else None
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) \
                and node.value.value == "self":
            cls = _class_of(scope)
            if cls is None or node.attr.value in self._resized() or "*" in self._resized():
                return None
            assigned = self.live_attributes(cls, node.attr.value, depth)
            if len(assigned) != 1 or assigned[0][0] is None:
                return None
            return self._sequence(assigned[0][0], assigned[0][1], depth + 1)
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name):
            returned = self._returned_literal(node.func.value, scope)
            return self._sequence(returned[0], returned[1], depth + 1) if returned is not None else None
        return None

    def _resized(self) -> set[str]:
        """Names (and `self.X` attribute names) whose list the file may change in length
        anywhere: `x.append(...)`, `.extend`, `.insert`, `.pop`, `.remove`, `.clear`, `x += `,
        `x[i:j] = `, `del x[i]`."""
        found = self.memo.get("resized")
        if found is None:
            found = self.memo["resized"] = _resized_names(self.positions.python_nodes())
        return found

    def _returned_literal(self, name: str, scope: Scope,
                          kinds: tuple[type, ...] = (cst.List, cst.Tuple)
                          ) -> tuple[cst.BaseExpression, Scope] | None:
        """What a module-level function returns when its body ends in its one `return` of a
        literal of `kinds` (a list or tuple; a dict for `_returned_dict`) that names none of
        its parameters."""
        found = self.lookup(name, scope)
        if found is None or found[0].parent is not None or len(found[1]) != 1 \
                or not isinstance(found[1][0].node, cst.FunctionDef):
            return None
        function = found[1][0].node
        own = next((s for s in self.scopes if s.node is function), None)
        body = function.body.body if isinstance(function.body, cst.IndentedBlock) else []
        if own is None or not body or not isinstance(body[-1], cst.SimpleStatementLine):
            return None
        last = body[-1].body[0] if len(body[-1].body) == 1 else None
        if not isinstance(last, cst.Return) or not isinstance(last.value, kinds):
            return None
        returns = _Returns()
        walk(function.body, returns)
        params = {p.name.value for p in (*function.params.posonly_params, *function.params.params,
                                         *function.params.kwonly_params)}
        if returns.count != 1 or names_in(last.value) & params:
            return None
        return last.value, own

    def _converted(self, kind: str, node: cst.BaseExpression, scope: Scope, depth: int
                   ) -> tuple[bool, Any, str | None]:
        """`int(x)`, `float(x)`, `bool(x)`, `str(x)` of a known literal, as Python converts it
        (a conversion Python refuses is unknown: the linter does not run the code)."""
        ok, value, origin = self._evaluate(node, scope, depth + 1)
        if not ok or not isinstance(value, (bool, int, float, str)):
            return False, None, None
        try:
            converted = _CONVERSIONS[kind](value)
        except (ValueError, OverflowError):
            return False, None, None
        return True, converted, Origin(origin or "", self.written_at(node, origin))

    def _returned(self, node: cst.Call, scope: Scope, depth: int) -> tuple[bool, Any, str | None]:
        """What a module-level function of the file returns when its body is one `return`
        (after a docstring) and the call passes a value the file knows for each parameter:
        `word_dim(GLOVE)` with `def word_dim(path): return int(path.rsplit(".", 2)[-2][:-1])`."""
        found = self.lookup(node.func.value, scope)  # type: ignore[attr-defined]
        if found is None or found[0].parent is not None or len(found[1]) != 1 \
                or not isinstance(found[1][0].node, cst.FunctionDef):
            return False, None, None
        function = found[1][0].node
        inner = next((s for s in self.scopes if s.node is function), None)
        params = function.params
        body = function.body.body if isinstance(function.body, cst.IndentedBlock) else ()
        statements = [s for s in body if not (isinstance(s, cst.SimpleStatementLine)
                                              and isinstance(s.body[0], cst.Expr)
                                              and isinstance(s.body[0].value, cst.SimpleString))]
        if inner is None or function.asynchronous is not None \
                or not isinstance(params.star_arg, cst.MaybeSentinel) \
                or params.star_kwarg is not None or params.kwonly_params \
                or params.posonly_params or len(node.args) != len(params.params) \
                or any(p.default is not None for p in params.params) \
                or len(statements) != 1 or not isinstance(statements[0], cst.SimpleStatementLine) \
                or len(statements[0].body) != 1 or not isinstance(statements[0].body[0], cst.Return) \
                or statements[0].body[0].value is None:
            return False, None, None
        passed = {}
        for param, arg in zip(params.params, node.args):
            ok, value, origin = self._evaluate(arg.value, scope, depth + 1)
            if not ok or len(inner.bindings.get(param.name.value, [])) != 1:
                return False, None, None
            passed[f"{param.name.value}@{inner.key}"] = (value, Origin(origin or "", self.written_at(arg.value, origin)))
        saved, self.config = self.config, {**self.config, **passed}
        try:
            return self._evaluate(statements[0].body[0].value, inner, depth + 1)
        finally:
            self.config = saved

    def _split(self, node: cst.Call, scope: Scope, depth: int) -> tuple[bool, Any, str | None]:
        """`name.rsplit(".", 1)` of a known string: its pieces, as a tuple (the sizes a file
        reads from a name it writes: `int(EMBEDDINGS.split(".")[-1][:-1])` of "glove.6B.50d")."""
        # a piece of the expression, not a name followed: no step deeper (the tree is finite)
        ok, text, origin = self._evaluate(node.func.value, scope, depth)  # type: ignore[attr-defined]
        parts = [self._evaluate(a.value, scope, depth + 1) for a in node.args]
        if not ok or not isinstance(text, str) or not all(p[0] for p in parts):
            return False, None, None
        sep = parts[0][1] if parts else None
        limit = parts[1][1] if len(parts) > 1 else -1
        if not (sep is None or (isinstance(sep, str) and sep)) \
                or not isinstance(limit, int) or isinstance(limit, bool):
            return False, None, None
        pieces = getattr(text, node.func.attr.value)(sep, limit)  # type: ignore[attr-defined]
        return True, tuple(pieces), Origin(origin or "", self.written_at(node.func.value, origin))  # type: ignore[attr-defined]

    def _indexed(self, node: cst.Subscript, scope: Scope, depth: int) -> tuple[bool, Any, str | None]:
        """An item or a slice with literal bounds of a known string or tuple: `parts[-1]`,
        `"50d"[:-1]`."""
        ok, whole, origin = self._evaluate(node.value, scope, depth)  # a piece, as in _split
        if not ok or not isinstance(whole, (str, tuple)):
            return False, None, None
        part = node.slice[0].slice
        if isinstance(part, cst.Index):
            found, index, _ = self._evaluate(part.value, scope, depth + 1)
            if not found or not isinstance(index, int) or isinstance(index, bool) \
                    or not -len(whole) <= index < len(whole):
                return False, None, None
            value = whole[index]
        else:
            assert isinstance(part, cst.Slice)
            bounds = []
            for bound in (part.lower, part.upper, part.step):
                if bound is None:
                    bounds.append(None)
                    continue
                found, number, _ = self._evaluate(bound, scope, depth + 1)
                if not found or not isinstance(number, int) or isinstance(number, bool) or number == 0 and bound is part.step:
                    return False, None, None
                bounds.append(number)
            value = whole[slice(*bounds)]
        if isinstance(value, tuple) and not all(isinstance(v, (bool, int, float, str, type(None))) for v in value):
            return False, None, None
        return True, value, Origin(origin or "", self.written_at(node.value, origin))

    def _compare(self, node: cst.Comparison, scope: Scope, depth: int) -> tuple[bool, Any, str | None]:
        target = node.comparisons[0]
        ok_l, left, origin_l = self._evaluate(node.left, scope, depth + 1)
        ok_r, right, origin_r = self._evaluate(target.comparator, scope, depth + 1)
        if not (ok_l and ok_r):
            return False, None, None
        op = target.operator
        literal = (bool, int, float, str, type(None))
        if isinstance(op, (cst.Equal, cst.NotEqual, cst.Is, cst.IsNot)) \
                and isinstance(left, literal) and isinstance(right, literal):
            equal = left == right if isinstance(op, (cst.Equal, cst.NotEqual)) else (
                left is right if right is None or left is None else left == right)
            value = equal if isinstance(op, (cst.Equal, cst.Is)) else not equal
        elif isinstance(op, (cst.In, cst.NotIn)) and isinstance(right, tuple) and isinstance(left, literal):
            value = (left in right) == isinstance(op, cst.In)
        else:
            return False, None, None
        return True, value, "; ".join(o for o in (origin_l, origin_r) if o) or None

    def _item(self, container: cst.BaseExpression, key_node: cst.BaseExpression,
              default: cst.BaseExpression | None, scope: Scope, depth: int,
              lenient: bool = False) -> tuple[bool, Any, str | None]:
        """`cfg["hidden"]`, `cfg.get("hidden", 64)` of a dict literal (or `dict(...)`) bound
        once; keys it `.pop`s or assigns make it unknown."""
        ok, key, _ = self._evaluate(key_node, scope, depth + 1)
        kept = kept_dict_name(self, container, scope, depth) if ok else None
        if not ok or not isinstance(key, str) or not (kept or isinstance(container, (cst.Name, cst.Subscript))):
            return False, None, None
        if kept is not None:  # `self.model_args.get("layers", 1)` of `self.model_args = model_args`
            literal = self.dict_literal(kept[0], kept[1], depth + 1)
        elif isinstance(container, cst.Subscript):  # `CONFIG["model"]["hidden"]`
            nested = self._dict_entries(container, scope, depth + 1)
            literal = None if nested is None else (nested, self.location(container).line)
        else:
            literal = self.dict_literal(container.value, scope, depth + 1)
        if literal is None:
            return self._option_entry(container.value, key, scope, depth) \
                if isinstance(container, cst.Name) else (False, None, None)
        entries, where = literal
        if key in entries:
            ok, value, inner = self._evaluate(entries[key][0], entries[key][1], depth + 1)
            said = f'{self.text(container)}["{key}"] = {value!r} at line {where}'
            option = getattr(inner, "option", None)
            if option is not None and assumed_origin(inner):
                said += f": {inner}"  # an argparse default the command line may replace
            return (True, value, Origin(said, self.written_at(entries[key][0], inner),
                                        option=option)) if ok \
                else (False, None, None)
        if lenient and default is not None:
            ok, value, inner = self._evaluate(default, scope, depth + 1)
            said = inner or f'{self.text(container)} (the dict at line {where}) has no "{key}": the default {value!r}'
            return (True, value, Origin(said, self.written_at(default, inner))) if ok \
                else (False, None, None)
        return False, None, None

    def _attributes_set(self) -> dict[str, set[str | None]]:
        """The file's attribute assignments by object name, read once per file."""
        assigned = self.memo.get("attributes assigned")
        if assigned is None:
            assigned = self.memo["attributes assigned"] = _attributes_assigned(self.positions.python_nodes())
        return assigned

    def _set_from_outside(self, attr: str) -> bool:
        """Whether the file assigns `attr` on an object other than `self`/`cls` (`model.
        batch_size = X_test.shape[1]`): an instance's attribute may then differ between the
        calls of its methods, and what its class assigns is not what they read."""
        assigned = self._attributes_set()
        return any(attr in attrs for base, attrs in assigned.items()
                   if base not in ("self", "cls", ""))

    def _reassigned(self, base: str, attr: str) -> bool:
        """Whether the file assigns `base.attr` anywhere (`cfg.layers = 2`, `args.x += 1`,
        `setattr(cfg, ...)`, `del cfg.x`): then what built the object no longer says it."""
        assigned = self._attributes_set()
        found = assigned.get(base, ())
        return attr in found or None in found

    def _aliases(self, built: cst.BaseExpression) -> set[str]:
        """Every name the file binds to the object `built` makes (`CONFIG = {...}`, `args =
        parser.parse_args()`): a parameter that receives it sees what is done to any of them."""
        by_node = self.memo.get("names by value")
        if by_node is None:
            by_node = self.memo["names by value"] = {}
            for scope in self.scopes:
                for name, bindings in scope.bindings.items():
                    for binding in bindings:
                        if binding.kind == "assign" and binding.payload is not None:
                            by_node.setdefault(id(binding.payload), set()).add(name)
        return by_node.get(id(built), set())

    def _changed_elsewhere(self, name: str, scope: Scope, depth: int, attr: str | None = None,
                           key: str | None = None) -> bool:
        """Whether the object a name holds (through the site that passed it) is changed under
        another name: `args.x = ...` or `CONFIG["x"] = ...` before `Model(args)`/`Model(CONFIG)`
        reads it as `a.x`/`cfg["x"]`. Any scope counts: what runs first is not followed."""
        built = self.object_of(name, scope, depth)
        if built is None:
            return False
        for alias in self._aliases(built[0]) - {name}:
            if attr is not None and self._reassigned(alias, attr):
                return True
            for each in self.scopes:
                changed = each.mutations.get(alias, [])
                if None in changed and self._all_filled(alias, built[0], changed) is not None:
                    changed = [key for key in changed if key is not None]
                if None in changed or (key is not None and key in changed) \
                        or (key is None and attr is None and changed):
                    return True
        return False

    def dict_literal(self, name: str, scope: Scope, depth: int = 0
                     ) -> tuple[dict[str, tuple[cst.BaseExpression, Scope]], int] | None:
        """The string keys of a dict a name is bound to once (`{...}`, `dict(k=v)`,
        `dict(OTHER)`, `dict(OTHER, k=v)`), each with its value node and scope, and the line;
        None when anything may change it (`x[k] = v`, `.update`, `.pop` of an unknown key)."""
        if depth > _MAX_DEPTH:
            return None
        found = self.live_lookup(name, scope, depth)
        if found is None:
            return None
        owner, bindings = found
        forwarded = self._forwarded(name, owner, bindings)
        if forwarded is not None:
            entries: dict | None = dict(forwarded.entries)
            built = (forwarded.node, forwarded.scope)
        else:
            built = self.object_of(name, scope, depth)
            if built is None:
                return None
            entries = self._dict_entries(built[0], built[1], depth + 1)
        if entries is None:
            return None
        changes = _module_of(owner).mutations.get(name, [])
        if forwarded is None:  # `net_args = {}` then `net_args["hidden"] = hidden`
            for alias in sorted(self._aliases(built[0])):
                made = _module_of(owner).mutations.get(alias, [])
                filled = self._all_filled(alias, built[0], made) if None in made else []
                if filled is None:
                    return None
                entries.update({key: (value, where) for key, value, where in filled})
                changes = [key for key in changes if key is not None] if alias == name else changes
        for popped in changes:
            if popped is None:
                return None
            entries.pop(popped, None)
        if forwarded is None and self._changed_elsewhere(name, scope, depth):
            return None  # `CONFIG["input_size"] = 12` where the parameter's site passes CONFIG
        line = self.location(built[0]).line
        return entries, line

    def _filled(self, name: str, owner: Scope, built: cst.BaseExpression
                ) -> list[tuple[str, cst.BaseExpression]] | None:
        """The keys set one by one after `name = {...}` in the block that binds it (lint/filled_dicts.py)."""
        node = owner.node if owner.node is not None else self.module
        block = node.body if isinstance(node, cst.Module) else getattr(node, "body", None)
        body = block.body if isinstance(block, cst.IndentedBlock) else block
        return filled_entries(body, built, name) if isinstance(body, (tuple, list)) else None

    def _all_filled(self, name: str, built: cst.BaseExpression, changes: list[str | None]
                    ) -> list[tuple[str, cst.BaseExpression, Scope]] | None:
        """The keys filled where the dict `name` is made, when they are every unknown change
        of a dict of that name in the file; None when something else may change it."""
        owner = next((s for s in self.scopes if any(b.kind == "assign" and b.payload is built
                                                     for b in s.bindings.get(name, []))), None)
        filled = None if owner is None else self._filled(name, owner, built)
        if filled is None or len(filled) != changes.count(None):
            return None
        return [(key, value, owner) for key, value in filled]

    def _forwarded(self, name: str, owner: Scope, bindings: list[Binding]) -> KeywordsRef | None:
        """What this configuration's call passes into a `**kwargs` parameter."""
        if len(bindings) != 1 or bindings[0].kind != "other" or not isinstance(bindings[0].node, cst.Param):
            return None
        given = self.config.get(f"{name}@{owner.key}")
        return given[0] if given is not None and isinstance(given[0], KeywordsRef) else None

    def object_of(self, name: str, scope: Scope, depth: int = 0
                  ) -> tuple[cst.BaseExpression, Scope] | None:
        """The expression (and its scope) that builds what a name holds: its one assignment,
        or what the configuration's site passed for a parameter."""
        found = self.live_lookup(name, scope, depth)
        if found is None or depth > _MAX_DEPTH:
            return None
        owner, bindings = found
        if len(bindings) != 1:
            return None
        if bindings[0].kind == "assign":
            return bindings[0].payload, owner
        given = self.config.get(f"{name}@{owner.key}") if bindings[0].kind == "param" else None
        if given is not None and isinstance(given[0], ObjectRef):
            return given[0].node, given[0].scope
        return None

    def _object_attribute(self, base: str, attr: str, scope: Scope, depth: int
                          ) -> tuple[bool, Any, str | None]:
        """`cfg.hidden` of `cfg = SimpleNamespace(hidden=64)`, of a dataclass instance (the
        field's keyword or default), or of a class of the file whose `__init__` sets
        `self.hidden` once (to a literal, or to a parameter the call passes or defaults)."""
        built = self.object_of(base, scope, depth)
        if built is not None:
            built = self.returned_object(built[0], built[1], depth + 1)
        else:
            built = self.built_object(cst.Name(base), scope, depth + 1)  # `cfg = Config`
        return self._attribute_of(built, base, attr, depth)

    def _member_value(self, node: cst.Attribute, scope: Scope, depth: int) -> tuple[bool, Any, str | None]:
        """`cfg.model.hidden`: the attribute of the object `cfg.model` holds (lint/objects.py)."""
        if self.changed_member(node.attr.value):
            return False, None, None
        built = self.built_object(node.value, scope, depth + 1)
        return self._attribute_of(built, self.text(node.value), node.attr.value, depth)

    def _kept_member(self, node: cst.Attribute, scope: Scope, depth: int) -> tuple[bool, Any, str | None]:
        """`self.opt.hidden` where `__init__` keeps `self.opt = opt` once: `opt.hidden` there,
        unless the file assigns `hidden` on some object or `opt` on one but `self`."""
        kept = node.value.attr.value  # type: ignore[attr-defined]
        cls = _class_of(scope)
        if cls is None or cls.bindings.get(kept) or self.changed_member(node.attr.value) \
                or self._set_from_outside(kept):
            return False, None, None
        assigned = self.live_attributes(cls, kept, depth)
        if len(cls.attribute_values.get(kept, [])) != 1 or len(assigned) != 1:
            return False, None, None
        value, method, _ = assigned[0]
        if method.name != "__init__" or method.parent is not cls:
            return False, None, None
        if isinstance(value, cst.Call):  # `self.encoder = Encoder(hidden)`: its attribute
            return self._attribute_of((value, method), self.text(node.value), node.attr.value, depth)
        if not isinstance(value, cst.Name) or value.value in ("self", "cls"):
            return False, None, None
        return self._evaluate(node.with_changes(value=value), method, depth + 1)

    def _attribute_of(self, built: tuple[cst.BaseExpression, Scope] | None, base: str, attr: str,
                      depth: int) -> tuple[bool, Any, str | None]:
        """The attribute `attr` of the object `built` builds (`base` names it in messages)."""
        if built is not None and not isinstance(built[0], cst.Call):
            if self.changed_member(attr):  # `Config.hidden = 64` somewhere
                return False, None, None
            member = self.member_node(built[0], built[1], attr, depth + 1)  # a class's attribute
            if member is None:
                return False, None, None
            ok, value, inner = self._evaluate(member[0], member[1], depth + 1)
            return (True, value, Origin(f"{base}.{attr} = {value!r}", self.written_at(member[0], inner))) \
                if ok else (False, None, None)
        if built is None:
            return False, None, None
        call, where = built
        keywords = {a.keyword.value: a.value for a in call.args if a.keyword is not None}
        path = self.callee(call.func, where, depth + 1)
        if path in _NAMESPACES or path in _ATTRIBUTE_DICTS:
            entries = self._namespace_entries(call, where, path in _ATTRIBUTE_DICTS, depth)
            if entries is None or attr not in entries:
                return False, None, None
            node, node_scope = entries[attr]
            ok, value, inner = self._evaluate(node, node_scope, depth + 1)
            return (True, value, Origin(f"{base}.{attr} = {value!r} at line {self.location(call).line}",
                                        self.written_at(node, inner))) \
                if ok else (False, None, None)
        if any(a.star for a in call.args):
            return False, None, None
        if not isinstance(call.func, cst.Name):
            return False, None, None
        module = _module_of(where)
        classes = module.classes.get(call.func.value, [])
        found = self.lookup(call.func.value, where)
        if len(classes) != 1 or found is None or found[0] is not module:
            return False, None, None
        cls = classes[0]
        computed = self.computed_member(cls, call, where, attr, depth)  # a @property
        if computed is not None:
            ok, value, inner = computed
            return (True, value, Origin(f"{base}.{attr} = {value!r} ({cls.name}(...) at line "
                                        f"{self.location(call).line})", self.written_at(call, inner))) \
                if ok else (False, None, None)
        ok, value, at = self._built_attribute(cls, call, where, attr, keywords, depth)
        if not ok:
            return False, None, None
        return True, value, Origin(
            f"{base}.{attr} = {value!r} ({cls.name}(...) at line {self.location(call).line})", at)

    def _namespace_entries(self, call: cst.Call, where: Scope, wraps_a_dict: bool, depth: int
                           ) -> dict[str, tuple[cst.BaseExpression, Scope]] | None:
        """The fields of `SimpleNamespace(hidden=64, **CONFIG)`, or of `EasyDict(CONFIG)` and
        the like (a dict whose entries read as attributes), each with its value node and scope;
        None when anything passed is not known."""
        entries: dict[str, tuple[cst.BaseExpression, Scope]] = {}
        for arg in call.args:
            if arg.keyword is not None:
                entries[arg.keyword.value] = (arg.value, where)
                continue
            if arg.star == "*" or (not arg.star and not wraps_a_dict):
                return None
            if isinstance(arg.value, cst.Name):
                found = self.dict_literal(arg.value.value, where, depth + 1)
                inner = None if found is None else found[0]
            else:
                inner = self._dict_entries(arg.value, where, depth + 1)
            if inner is None:
                return None
            entries.update(inner)
        return entries

    def _built_attribute(self, cls: Scope, call: cst.Call, where: Scope, attr: str,
                         keywords: dict, depth: int) -> tuple[bool, Any, Location | None]:
        init = cls.bindings.get("__init__", [])
        if not init:  # a dataclass, or a plain class: the class body's value
            if attr in keywords:
                ok, value, inner = self._evaluate(keywords[attr], where, depth + 1)
                return ok, value, self.written_at(keywords[attr], inner) if ok else None
            positional = [a.value for a in call.args if a.keyword is None]
            fields = record_fields(cls) if positional else None
            if positional and (fields is None or attr not in fields or len(positional) > len(fields)):
                return False, None, None  # `HParams(64, 2)`: a dataclass's fields in order
            if fields is not None and fields.index(attr) < len(positional):
                given = positional[fields.index(attr)]
                ok, value, inner = self._evaluate(given, where, depth + 1)
                return ok, value, self.written_at(given, inner) if ok else None
            field_bindings = cls.bindings.get(attr, [])
            if len(field_bindings) == 1 and field_bindings[0].kind == "assign":
                payload = field_bindings[0].payload
                default = field_default(payload, self.callee(payload.func, cls, depth + 1)) \
                    if isinstance(payload, cst.Call) else None
                payload = default if default is not None else payload  # `field(default=2)`
                ok, value, inner = self._evaluate(payload, cls, depth + 1)
                return ok, value, self.written_at(payload, inner) if ok else None
            return False, None, None
        if len(init) != 1 or not isinstance(init[0].node, cst.FunctionDef):
            return False, None, None
        copied = _copied_dict(init[0].node)
        if copied is not None:  # `Config(CONFIG)` copying the dict's entries into attributes
            return self._copied_attribute(cls, call, where, attr, keywords, copied, init[0].node, depth)
        if copies_keywords(init[0].node) is not None:  # `self.__dict__.update(kwargs)`
            if cls.attribute_values or cls.bindings.get(attr):
                return False, None, None
            return self._keyword_passed(call, where, KeywordRead(attr, None), init[0].node, depth)
        assigned = self.live_attributes(cls, attr, depth)
        if len(assigned) != 1 or assigned[0][0] is None or cls.bindings.get(attr):
            return False, None, None
        value, method, _ = assigned[0]
        if method.node is not init[0].node:
            return False, None, None
        updated, at_end = self_updated(init[0].node)  # `self.hidden = 64; self.__dict__.update(kwargs)`
        if updated and (any(a.star for a in call.args) or attr in keywords):
            if not at_end or any(a.star for a in call.args):
                return False, None, None
            ok, passed, inner = self._evaluate(keywords[attr], where, depth + 1)
            return ok, passed, self.written_at(keywords[attr], inner) if ok else None
        kwargs = keywords_parameter(init[0].node)
        read = keyword_read(value, kwargs) if kwargs is not None else None
        if read is not None:  # `self.hidden = kwargs.get("hidden", 16)`
            return self._keyword_passed(call, where, read, init[0].node, depth, method)
        if isinstance(value, cst.Name) and len(method.bindings.get(value.value, [])) == 1 \
                and method.bindings[value.value][0].kind == "param":
            params = [p.name.value for p in (*init[0].node.params.posonly_params,
                                             *init[0].node.params.params)][1:]
            positional = [a.value for a in call.args if a.keyword is None]
            if value.value in keywords:
                ok, literal, inner = self._evaluate(keywords[value.value], where, depth + 1)
                return ok, literal, self.written_at(keywords[value.value], inner) if ok else None
            if value.value in params and params.index(value.value) < len(positional):
                ok, literal, inner = self._evaluate(positional[params.index(value.value)], where, depth + 1)
                return ok, literal, self.written_at(positional[params.index(value.value)], inner) if ok else None
        # `self.out_dim = hidden * (2 if bidirectional else 1)`: the parameters as this call
        # binds them (what it leaves out keeps its default, as in Python)
        passed = self._call_binds(call.args, init[0].node, method, where, depth)
        if passed is None:
            return False, None, None
        saved, self.config = self.config, {**self.config, **passed}
        try:
            ok, literal, inner = self._evaluate(value, method, depth + 1)
        finally:
            self.config = saved
        return ok, literal, self.written_at(value, inner) if ok else None

    def _call_binds(self, args: Sequence[cst.Arg], init: cst.FunctionDef, method: Scope,
                    where: Scope, depth: int) -> dict[str, tuple[Any, Any]] | None:
        """`__init__`'s parameters as a call's `args` (after `self`) bind them, as configuration
        entries of `method` (unknown where the call's value is not known); None when the call
        spreads `*`/`**` or would not bind."""
        params = init.params
        positional = [p.name.value for p in (*params.posonly_params, *params.params)][1:]
        names = set(positional) | {p.name.value for p in params.kwonly_params}
        passed: dict[str, tuple[Any, Any]] = {}
        for index, arg in enumerate(args):
            if arg.star:
                return None
            key = arg.keyword.value if arg.keyword is not None else (
                positional[index] if index < len(positional) else None)
            if key is None or key not in names:
                return None
            ok, value, origin = self._evaluate(arg.value, where, depth + 1)
            passed[f"{key}@{method.key}"] = (
                value, Origin(origin or "", self.written_at(arg.value, origin))) if ok else (UNKNOWN, "")
        return passed

    def _keyword_passed(self, call: cst.Call, where: Scope, read: KeywordRead, init: cst.FunctionDef,
                        depth: int, method: Scope | None = None) -> tuple[bool, Any, Location | None]:
        """What `**kwargs` holds for `read.key` when `call` builds the object: the keyword the
        call passes, else `read`'s default (one that names no parameter of `__init__`);
        unknown when the call spreads a dict (`**cfg`) it may come in."""
        if any(a.star for a in call.args):
            return False, None, None
        named = {p.name.value for p in (*init.params.posonly_params, *init.params.params,
                                        *init.params.kwonly_params)}
        passed = {a.keyword.value: a.value for a in call.args if a.keyword is not None}
        if read.key in passed and read.key not in named:
            ok, value, inner = self._evaluate(passed[read.key], where, depth + 1)
            return ok, value, self.written_at(passed[read.key], inner) if ok else None
        if read.default is None or method is None or names_in(read.default) & named:
            return False, None, None
        ok, value, inner = self._evaluate(read.default, method, depth + 1)
        return ok, value, self.written_at(read.default, inner) if ok else None

    def _copied_attribute(self, cls: Scope, call: cst.Call, where: Scope, attr: str, keywords: dict,
                          param: str, init: cst.FunctionDef, depth: int) -> tuple[bool, Any, Location | None]:
        """The entry `attr` of the dict literal the call passes for `param`, when the class sets
        no attribute otherwise."""
        if cls.attribute_values or cls.bindings.get(attr):
            return False, None, None
        params = [p.name.value for p in (*init.params.posonly_params, *init.params.params)][1:]
        positional = [a.value for a in call.args if a.keyword is None and not a.star]
        if any(a.star for a in call.args):
            return False, None, None
        node = keywords.get(param) if param in keywords else (
            positional[params.index(param)] if param in params and params.index(param) < len(positional)
            else None)
        if node is None:
            return False, None, None
        if isinstance(node, cst.Name):
            found = self.dict_literal(node.value, where, depth + 1)
            entries = None if found is None else found[0]
        else:
            entries = self._dict_entries(node, where, depth + 1)
        if entries is None or attr not in entries:
            return False, None, None
        ok, value, inner = self._evaluate(entries[attr][0], entries[attr][1], depth + 1)
        return ok, value, self.written_at(entries[attr][0], inner) if ok else None

    def _dict_entries(self, node: cst.BaseExpression, scope: Scope, depth: int
                      ) -> dict[str, tuple[cst.BaseExpression, Scope]] | None:
        if isinstance(node, cst.Dict):
            out: dict[str, tuple[cst.BaseExpression, Scope]] = {}
            for element in node.elements:
                if isinstance(element, cst.StarredDictElement):
                    if not isinstance(element.value, cst.Name):
                        return None
                    inner = self.dict_literal(element.value.value, scope, depth + 1)
                    if inner is None:
                        return None
                    out.update(inner[0])
                    continue
                ok, key, _ = self._evaluate(element.key, scope, depth + 1)
                if not ok or not isinstance(key, str):
                    return None
                out[key] = (element.value, scope)
            return out
        if isinstance(node, cst.Call) and dotted(node.func) == "dict":
            out = {}
            for arg in node.args:
                if arg.keyword is not None:
                    out[arg.keyword.value] = (arg.value, scope)
                elif not arg.star and isinstance(arg.value, cst.Name) and not out:
                    inner = self.dict_literal(arg.value.value, scope, depth + 1)
                    if inner is None:
                        return None
                    out.update(inner[0])
                elif arg.star == "**" and isinstance(arg.value, cst.Name):
                    inner = self.dict_literal(arg.value.value, scope, depth + 1)
                    if inner is None:
                        return None
                    out.update(inner[0])
                else:
                    return None
            return out
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name):
            # `load_config(...)`: a function of the module whose one statement of note is
            # `return {...}` with literal entries (the arguments play no part in them)
            returned = self._returned_dict(node.func.value, scope)
            if returned is not None:
                return self._dict_entries(returned[0], returned[1], depth + 1)
        if isinstance(node, cst.Call) and dotted(node.func) in _COPIES[1:] and len(node.args) == 1 \
                and not node.args[0].star and node.args[0].keyword is None:
            # `copy.deepcopy(CONFIG["encoder"])`: the same entries
            inner_node = node.args[0].value
            if isinstance(inner_node, cst.Name):
                inner = self.dict_literal(inner_node.value, scope, depth + 1)
                return None if inner is None else dict(inner[0])
            return self._dict_entries(inner_node, scope, depth + 1)
        if isinstance(node, cst.Subscript) and isinstance(node.value, (cst.Name, cst.Subscript)) \
                and len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index):
            # `SETTINGS["arch"]`, `CONFIG["model"]["encoder"]`: a dict literal nested in a
            # dict literal nothing changes
            ok, key, _ = self._evaluate(node.slice[0].slice.value, scope, depth + 1)
            base = node.value
            while isinstance(base, cst.Subscript):
                base = base.value
            if not ok or not isinstance(key, str) or not isinstance(base, cst.Name) \
                    or _module_of(scope).mutations.get(base.value):
                return None
            if isinstance(node.value, cst.Name):
                outer = self.dict_literal(node.value.value, scope, depth + 1)
                entries = None if outer is None else outer[0]
            else:
                entries = self._dict_entries(node.value, scope, depth + 1)
            if entries is None or key not in entries:
                return None
            value_node, value_scope = entries[key]
            if isinstance(value_node, cst.Name):
                inner = self.dict_literal(value_node.value, value_scope, depth + 1)
                return None if inner is None else inner[0]
            return self._dict_entries(value_node, value_scope, depth + 1)
        return None

    def _returned_dict(self, name: str, scope: Scope) -> tuple[cst.Dict, Scope] | None:
        """The dict literal a module-level function returns, when its body ends in its one
        `return {...}` and its entries name none of its parameters."""
        found = self._returned_literal(name, scope, (cst.Dict, cst.Call))
        if found is None or (isinstance(found[0], cst.Call) and dotted(found[0].func) != "dict"):
            return None  # `return {...}` or `return dict(...)`
        return found  # type: ignore[return-value]

    def _instance_attribute(self, attr: str, scope: Scope, depth: int) -> tuple[bool, Any, str | None]:
        """`self.p` when the class assigns it once, `self.p = 0.3` or `self.p = p`."""
        cls = _class_of(scope)
        if cls is None or cls.bindings.get(attr) or self._sets_attributes_by_name(cls):
            return False, None, None
        if not cls.attribute_values.get(attr):
            found = self._in_base(cls, attr, depth,
                                  lambda init: self._instance_attribute(attr, init, depth + 1))
            return found or (False, None, None)
        assigned = self.live_attributes(cls, attr, depth)
        if len(assigned) != 1 or assigned[0][0] is None:
            return False, None, None
        value, method, _ = assigned[0]
        ok, literal, inner = self._evaluate(value, method, depth + 1)
        return (True, literal, Origin(inner or "", self.written_at(value, inner))) if ok \
            else (False, None, None)

    def _imported_module(self, name: str, scope: Scope) -> str | None:
        """The module path `name` is bound to by its one import (`import config`,
        `import utils.hparams as hp`, `from . import config`), when it is no torch path."""
        found = self.lookup(name, scope)
        if found is None or found[0].kind != "module" or len(found[1]) != 1 \
                or found[1][0].kind != "import":
            return None
        path = str(found[1][0].payload)
        if path.startswith("..") and "." not in path.lstrip("."):
            path = path[1:]  # `from . import config` binds config to "..config": the module .config
        return None if path == "torch" or path.startswith("torch.") else path

    def _project_constant(self, module: str, name: str) -> tuple[bool, Any, str | None]:
        """`name` as the project's module `module` binds it once to a literal (local_modules.py);
        unknown when the module is not beside the file, or the name is not such a constant."""
        if self.file_path is None or not module or module == "torch" or module.startswith("torch."):
            return False, None, None
        from lstmcheck.lint.local_modules import module_constants

        found = module_constants(self.file_path, module)
        if found is None or name not in found[1]:
            return False, None, None
        value = found[1][name]
        if isinstance(value, (list, dict)):
            return False, None, None  # a module's list or dict may be changed where it is used
        shown = os.path.relpath(found[0], os.path.dirname(os.path.abspath(self.file_path)))
        return True, value, Origin(f"{name} = {value!r} in {shown}{RUN_TIME}")

    def _sets_attributes_by_name(self, cls: Scope) -> bool:
        """Whether a method of the class may set any attribute of `self` by name
        (`self.__dict__.update(kwargs)`, `setattr(self, key, value)` in a loop): then
        `self.hidden = 128` is a default the caller's keywords may replace."""
        memo = self.memo.setdefault("attributes set by name", {})
        key = id(cls.node)
        if key not in memo:
            node = cls.node
            memo[key] = isinstance(node, cst.ClassDef) and any(
                self_updated(item)[0] for item in node.body.body
                if isinstance(item, cst.FunctionDef))
        return memo[key]

    def _in_base(self, cls: Scope, attr: str, depth: int, answer: Any) -> Any:
        """`self.X` that a class never assigns but its one base class of this file does: the
        answer asked in the base's `__init__`, its parameters bound to what the subclass's
        `super().__init__(...)` passes (each as far as this configuration knows it)."""
        chain = self._super_init(cls, depth) if depth <= _MAX_DEPTH else None
        if chain is None:
            return None
        base, base_init, passed = chain
        if not base.attribute_values.get(attr) and not base.bindings.get(attr) \
                and self._super_init(base, depth + 1) is None:
            return None
        saved = self.config
        self.config = {**saved, **passed}
        try:
            return answer(base_init)
        finally:
            self.config = saved

    def _super_init(self, cls: Scope, depth: int) -> tuple[Scope, Scope, dict] | None:
        """(base class, its `__init__` scope, its parameters' values) when the class has one
        base class of this file and its `__init__` calls `super().__init__(...)` (or
        `Base.__init__(self, ...)`) once, outside any branch."""
        node = cls.node
        if not isinstance(node, cst.ClassDef) or len(node.bases) != 1 \
                or not isinstance(node.bases[0].value, cst.Name) or cls.parent is None:
            return None
        name = node.bases[0].value.value
        module = _module_of(cls)
        found = self.lookup(name, cls.parent)
        classes = module.classes.get(name, [])
        if found is None or found[0] is not module or len(found[1]) != 1 or len(classes) != 1:
            return None
        base = classes[0]
        base_init, own_init = self._init_scope(base), self._init_scope(cls)
        if base_init is None or own_init is None:
            return None
        calls = [c for c in _top_level_calls(own_init.node) if _calls_base_init(c, name, cls.name)]
        if len(calls) != 1:
            return None
        call = calls[0]
        args = list(call.args)
        if isinstance(call.func, cst.Attribute) and isinstance(call.func.value, cst.Name):
            args = args[1:]  # Base.__init__(self, ...)
        passed = self._call_binds(args, base_init.node, base_init, own_init, depth)  # type: ignore[arg-type]
        return None if passed is None else (base, base_init, passed)

    def _hyperparameter(self, node: cst.BaseExpression, scope: Scope) -> tuple[str, Scope] | None:
        """`self.hparams.hidden` / `self.hparams["hidden"]` of a class whose `__init__` calls
        `self.save_hyperparameters()` (PyTorch Lightning): the `__init__` parameter it saved,
        and that scope; None when the file assigns anything on `self.hparams`."""
        name = None if isinstance(node, cst.Call) else hparams_key(node)[0]  # `.get`: saved_hparams.py
        if name is None:
            return None
        cls = _class_of(scope)
        init = self._init_scope(cls) if cls is not None else None
        if init is None or "hparams" in self._hparams_changed():
            return None
        saved = _saved_hyperparameters(init.node)  # type: ignore[arg-type]
        if saved is None or name not in saved:
            return None
        return name, init

    def _hparams_changed(self) -> set[str]:
        """{"hparams"} when the file assigns `self.hparams`, an entry or attribute of it, or
        updates it: then what __init__ saved is not what is read."""
        found = self.memo.get("hparams changed")
        if found is None:
            found = self.memo["hparams changed"] = _hparams_changed(self.positions.python_nodes())
        return found

    def _init_scope(self, cls: Scope) -> Scope | None:
        bindings = cls.bindings.get("__init__", [])
        if len(bindings) != 1 or not isinstance(bindings[0].node, cst.FunctionDef):
            return None
        return next((s for s in self.scopes if s.node is bindings[0].node), None)

    def _arithmetic(self, node: cst.BinaryOperation, scope: Scope, depth: int) -> tuple[bool, Any, str | None]:
        ok_l, left, origin_l = self._evaluate(node.left, scope, depth + 1)
        ok_r, right, origin_r = self._evaluate(node.right, scope, depth + 1)
        numeric = (int, float, complex)  # `0.+0.j` is a complex literal written as a sum
        if not (ok_l and ok_r and isinstance(left, numeric) and isinstance(right, numeric)):
            return False, None, None
        op = node.operator
        if isinstance(op, cst.FloorDivide) and (isinstance(left, complex) or isinstance(right, complex)):
            return False, None, None
        try:
            if isinstance(op, cst.Add):
                result = left + right
            elif isinstance(op, cst.Subtract):
                result = left - right
            elif isinstance(op, cst.Multiply):
                result = left * right
            elif isinstance(op, cst.FloorDivide):
                result = left // right
            elif isinstance(op, cst.Divide):
                result = left / right
            elif isinstance(op, cst.LeftShift) and isinstance(left, int) and isinstance(right, int) \
                    and 0 <= right < 16:
                result = left << right
            else:
                return False, None, None
        except ZeroDivisionError:
            return False, None, None
        if isinstance(result, bool) or abs(result) > 10**12:
            return False, None, None
        origins = "; ".join(o for o in (origin_l, origin_r) if o)
        # `hidden * 2`: the one literal behind it is hidden's, the 2 is written right here
        ats = [self.written_at(side, origin) for side, origin in
               ((node.left, origin_l), (node.right, origin_r)) if not literal_only(side)]
        at = ats[0] if len(ats) == 1 else None
        return True, result, Origin(origins, at) if at is not None else (origins or None)

    def _name(self, name: str, scope: Scope, depth: int) -> tuple[bool, Any, str | None]:
        """What a name holds, with its origin as plain text (for records)."""
        ok, value, origin = self._named(name, scope, depth)
        return ok, value, _plain(origin)

    def _named(self, name: str, scope: Scope, depth: int) -> tuple[bool, Any, str | None]:
        found = self.live_lookup(name, scope, depth)
        if found is None:
            return False, None, None
        owner, bindings = found
        # a parameter's value in the configuration, or a loop target's in one combination of
        # the loops around a layer's call (lint/flow/loops.py)
        if len(bindings) == 1 and bindings[0].kind in ("param", "other") \
                and f"{name}@{owner.key}" in self.config:
            value, origin = self.config[f"{name}@{owner.key}"]
            return (False, None, None) if value is UNKNOWN or isinstance(value, ObjectRef) \
                else (True, value, origin)
        if len(bindings) != 1:
            return False, None, None
        binding = bindings[0]
        if binding.kind == "import" and owner.kind == "module":  # `from config import HIDDEN`
            module, _, constant = str(binding.payload).rpartition(".")
            return self._project_constant(module, constant)
        if binding.kind == "assign":
            ok, literal, inner = self._evaluate(binding.payload, owner, depth + 1)
            if ok:
                line = self.location(binding.node).line if binding.node is not None else "?"
                said = f"{name} = {literal!r} at line {line}"
                # `layers = self.n_layers` of a default stays an assumption
                return True, literal, Origin(f"{said}: {inner}" if assumed_origin(inner) else said,
                                             self.written_at(binding.payload, inner),
                                             option=getattr(inner, "option", None),
                                             bound=self.location(binding.payload))
        spot = unpacked_position(binding.node, name) if binding.kind == "other" else None
        if spot is not None:  # `input_size, hidden = get_sizes()` of a function's `return 32, 16`
            ok, whole, inner = self._evaluate(binding.node.value, owner, depth + 1)  # type: ignore[union-attr]
            if ok and isinstance(whole, tuple) and len(whole) == spot[1]:
                value_node = binding.node.value  # type: ignore[union-attr]
                returned = self._returned_literal(value_node.func.value, owner) \
                    if isinstance(value_node, cst.Call) and isinstance(value_node.func, cst.Name) else None
                element = returned[0].elements[spot[0]].value \
                    if returned is not None and len(returned[0].elements) == spot[1] else None
                at = self.written_at(element, None) if element is not None else None
                return True, whole[spot[0]], Origin(
                    f"{name} = {whole[spot[0]]!r} at line {self.location(binding.node).line}",
                    at or self.written_at(value_node, inner))
        if binding.kind == "param" and binding.payload is not None and owner.parent is not None:
            ok, literal, inner = self._evaluate(binding.payload, owner.parent, depth + 1)
            # A None default is a placeholder that callers fill in, not a value to judge.
            if ok and literal is not None:
                return True, literal, Origin(f"{name} defaults to {literal!r} in {owner.name}()",
                                             self.written_at(binding.payload, inner), name)
        return False, None, None

    def _class_constant(self, base: str, attr: str, scope: Scope, depth: int) -> tuple[bool, Any, str | None]:
        """`self.HIDDEN` (in a method) or `Model.HIDDEN` when the class body binds HIDDEN once
        to a literal and no method assigns `self.HIDDEN`."""
        cls: Scope | None = None
        if base in ("self", "cls") and scope.kind == "function" and scope.parent is not None \
                and scope.parent.kind == "class":
            cls = scope.parent
        elif self.lookup(base, scope) is not None:
            owner, bindings = self.lookup(base, scope)  # type: ignore[misc]
            classes = _module_of(scope).classes.get(base, [])
            if owner.kind == "module" and len(bindings) == 1 and len(classes) == 1:
                cls = classes[0]
        if cls is None or attr not in cls.bindings or len(cls.bindings[attr]) != 1:
            return False, None, None
        if attr in cls.instance_attributes:
            return False, None, None
        binding = cls.bindings[attr][0]
        if binding.kind != "assign":
            return False, None, None
        ok, literal, inner = self._evaluate(binding.payload, cls, depth + 1)
        if not ok:
            return False, None, None
        return True, literal, Origin(f"{attr} = {literal!r} in class {cls.name}",
                                     self.written_at(binding.payload, inner))


def _attributes_assigned(nodes: Any) -> dict[str, set[str | None]]:
    """Name -> the attributes the file assigns on it (None: some attribute, by `setattr`
    or through `__dict__`/`vars`), whatever the scope. From CPython's tree of the file (the
    one the engine's guard parsed), once per file and only when an object's attribute is
    asked for: a fast pass."""
    import ast

    from lstmcheck.lint.python_nodes import assigned_targets

    out: dict[str, set[str | None]] = {}
    if nodes is None:
        return {"": {None}}

    def dict_of(node: ast.AST) -> str | None:
        """`vars(cfg)` or `cfg.__dict__`: the name whose attributes the dict holds."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "vars" \
                and len(node.args) == 1 and isinstance(node.args[0], ast.Name):
            return node.args[0].id
        if isinstance(node, ast.Attribute) and node.attr == "__dict__" and isinstance(node.value, ast.Name):
            return node.value.id
        return None

    for node in nodes:
        for target in assigned_targets(node):
            if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
                out.setdefault(target.value.id, set()).add(target.attr)
            elif isinstance(target, ast.Subscript) and dict_of(target.value) is not None:
                out.setdefault(dict_of(target.value), set()).add(None)  # type: ignore[arg-type]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("setattr", "delattr") and node.args \
                and isinstance(node.args[0], ast.Name):
            named = node.args[1] if len(node.args) > 1 else None
            out.setdefault(node.args[0].id, set()).add(
                named.value if isinstance(named, ast.Constant) and isinstance(named.value, str) else None)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("update", "pop", "setdefault", "clear", "popitem", "__setitem__") \
                and dict_of(node.func.value) is not None:
            out.setdefault(dict_of(node.func.value), set()).add(None)  # type: ignore[arg-type]
    return out


_NAMESPACES = ("types.SimpleNamespace", "argparse.Namespace")
# dicts whose entries read as attributes: `cfg = EasyDict(CONFIG)`, `cfg.hidden`
_ATTRIBUTE_DICTS = ("easydict.EasyDict", "addict.Dict", "addict.addict.Dict", "munch.Munch",
                    "munch.munchify", "attrdict.AttrDict", "ml_collections.ConfigDict",
                    "omegaconf.OmegaConf.create")
_CONVERSIONS = {"int": int, "float": float, "bool": bool, "str": str}
_RESIZING = {"append", "extend", "insert", "pop", "remove", "clear", "__iadd__"}


def _saved_hyperparameters(init: cst.FunctionDef) -> set[str] | None:
    """The parameters `self.save_hyperparameters(...)` in `__init__` saves: all of them
    without arguments, the ones named, less `ignore=`; None without such a call or with
    arguments the linter does not read."""
    params = [p.name.value for p in (*init.params.posonly_params, *init.params.params,
                                      *init.params.kwonly_params) if p.name.value != "self"]
    body = init.body.body if isinstance(init.body, cst.IndentedBlock) else []
    for statement in body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            call = small.value if isinstance(small, cst.Expr) else None
            if not (isinstance(call, cst.Call) and isinstance(call.func, cst.Attribute)
                    and call.func.attr.value == "save_hyperparameters"
                    and isinstance(call.func.value, cst.Name) and call.func.value.value == "self"):
                continue
            named, ignored = [], []
            for arg in call.args:
                if arg.star:
                    return None
                if arg.keyword is not None and arg.keyword.value == "ignore":
                    items = [arg.value] if isinstance(arg.value, cst.SimpleString) else (
                        [e.value for e in arg.value.elements]
                        if isinstance(arg.value, (cst.List, cst.Tuple)) else None)
                    if items is None or not all(isinstance(i, cst.SimpleString) for i in items):
                        return None
                    ignored += [literal_of(i)[1] for i in items]
                elif arg.keyword is None and isinstance(arg.value, cst.SimpleString):
                    named.append(literal_of(arg.value)[1])
                elif arg.keyword is not None and arg.keyword.value == "logger":
                    continue
                else:
                    return None
            return {p for p in (named or params) if p in params and p not in ignored}
    return None


def _hparams_changed(nodes: Any) -> set[str]:
    import ast

    if nodes is None:
        return {"hparams"}
    for node in nodes:
        targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else (
            [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else [])
        for target in targets:
            while isinstance(target, (ast.Attribute, ast.Subscript)):
                if isinstance(target, ast.Attribute) and target.attr == "hparams":
                    return {"hparams"}
                target = target.value
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("update", "setdefault", "pop", "__setitem__") \
                and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "hparams":
            return {"hparams"}
    return set()


def _resized_names(nodes: Any) -> set[str]:
    """Every name and attribute name a list may be resized under, anywhere in the file
    ("*": any, when there is no tree to read)."""
    import ast

    if nodes is None:
        return {"*"}
    out: set[str] = set()

    def name_of(node: ast.AST) -> str | None:
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute):
            return node.attr
        return None

    # one list under several names: an alias (`cols = FEATURES`), or a parameter of the file's
    # own function or class the list is passed to (`add_hour(FEATURES)` -> `cols.append(...)`)
    joined: dict[str, set[str]] = {}

    def join(one: str | None, other: str | None) -> None:
        if one and other and one != other:
            joined.setdefault(one, set()).add(other)
            joined.setdefault(other, set()).add(one)

    parameters: dict[str, list[str]] = {}  # function or class name -> its parameters, in order
    declares = any(type(node) is ast.Global for node in nodes)  # else no function walked again
    for node in nodes:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names = [a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)]
            parameters[node.name] = names
            inside = list(ast.walk(node)) if declares else ()
            declared = {n for g in inside if isinstance(g, ast.Global) for n in g.names}
            for inner in inside if declared else ():  # `global X; X = [...]`: rebound elsewhere
                if isinstance(inner, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                    targets = inner.targets if isinstance(inner, ast.Assign) else [inner.target]
                    out.update(t.id for t in targets if isinstance(t, ast.Name) and t.id in declared)
        elif isinstance(node, ast.ClassDef):
            init = next((s for s in node.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"), None)
            if init is not None:
                parameters[node.name] = [a.arg for a in (*init.args.posonlyargs, *init.args.args,
                                                         *init.args.kwonlyargs)]
    for node in nodes:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in _RESIZING:
            out.add(name_of(node.func.value) or "")
        elif isinstance(node, ast.AugAssign):
            out.add(name_of(node.target) or "")
        elif isinstance(node, (ast.Assign, ast.Delete)):
            for target in node.targets:
                if isinstance(target, ast.Subscript):
                    out.add(name_of(target.value) or "")
                elif isinstance(node, ast.Assign):
                    join(name_of(target), name_of(node.value))
        if isinstance(node, ast.Call) and name_of(node.func) in parameters:
            names = [n for n in parameters[name_of(node.func)] if n not in ("self", "cls")]
            for index, arg in enumerate(node.args):
                if index < len(names):
                    join(name_of(arg), names[index])
            for keyword in node.keywords:
                join(name_of(keyword.value), keyword.arg)
    out.discard("")
    reached, frontier = set(out), list(out)
    while frontier:
        for other in joined.get(frontier.pop(), ()):
            if other not in reached:
                reached.add(other)
                frontier.append(other)
    return reached


class _Returns(cst.CSTVisitor):
    """How many `return` statements a body has (nested functions' included: a bound)."""

    def __init__(self) -> None:
        self.count = 0

    def visit_Return(self, node: cst.Return) -> None:
        self.count += 1


def _copied_dict(function: cst.FunctionDef) -> str | None:
    """The parameter whose dict an `__init__` copies into attributes and does nothing else:
    `self.__dict__.update(values)` or `for k, v in values.items(): setattr(self, k, v)`."""
    body = function.body.body if isinstance(function.body, cst.IndentedBlock) else []
    params = {p.name.value for p in function.params.params}
    if len(body) != 1:
        return None
    statement = body[0]
    if isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1 \
            and isinstance(statement.body[0], cst.Expr) and isinstance(statement.body[0].value, cst.Call):
        update = statement.body[0].value
        if dotted(update.func) == "self.__dict__.update" and len(update.args) == 1 \
                and not update.args[0].star and isinstance(update.args[0].value, cst.Name) \
                and update.args[0].value.value in params:
            return update.args[0].value.value
        return None
    if not isinstance(statement, cst.For) or statement.orelse is not None \
            or not isinstance(statement.target, cst.Tuple) or len(statement.target.elements) != 2:
        return None
    key, value = (e.value for e in statement.target.elements)
    items = statement.iter
    if not (isinstance(key, cst.Name) and isinstance(value, cst.Name) and isinstance(items, cst.Call)
            and not items.args and isinstance(items.func, cst.Attribute) and items.func.attr.value == "items"
            and isinstance(items.func.value, cst.Name) and items.func.value.value in params):
        return None
    inner = statement.body.body if isinstance(statement.body, cst.IndentedBlock) else []
    if len(inner) != 1 or not isinstance(inner[0], cst.SimpleStatementLine) or len(inner[0].body) != 1:
        return None
    setter = inner[0].body[0].value if isinstance(inner[0].body[0], cst.Expr) else None
    if not (isinstance(setter, cst.Call) and dotted(setter.func) == "setattr" and len(setter.args) == 3
            and [dotted(a.value) for a in setter.args] == ["self", key.value, value.value]):
        return None
    return items.func.value.value


def _top_level_calls(function: Any) -> list[cst.Call]:
    """The calls a function body makes as statements of its own, outside any branch."""
    body = function.body.body if isinstance(function.body, cst.IndentedBlock) else []
    return [small.value for line in body if isinstance(line, cst.SimpleStatementLine)
            for small in line.body if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call)]


def _calls_base_init(call: cst.Call, base: str, own: str) -> bool:
    """`super().__init__(...)`, `super(Own, self).__init__(...)`, `Base.__init__(self, ...)`."""
    func = call.func
    if not isinstance(func, cst.Attribute) or func.attr.value != "__init__":
        return False
    if isinstance(func.value, cst.Name):
        return func.value.value == base and bool(call.args) \
            and isinstance(call.args[0].value, cst.Name) and call.args[0].value.value == "self"
    inner = func.value
    if not (isinstance(inner, cst.Call) and isinstance(inner.func, cst.Name) and inner.func.value == "super"):
        return False
    return not inner.args or (len(inner.args) == 2 and isinstance(inner.args[0].value, cst.Name)
                              and inner.args[0].value.value == own)


def _member(base: Size | None, suffix: str) -> Size | None:
    """`cfg.hidden` from `cfg`: a new named size, bound where `cfg` is."""
    if base is None or len(base.terms) != 1 or base.terms[0][1] != 1 or len(base.terms[0][0]) != 1:
        return None
    display, _, where = base.terms[0][0][0].partition("@")
    return Size.named(f"{display}{suffix}@{where}")


def _class_of(scope: Scope) -> Scope | None:
    """The class a method belongs to."""
    cls = scope.parent if scope.kind == "function" else None
    return cls if cls is not None and cls.kind == "class" else None


def _dict_entry(node: cst.Dict, key: Any) -> cst.BaseExpression | None:
    for element in node.elements:
        if isinstance(element, cst.DictElement) and isinstance(element.key, cst.SimpleString):
            ok, literal = literal_of(element.key)
            if ok and literal == key:
                return element.value
    return None


def _module_of(scope: Scope) -> Scope:
    while scope.parent is not None:
        scope = scope.parent
    return scope
