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
        None, help="A constructor as in your code, e.g. 'nn.LSTM(10, 20, bidirectional=True)', "
        "or a class alone ('nn.GRU'), or a rule code ('LC009'). "
        "Without one, what the six layers are for."),
) -> None:
    """Explain in plain words what a recurrent layer does and what its sizes mean."""
    from lstmcheck.explain import overview

    if expression is None:
        sys.stdout.write(overview())
        return
    if _is_rule_code(expression):  # `explain LC009`, as a finding's code is read off a report
        from lstmcheck.cli.rules import rule

        rule(expression)
        return
    from lstmcheck.calculator import ShapeRequest, UsageError, calculate
    from lstmcheck.explain import explain_answer

    try:
        answer = calculate(ShapeRequest(expression=_as_call(expression)))
    except UsageError as exc:
        raise fail(str(exc)) from None
    width = min(shutil.get_terminal_size((100, 24)).columns, 100)
    paragraphs = [answer.module_text] + explain_answer(answer)
    sys.stdout.write("\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n")


def _is_rule_code(text: str) -> bool:
    import re

    return re.fullmatch(r"[Ll][Cc]\d{3}", text.strip()) is not None


def _as_call(expression: str) -> str:
    """A class named alone (`nn.LSTM`, `torch.nn.GRUCell`, `lstm`), as learners type it, is
    explained with its two sizes as symbols; anything else goes to the calculator as given."""
    from lstmcheck.signatures import CONSTRUCTORS, TORCH_MODULES

    name = expression.strip()
    for prefix in (*(module + "." for module in TORCH_MODULES), "nn."):
        if name.startswith(prefix):
            name = name[len(prefix):]
            break
    if name.endswith("()"):
        name = name[:-2]
    by_lower = {class_name.lower(): class_name for class_name in CONSTRUCTORS}
    class_name = by_lower.get(name.lower())
    if class_name is None:
        return expression
    return f"nn.{class_name}(input_size, hidden_size)"
