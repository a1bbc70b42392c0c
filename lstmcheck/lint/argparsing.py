"""A file's argparse options, and what a literal argument list sets, as argparse parses it.

`parser.parse_args(["--layers", "4"])` (notebooks, tests, scripts pinned to one run) is a
configuration the file builds: `args.layers` is 4 there, not the option's default. Only what
argparse certainly does is followed; a list it could read another way (abbreviations,
positionals, `nargs`, an unknown `type=`) is not known at all, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

import libcst as cst

from lstmcheck.lint.scopes import UNKNOWN, literal_of
from lstmcheck.lint.walk import walk

_NEGATIVE_NUMBER = re.compile(r"^-\d+$|^-\d*\.\d+$")
_CONVERTERS = {"int": int, "float": float, "str": str}


@dataclass(frozen=True)
class Option:
    """One `add_argument(...)` call: how argparse stores what the command line gives."""

    strings: tuple[str, ...]  # ("-l", "--layers"); () for a positional argument
    dest: str
    default: cst.BaseExpression | None
    action: str  # "store", "store_true", "store_false", "store_const", or another (not followed)
    converter: str | None  # "int", "float", "str"; None without type=; "?" for any other type
    const: cst.BaseExpression | None
    takes_many: bool  # nargs= given: a list, or an optional value: not followed
    call: cst.Call


@dataclass(frozen=True)
class Given:
    """What a literal argument list sets an option's destination to, and the token it came from."""

    value: Any  # a literal, or UNKNOWN (a type= the linter does not run)
    token: cst.BaseExpression


class _Options(cst.CSTVisitor):
    def __init__(self) -> None:
        self.found: list[Option] = []
        self.reset: set[str] = set()  # destinations `set_defaults(...)` gives another default

    def visit_Call(self, node: cst.Call) -> None:
        if isinstance(node.func, cst.Attribute) and node.func.attr.value == "add_argument":
            option = _option(node)
            if option is not None:
                self.found.append(option)
        elif isinstance(node.func, cst.Attribute) and node.func.attr.value == "set_defaults":
            for arg in node.args:
                self.reset.add(arg.keyword.value if arg.keyword is not None else "*")


def options_of(module: cst.Module) -> tuple[Option, ...]:
    """Every `add_argument` call of the file, in the order written (all parsers pooled).
    An option whose default `parser.set_defaults(...)` may replace has none the linter knows."""
    visitor = _Options()
    walk(module, visitor)
    if "*" in visitor.reset:
        return tuple(replace(o, default=None, action="?") for o in visitor.found)
    return tuple(replace(o, default=None, action="?") if o.dest in visitor.reset else o
                 for o in visitor.found)


def _option(node: cst.Call) -> Option | None:
    keywords = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
    strings = []
    for arg in node.args:
        if arg.keyword is None:
            ok, text = literal_of(arg.value) if isinstance(arg.value, cst.SimpleString) else (False, None)
            if not ok or not isinstance(text, str) or arg.star:
                return None
            strings.append(text)
    if not strings:
        return None
    flags = tuple(s for s in strings if s.startswith("-"))
    if flags and len(flags) != len(strings):
        return None
    dest: Any = None
    if "dest" in keywords:
        ok, dest = literal_of(keywords["dest"]) if isinstance(keywords["dest"], cst.SimpleString) \
            else (False, None)
        if not ok:
            return None
    elif flags:
        longs = [s for s in flags if s.startswith("--")]
        dest = (longs[0] if longs else flags[0]).lstrip("-").replace("-", "_")
    else:
        dest = strings[0]
    action = "store"
    if "action" in keywords:
        ok, action = literal_of(keywords["action"]) if isinstance(keywords["action"], cst.SimpleString) \
            else (False, "?")
        action = action if ok and isinstance(action, str) else "?"
    converter = None
    if "type" in keywords:
        kind = keywords["type"]
        converter = kind.value if isinstance(kind, cst.Name) and kind.value in _CONVERTERS else "?"
    return Option(strings=flags, dest=dest, default=keywords.get("default"), action=action,
                  converter=converter, const=keywords.get("const"), takes_many="nargs" in keywords,
                  call=node)


