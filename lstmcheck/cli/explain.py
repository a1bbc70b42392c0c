"""`lstmcheck explain`: what recurrent layers are for, or what one configuration means.

Imports only typer at module level, like `shape`, whose calculator it shares.
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from typing import Optional

import typer

from lstmcheck.cli.common import fail


def explain(
    expression: Optional[str] = typer.Argument(
        None, help="A constructor as in your code, e.g. 'nn.LSTM(10, 20, bidirectional=True)'. "
        "Without one, what the six layers are for."),
) -> None:
    """Explain in plain words what a recurrent layer does and what its sizes mean."""
    from lstmcheck.explain import overview

    if expression is None:
        sys.stdout.write(overview())
        return
    from lstmcheck.calculator import ShapeRequest, UsageError, calculate
    from lstmcheck.explain import explain_answer

    try:
        answer = calculate(ShapeRequest(expression=expression))
    except UsageError as exc:
        raise fail(str(exc)) from None
    width = min(shutil.get_terminal_size((100, 24)).columns, 100)
    paragraphs = [answer.module_text] + explain_answer(answer)
    sys.stdout.write("\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n")
