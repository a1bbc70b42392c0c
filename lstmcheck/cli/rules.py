"""`lstmcheck rules` and `lstmcheck rule CODE-OR-NAME`: what each rule finds, with examples."""

from __future__ import annotations

from enum import Enum
from typing import Any

import typer

from lstmcheck.cli.common import fail, plain_terminal


class RulesFormat(str, Enum):
    text = "text"
    json = "json"


def rule_object(rule: Any) -> dict[str, Any]:
    out = {"code": rule.code, "name": rule.name, "severity": rule.severity,
           "summary": rule.summary, "explanation": rule.explanation,
           "wrong": rule.wrong, "right": rule.right}
    url = getattr(rule, "url", None)
    if url:
        out["url"] = url
    return out


def rules(
    output_format: RulesFormat = typer.Option(
        RulesFormat.text, "--output-format", help="text (a table) or json."),
) -> None:
    """List the rules: code, name, severity and what each finds."""
    from lstmcheck.lint.rules import RULES

    if output_format is RulesFormat.json:
        import json

        print(json.dumps([rule_object(rule) for rule in RULES], indent=2))
        return
    import shutil

    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("code", "name", "severity", "what it finds"):
        table.add_column(column)
    for rule in RULES:
        table.add_row(rule.code, rule.name, rule.severity, rule.summary)
    plain = plain_terminal()
    Console(highlight=False, width=shutil.get_terminal_size((140, 24)).columns,
            no_color=plain or None, emoji=not plain).print(table)


def find(code_or_name: str) -> Any:
    """A rule by code (LC003, lc003) or by name (swapped-sizes, swapped_sizes)."""
    from lstmcheck.lint.rules import BY_CODE, RULES

    wanted = code_or_name.strip()
    found = BY_CODE.get(wanted.upper())
    if found is None:
        name = wanted.lower().replace("_", "-")
        found = next((rule for rule in RULES if rule.name == name), None)
    return found


def rule(code: str = typer.Argument(..., help="A rule code or name, e.g. LC003 or "
                                               "swapped-sizes.")) -> None:
    """Explain one rule, with an example of wrong and right code."""
    found = find(code)
    if found is None:
        from lstmcheck.config import near
        from lstmcheck.lint.rules import RULES

        guess = near(code.strip().lower(), [r.name for r in RULES])
        hint = f" (did you mean {guess!r}?)" if guess else ""
        raise fail(f"no rule {code!r}{hint}; `lstmcheck rules` lists them")
    print(f"{found.code} {found.name} ({found.severity})\n")
    print(found.summary + "\n")
    print(found.explanation + "\n")
    print("Wrong:\n")
    print("    " + found.wrong.replace("\n", "\n    ") + "\n")
    print("Right:\n")
    print("    " + found.right.replace("\n", "\n    "))
