"""A dropout knob handed to a layer whose call fixes it at one layer: the knob is dead.

torch applies a recurrent layer's `dropout` between stacked layers only. A call that writes
`num_layers=1`, or leaves it out, builds one layer whatever its caller wants, so every value
the `dropout=` knob can take (a parameter, a config field, an option) is lost: 0 does nothing
and anything above 0 makes torch warn and still apply nothing (realbugs 196, 198). This holds
from the call's text alone, in every configuration, so it needs no value of the knob; the
finding says that the knob is dead, not that someone set it.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from lstmcheck.lint.ties import knob
from lstmcheck.records import CallRecord, FileFacts, Value

# `if num_layers == 1:`, `elif n < 2:`, `if 1 == layers:`: a test that something is one
_IF = re.compile(r"^(\s*)(?:if|elif)\b(.*)")
_IS_ONE = re.compile(r"==\s*1\b(?!\.)|<\s*2\b(?!\.)|<=\s*1\b(?!\.)|(?:^|\band|\bor|\bnot|\()\s*1\s*==")
# `drop_rate = 0.0` alone on its line (or after `:` of a one-line if)
_ZEROED = re.compile(r"(?:^\s*|:\s*)([A-Za-z_][\w.]*)\s*=\s*0(?:\.0*)?\s*(?:#.*)?$")


@dataclass(frozen=True)
class DeadKnob:
    """The knob and how the call fixes the layer count (`layers` None: not passed)."""

    dropout: Value
    layers: Value | None

    @property
    def how(self) -> str:
        """'num_layers is not passed (torch's default 1)' or 'num_layers=1'."""
        if self.layers is None:
            return "num_layers is not passed (torch's default is 1)"
        return "num_layers=1"


def _literal(text: str) -> bool:
    """Text that is a number however it is written (`0.2`, `-0.`): not a knob."""
    try:
        literal = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False
    return isinstance(literal, (int, float))


def guarded(text: str) -> bool:
    """`p if n > 1 else 0`: the author chose the value with a test; whatever it tests, the
    file thought about when dropout applies, so it is left to the author."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return True
    return any(isinstance(node, (ast.IfExp, ast.BoolOp, ast.Compare)) for node in ast.walk(tree))


def one_layer_resets(source: str) -> tuple[tuple[str, str], ...]:
    """Names the file sets to 0 in the body of a test that something is one (`if num_layers
    == 1: drop_rate = 0.0`): the author checked that knob against one layer (realbugs
    ok_037). Each as the pair (name, "num_layers") for `FileFacts.compared`. Read from the
    text: it is only ever a reason to stay silent."""
    pairs = set()
    lines = source.splitlines()
    for i, line in enumerate(lines):
        test = _IF.match(line.split("#", 1)[0])
        if test is None or not _IS_ONE.search(test.group(2).split(":", 1)[0]):
            continue
        depth = len(test.group(1))
        body = [line.split(":", 1)[1] if ":" in line else ""]
        for after in lines[i + 1:]:
            if after.strip() and len(after) - len(after.lstrip()) <= depth:
                break
            body.append(after)
        for text in body:
            zeroed = _ZEROED.search(text)
            name = knob(zeroed.group(1)) if zeroed else None
            if name:
                pairs.add((name, "num_layers"))
    return tuple(sorted(pairs))


def _checked(dropout: Value, facts: FileFacts) -> bool:
    """The file sets this knob to 0 when something is one (`one_layer_resets`)."""
    name = knob(dropout.text)
    return name is not None and (name, "num_layers") in facts.compared


def _one_layer_written(record: CallRecord) -> Value | None | bool:
    """The num_layers Value when the call writes 1, None when it does not pass it (and no
    `**kwargs` may), False when the call does not fix it at one layer."""
    layers = record.call.arguments.get("num_layers")
    if layers is None:
        return False if record.call.partial else None
    if layers.text.strip() == "1":
        return layers
    return False


def dead_knob(record: CallRecord, facts: FileFacts = FileFacts()) -> DeadKnob | None:
    """The knob when the call builds one layer by its own text and passes `dropout=` a value
    the file leaves open (a parameter its callers fill from data, a config read, an option);
    None otherwise. A known value above 0 is LC006's first finding, an argparse option at 0
    dropout_options.py's; a knob the file sets to 0 wherever it builds the layer loses nothing
    torch would say, so it is left alone."""
    if record.constructor not in ("LSTM", "GRU", "RNN"):
        return None
    dropout = record.call.arguments.get("dropout")
    if dropout is None or dropout.location is None or dropout.option is not None:
        return None
    if _literal(dropout.text) or guarded(dropout.text) or _checked(dropout, facts):
        return None
    if dropout.known:
        return None  # above 0: LC006's first finding; 0 wherever the file builds it: torch is silent
    layers = _one_layer_written(record)
    if layers is False:
        return None
    return DeadKnob(dropout, layers)  # type: ignore[arg-type]
