"""`lstmcheck shape`: the human answer, a rich table of shapes with their formulas."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from lstmcheck.calculator import ShapeAnswer
from lstmcheck.shapes import Dim, format_shape


def _count(n: Dim) -> str:
    return f"{n:,}" if isinstance(n, int) else str(n)


def _bytes(n: Dim) -> str:
    if not isinstance(n, int):
        return f"{n} bytes"
    size = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if size < 1024 or unit == "TiB":
            return f"{n:,} bytes" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    return f"{n} bytes"


def print_answer(answer: ShapeAnswer, console: Console, verified: dict[str, Any] | None = None) -> None:
    s = answer.shapes
    console.print(f"[bold]{answer.module_text}[/bold]")
    table = Table(box=None, pad_edge=False, show_header=True, header_style="bold")
    table.add_column("tensor")
    table.add_column("shape", style="cyan")
    table.add_column("formula", style="dim")
    cell = answer.ctor.is_cell
    rows = [
        ("input", s.input),
        ("h_0 (pass)" if not cell else "hx (pass)", s.h_0),
        *([("c_0 (pass)", s.c_0)] if s.c_0 is not None else []),
        ("output" if not cell else "h' (returned)", s.output),
        *([] if cell else [("h_n", s.h_n)]),
        *([("c_n" if not cell else "c' (returned)", s.c_n)] if s.c_n is not None else []),
    ]
    for label, tensor in rows:
        table.add_row(label, format_shape(tensor.shape), tensor.formula)
    console.print(table)

    params = Table(box=None, pad_edge=False, show_header=True, header_style="bold")
    params.add_column("parameter")
    params.add_column("shape", style="cyan")
    for p in s.parameters:
        params.add_row(p.name, format_shape(p.shape))
    console.print()
    console.print(params)
    console.print(
        f"\n[bold]{_count(s.num_parameters)}[/bold] parameters, "
        f"{_bytes(answer.num_bytes)} as {answer.dtype}"
    )
    if any("{k}" in p.name for p in s.parameters):
        console.print("[dim]l{k}: one set for each layer k = 1 .. num_layers-1[/dim]")
    for warning in answer.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
    for note in answer.notes:
        console.print(f"[dim]note:[/dim] {note}", highlight=False)
    if verified is not None:
        console.print(f"[green]verified[/green] {verified['summary']}", highlight=False)
