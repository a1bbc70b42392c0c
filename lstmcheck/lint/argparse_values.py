"""The resolver's argparse room: `args.x` of a namespace `parse_args` makes (also through a
helper that returns it, `vars(...)`, `args, _ = parse_known_args()`), as the literal argument
list the file passes sets it (followed through the calls that hand `argv` on), else as the
option's default, an assumption the command line may change (`Value.option`)."""

from __future__ import annotations

from typing import Any

import libcst as cst

from lstmcheck.lint.argparsing import converted, given_expression, options_of, parse_call_list, parsed
from lstmcheck.lint.imports import dotted
from lstmcheck.lint.origin import Origin
from lstmcheck.lint.scopes import _MAX_DEPTH, UNKNOWN, Binding, ObjectRef, Scope
from lstmcheck.lint.walk import walk


class ArgparseValues:
    """Mixin of the `Resolver` (lint/resolve.py), whose lookups and evaluation it uses."""

    def _option_entry(self, name: str, key: str, scope: Scope, depth: int
                      ) -> tuple[bool, Any, str | None]:
        """`opt["hidden"]` of `opt = vars(parser.parse_args())`: the option's default, as an
        assumption; unless anything changes the dict."""
        built = self.object_of(name, scope, depth)
        if built is None or not isinstance(built[0], cst.Call) or dotted(built[0].func) != "vars" \
                or len(built[0].args) != 1 or built[0].args[0].star \
                or _module_of(scope).mutations.get(name) \
                or not self._parses_arguments(built[0].args[0].value, built[1], depth + 1):
            return False, None, None
        return self._option_default(f'{name}["{key}"]', key, scope, depth,
                                    self._parse_call(built[0].args[0].value, built[1], depth + 1))

    def _option(self, base: str, attr: str, scope: Scope, depth: int) -> tuple[bool, Any, str | None]:
        """`args.hidden` where `args` comes from `parse_args()` (or is a parameter) and the file
        has one argparse option of that name with a literal default: that default, as an
        assumption (the command line may give another value)."""
        found = self.live_lookup(base, scope, depth)
        if found is None:
            return False, None, None
        owner, bindings = found
        if len(bindings) != 1:
            return False, None, None
        binding = bindings[0]
        parse = self._parse_call(binding.payload, owner, depth) if binding.kind == "assign" else None
        parsed = parse is not None or (
            binding.kind == "assign" and isinstance(binding.payload, cst.Call)
            and isinstance(binding.payload.func, cst.Attribute)
            and binding.payload.func.attr.value == "parse_known_args") or _known_args_of(binding, base)
        given = self.config.get(f"{base}@{owner.key}")
        via = (binding.payload, owner) if binding.kind == "assign" else None
        if binding.kind == "param" and given is not None and isinstance(given[0], ObjectRef):
            parse = self._parse_call(given[0].node, given[0].scope, depth + 1)
            parsed = parse is not None
            via = (given[0].node, given[0].scope)
        if not parsed and not (binding.kind == "param" and given is None):
            return False, None, None
        return self._option_default(f"{base}.{attr}", attr, scope, depth, parse, via)

    def _option_default(self, shown: str, dest: str, scope: Scope, depth: int,
                        parse: cst.Call | None = None, via: tuple | None = None
                        ) -> tuple[bool, Any, str | None]:
        """What the file's one argparse option `dest` holds after `parse`: the value a literal
        argument list gives it (`parse_args(["--layers", "4"])`), else its literal default, as
        an assumption when the command line may give another."""
        options = self.memo.get("argparse options")
        if options is None:
            options = self.memo["argparse options"] = options_of(self.module)
        mine = [o for o in options if o.dest == dest]
        if len(mine) != 1:
            return False, None, None
        tokens = parse_call_list(parse) if parse is not None else None
        if parse is not None and tokens is None:
            known, tokens = self._list_through_parameter(parse, via)
            if not known:
                return False, None, None  # `parse_args(argv)` given lists the file does not show
        if tokens is not None:
            given = parsed(options, tokens)
            if given is None:
                return False, None, None  # a list argparse may read otherwise: nothing is known
            if dest in given:
                if given[dest].value is UNKNOWN:
                    return False, None, None
                at = self.location(given[dest].token)
                return True, given[dest].value, Origin(
                    f"{shown} is {given[dest].value!r} (parse_args list, line {at.line})", at)
        default = mine[0].default
        if default is None and mine[0].action in ("store_true", "store_false"):
            flag = mine[0].action == "store_false"
            line = self.location(mine[0].call).line
            if tokens is not None:
                return True, flag, Origin(f"{shown} is its default {flag} (argparse {mine[0].action} "
                                          f"option, line {line}; the parse_args list leaves it)", None)
            return True, flag, Origin(f"{shown} defaults to {flag} (argparse {mine[0].action} option, "
                                      f"line {line})", None)
        if default is None:
            return False, None, None
        ok, literal, inner = self._evaluate(default, _module_of(scope), depth + 1)
        if not ok or literal is None:
            return False, None, None
        if isinstance(literal, str) and mine[0].converter in ("int", "float"):
            literal = converted(mine[0], literal)  # argparse runs a string default through type=
            if literal is None:
                return False, None, None
        line = self.location(default).line
        if tokens is not None:
            return True, literal, Origin(f"{shown} is its default {literal!r} (argparse option, line "
                                         f"{line}; the parse_args list leaves it)",
                                         self.written_at(default, inner), option=dest)
        return True, literal, Origin(f"{shown} defaults to {literal!r} (argparse option, line {line})",
                                     self.written_at(default, inner), option=dest)

    def _list_through_parameter(self, parse: cst.Call, via: tuple | None = None
                                ) -> tuple[bool, list | None]:
        """What `parse_args(x)` reads when `x` is not written out: (True, None) for the command
        line (no `x`, `None`, `sys.argv`, a parameter no call passes), (True, its items) for the
        one literal list the file's calls pass as that parameter, (False, None) otherwise.
        `via`: the helper call (and its scope) the namespace came from, when known: what that
        one call passes (`parse_options()` in `__main__` reads the command line, though a test
        calls `parse_options([...])`)."""
        given = given_expression(parse)
        if given is None:
            return True, None
        if via is not None and isinstance(given, cst.Name):
            from lstmcheck.lint.argv_lists import passed_by_call

            function = self._function_around(parse)
            found = passed_by_call(self, via, function, given.value) if function is not None else None
            if found is not None:
                return found
        if given.value == "argv" if isinstance(given, cst.Name) else False:
            if any(s.kind == "module" and "argv" in s.bindings
                   and s.bindings["argv"][0].kind == "import" for s in self.scopes):
                return True, None  # `from sys import argv`
        built = self._argv_built(given)  # `parse_args(RUN + ["--layers", "2"])`
        if built is not None:
            return True, built
        if not isinstance(given, cst.Name):
            return False, None
        return self._list_of_parameter(given, parse, 0)

    def _argv_built(self, node: cst.BaseExpression) -> list | None:
        """The items of a list the file builds from constants and `+` (lint/argv_lists.py)."""
        from lstmcheck.lint.argv_lists import argv_tokens

        return argv_tokens(self, node, self._function_around(node) or self.scopes[0])

    def _list_of_parameter(self, given: cst.Name, at: cst.CSTNode, hops: int) -> tuple[bool, list | None]:
        """The list a parameter `given` holds where `at` reads it: followed through the calls that
        pass it on (`main(argv)` -> `get_args(argv)` -> `parse_args(argv)`), 3 hops at most."""
        function = self._function_around(at)
        if function is None:
            return False, None
        found = self.lookup(given.value, function)
        if found is None or found[0] is not function or any(b.kind != "param" for b in found[1]):
            return False, None
        passed = self._passed_anywhere(function.node, given.value)
        if not passed:
            return True, None
        if len(passed) == 1 and isinstance(passed[0], (cst.List, cst.Tuple)):
            return True, [e.value for e in passed[0].elements]
        built = self._argv_built(passed[0]) if len(passed) == 1 else None
        if built is not None:
            return True, built
        if len(passed) == 1 and isinstance(passed[0], cst.Name) and hops < 3:
            return self._list_of_parameter(passed[0], passed[0], hops + 1)
        return False, None

    def _function_around(self, node: cst.CSTNode) -> Scope | None:
        """The innermost function scope whose body holds `node`."""
        inside = self.location(node)
        best = None
        for scope in self.scopes:
            if scope.kind == "function" and isinstance(scope.node, cst.FunctionDef) \
                    and self.location(scope.node).contains(inside):
                if best is None or self.location(best.node).contains(self.location(scope.node)):
                    best = scope
        return best

    def _passed_anywhere(self, function: cst.FunctionDef, name: str) -> list[cst.BaseExpression]:
        """What the calls of `function` in the file pass as parameter `name` (by position or
        keyword; a literal `None` passes nothing; `*`/`**` arguments may pass anything, and
        count as themselves)."""
        index = [p.name.value for p in (*function.params.posonly_params, *function.params.params)]
        position = index.index(name) if name in index else None
        called = function.name.value

        class Calls(cst.CSTVisitor):
            def __init__(self) -> None:
                self.passed: list[cst.BaseExpression] = []

            def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
                # its own body calls no instance of itself: `def parse_args(argv): return
                # parser.parse_args(argv)` is named like the method it wraps
                return node is not function

            def visit_Call(self, node: cst.Call) -> None:
                func = node.func
                named = func.value if isinstance(func, cst.Name) else \
                    func.attr.value if isinstance(func, cst.Attribute) else None
                if named != called:
                    return
                positional = [a for a in node.args if a.keyword is None and not a.star]
                at = None if position is None else position - (1 if index[:1] == ["self"] else 0)
                given = [a for a in node.args if a.keyword is not None and a.keyword.value == name]
                if at is not None and len(positional) > at:
                    given.append(positional[at])
                given += [a for a in node.args if a.star]
                self.passed += [a.value for a in given
                                if not (isinstance(a.value, cst.Name) and a.value.value == "None")]

        calls = Calls()
        walk(self.module, calls)
        return calls.passed

    def _parses_arguments(self, node: cst.BaseExpression, scope: Scope, depth: int) -> bool:
        return self._parse_call(node, scope, depth) is not None

    def _parse_call(self, node: cst.BaseExpression, scope: Scope, depth: int) -> cst.Call | None:
        """The `parser.parse_args(...)` call a node is: the call, a name bound once to one, or
        a call of a module function that ends in `return parser.parse_args(...)` (or returns a
        local bound to it): the file's argparse options, as parsed. None when it is not one."""
        if depth > _MAX_DEPTH:
            return None
        if isinstance(node, cst.Name):
            found = self.live_lookup(node.value, scope, depth)
            if found is None or len(found[1]) != 1 or found[1][0].kind != "assign":
                return None
            return self._parse_call(found[1][0].payload, found[0], depth + 1)
        if not isinstance(node, cst.Call):
            return None
        if isinstance(node.func, cst.Attribute):
            return node if node.func.attr.value == "parse_args" else None
        if not isinstance(node.func, cst.Name):
            return None
        found = self.lookup(node.func.value, scope)
        if found is None or found[0].parent is not None or len(found[1]) != 1 \
                or not isinstance(found[1][0].node, cst.FunctionDef):
            return None
        function = found[1][0].node
        body = function.body.body if isinstance(function.body, cst.IndentedBlock) else []
        last = body[-1] if body else None
        if not isinstance(last, cst.SimpleStatementLine) or len(last.body) != 1 \
                or not isinstance(last.body[0], cst.Return) or last.body[0].value is None:
            return None
        own = next((s for s in self.scopes if s.node is function), None)
        return self._parse_call(last.body[0].value, own, depth + 1) if own is not None else None


def _module_of(scope: Scope) -> Scope:
    while scope.parent is not None:
        scope = scope.parent
    return scope


def _known_args_of(binding: Binding, name: str) -> bool:
    """`args, _ = parser.parse_known_args()`: `name` is the namespace of the first item."""
    node = binding.node
    if binding.kind != "other" or not isinstance(node, cst.Assign) or len(node.targets) != 1:
        return False
    target, value = node.targets[0].target, node.value
    return isinstance(target, cst.Tuple) and len(target.elements) == 2 \
        and isinstance(target.elements[0].value, cst.Name) and target.elements[0].value.value == name \
        and isinstance(value, cst.Call) and isinstance(value.func, cst.Attribute) \
        and value.func.attr.value == "parse_known_args"
