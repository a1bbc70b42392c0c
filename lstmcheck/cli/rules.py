"""`lstmcheck rules` and `lstmcheck rule CODE`: what each rule finds, with examples."""

from __future__ import annotations

import typer

from lstmcheck.cli.common import fail


def rules() -> None:
    """List the rules: code, name, severity and what each finds."""
    from rich.console import Console
    from rich.table import Table

    from lstmcheck.lint.rules import RULES

    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("code", "name", "severity", "what it finds"):
        table.add_column(column)
    for rule in RULES:
        table.add_row(rule.code, rule.name, rule.severity, rule.summary)
    import shutil

    Console(highlight=False, width=shutil.get_terminal_size((140, 24)).columns).print(table)


def rule(code: str = typer.Argument(..., help="A rule code, e.g. LC003.")) -> None:
    """Explain one rule, with an example of wrong and right code."""
    from lstmcheck.lint.rules import BY_CODE

    found = BY_CODE.get(code.strip().upper())
    if found is None:
        raise fail(f"no rule {code!r}; `lstmcheck rules` lists them")
    print(f"{found.code} {found.name} ({found.severity})\n")
    print(found.summary + "\n")
    print(found.explanation + "\n")
    print("Wrong:\n")
    print("    " + found.wrong.replace("\n", "\n    ") + "\n")
    print("Right:\n")
    print("    " + found.right.replace("\n", "\n    "))