def converted(option: Option, text: str) -> Any:
    """A command-line string as the option's `type=` turns it into a value; UNKNOWN for a type
    the linter does not run, None when argparse would refuse it (an error, not a value)."""
    if option.converter == "?":
        return UNKNOWN
    try:
        return _CONVERTERS[option.converter or "str"](text)
    except ValueError:
        return None


def parse_call_list(call: cst.Call) -> list[cst.BaseExpression] | None:
    """The literal list or tuple a `parse_args([...])` / `parse_args(args=[...])` call is
    given, None when it reads the command line (no argument, `None`, anything else)."""
    given = None
    for arg in call.args:
        if arg.star:
            return None
        if arg.keyword is None or arg.keyword.value == "args":
            given = arg.value if given is None else given
    if isinstance(given, (cst.List, cst.Tuple)):
        return [e.value for e in given.elements]
    return None


def parsed(options: tuple[Option, ...], tokens: list[cst.BaseExpression]
           ) -> dict[str, Given] | None:
    """What argparse sets from a literal list of strings: destination -> `Given`, for the
    options the list names (the others keep their defaults). None when the list is not plain
    strings or argparse could read it another way than the linter does."""
    by_string: dict[str, Option | None] = {}
    for option in options:
        for string in option.strings:
            by_string[string] = None if string in by_string else option  # two parsers: ambiguous
    texts = []
    for token in tokens:
        ok, text = literal_of(token) if isinstance(token, (cst.SimpleString, cst.ConcatenatedString)) \
            else (False, None)
        if not ok or not isinstance(text, str):
            return None
        texts.append(text)
    result: dict[str, Given] = {}
    at = 0
    while at < len(texts):
        text, token = texts[at], tokens[at]
        at += 1
        if not text.startswith("-") or text == "-" or text == "--" or _NEGATIVE_NUMBER.match(text):
            return None  # a positional argument: not followed
        name, sep, explicit = text.partition("=")
        if name not in by_string and len(text) > 2 and text[:2] in by_string and not text.startswith("--"):
            name, sep, explicit = text[:2], "=", text[2:]  # "-l3": a short option and its value
        option = by_string.get(name)
        if option is None or option.takes_many:
            return None  # unknown (an abbreviation?), ambiguous, or several values
        if option.action in ("store_true", "store_false", "store_const"):
            if sep:
                return None
            value: Any = option.action == "store_true" if option.action != "store_const" else UNKNOWN
            if option.action == "store_const" and option.const is not None:
                ok, value = literal_of(option.const)
                value = value if ok else UNKNOWN
            result[option.dest] = Given(value, token)
            continue
        if option.action != "store":
            return None  # count, append, help, version, a custom action
        if not sep:
            if at >= len(texts) or (texts[at].startswith("-") and not _NEGATIVE_NUMBER.match(texts[at])):
                return None  # argparse: "expected one argument"
            explicit, token = texts[at], tokens[at]
            at += 1
        value = converted(option, explicit)
        if value is None:
            return None  # argparse would exit with "invalid int value"
        result[option.dest] = Given(value, token)
    return result


def given_expression(call: cst.Call) -> cst.BaseExpression | None:
    """What a `parse_args(x)` call is given instead of the command line, when that is not a
    literal list: `x` (None for no argument or a literal `None`)."""
    for arg in call.args:
        if arg.star:
            return arg.value
        if arg.keyword is None or arg.keyword.value == "args":
            if isinstance(arg.value, cst.Name) and arg.value.value == "None":
                return None
            return None if isinstance(arg.value, (cst.List, cst.Tuple)) else arg.value
    return None
