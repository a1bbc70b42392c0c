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
        "or a class alone ('nn.GRU'), a rule code ('LC009') or a word of torch's documentation "
        "('h_n', 'batch_first', 'proj_size'). Without one, what the six layers are for."),
) -> None:
    """Explain in plain words what a recurrent layer does and what its sizes mean."""
    from lstmcheck.explain import overview

    if expression is None:
        sys.stdout.write(overview())
        return
    from lstmcheck.cli.rules import find, rule

    call = _as_call(expression)
    if _is_rule_code(expression) or ("(" not in call and find(expression) is not None):
        # `explain LC009` or `explain swapped-sizes`, as read off a report
        rule(expression)
        return
    if "(" not in call:  # a word, not a call: `explain h_n`, `explain batch_first`
        _explain_word(expression)
        return
    from lstmcheck.calculator import ShapeRequest, UsageError, calculate
    from lstmcheck.explain import explain_answer

    try:
        answer = calculate(ShapeRequest(expression=call))
    except UsageError as exc:
        raise fail(str(exc)) from None
    width = min(shutil.get_terminal_size((100, 24)).columns, 100)
    paragraphs = [answer.module_text] + explain_answer(answer)
    sys.stdout.write("\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n")


def _explain_word(word: str) -> None:
    """A word of the documentation, or a clear error naming the nearest ones and the list."""
    from lstmcheck.glossary import close_words, explain_term, lookup, words

    term = lookup(word)
    if term is not None:
        width = min(shutil.get_terminal_size((100, 24)).columns, 100)
        sys.stdout.write(explain_term(term, width))
        return
    import difflib

    from lstmcheck.signatures import CONSTRUCTORS

    name = word.strip().rstrip("()").rpartition(".")[2]
    if "." in word or name[:1].isupper():  # a class, as `nn.Linear` or `nn.LTSM`: not a word
        near = difflib.get_close_matches(name, list(CONSTRUCTORS), n=2, cutoff=0.6)
        hint = f"; did you mean {' or '.join(f'nn.{n}' for n in near)}?" if near else ""
        raise fail(f"{word!r} is not one of the six recurrent layers explain knows "
                   f"({', '.join(f'nn.{n}' for n in CONSTRUCTORS)}){hint}")
    near = close_words(word)
    hint = f"did you mean {' or '.join(repr(w) for w in near)}? " if near else ""
    raise fail(f"{word!r} is not a layer, a rule code or a word explain knows; {hint}"
               f"words: {', '.join(words())}; or paste a constructor, e.g. 'nn.LSTM(10, 20)'")


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
