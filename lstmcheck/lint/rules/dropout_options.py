"""A dropout the command line sets on a layer that keeps one layer, which nothing checks.

`--dropout` (default 0.0) handed to `nn.LSTM(..., dropout=args.dropout)` whose `num_layers` is
1 (fixed, or an option left at its default 1) is silent as the file runs by default, and the
first user who passes `--dropout 0.3` gets torch's warning and a model without the dropout asked
for (dayyass/language-modeling#20). What a guard in the file (`dropout if layers > 1 else 0`,
an `if` that resets it) decides does not reach the layer as the option, so it stays silent.
"""

from __future__ import annotations

from dataclasses import dataclass

from lstmcheck.lint.ties import knob
from lstmcheck.records import CallRecord, FileFacts, Location, Value


@dataclass(frozen=True)
class UncheckedDropout:
    """The pair: the dropout option left at 0 and the one layer, each as the layer gets it."""

    dropout: Value
    layers: Value | None  # None: num_layers is not passed, torch's default 1

    @property
    def condition(self) -> str:
        """When torch warns: 'when the command line sets rnn_dropout above 0 and leaves
        rnn_num_layers at its default 1'."""
        said = f"when the command line sets {self.dropout.option} above 0"
        if self.layers is not None and from_command_line(self.layers):
            return f"{said} and leaves {self.layers.option} at its default 1"
        return said

    @property
    def notes(self) -> tuple[tuple[Location, str], ...]:
        """Where each option's default is written."""
        out = []
        if self.dropout.origin_at is not None:
            out.append((self.dropout.origin_at, f"the option {self.dropout.option} defaults to "
                                                f"{self.dropout.value!r} here"))
        if self.layers is not None and self.layers.origin_at is not None:
            layers_said = f"the option {self.layers.option} defaults" if self.layers.option \
                else "num_layers is set"
            out.append((self.layers.origin_at, f"{layers_said} to 1 here"))
        return tuple(out)


def from_command_line(value: Value) -> bool:
    """An argparse option's default that the command line may replace: no literal
    `parse_args([...])` list pins the run (lint/argparse_values.py says 'the parse_args list'
    in the origin when one does)."""
    return value.option is not None and value.known \
        and "parse_args list" not in (value.origin or "")


def _checked(pair: UncheckedDropout, facts: FileFacts) -> bool:
    """The file tests the dropout beside a layer count somewhere (`if args.dropout > 0 and
    args.layers == 1: parser.error(...)`, `assert p == 0 or n > 1`): taken as checked."""
    drops = {n for n in (pair.dropout.option, knob(pair.dropout.text)) if n}
    layers = {"num_layers"} | ({n for n in (pair.layers.option, knob(pair.layers.text)) if n}
                               if pair.layers is not None else set())
    for a, b in facts.compared:
        for drop, other in ((a, b), (b, a)):
            if drop in drops and (other in layers or "layer" in other.lower()):
                return True
    return False


def unchecked_dropout(record: CallRecord, facts: FileFacts) -> UncheckedDropout | None:
    """The pair when the layer has one layer whatever the command line says of dropout, or as
    long as it leaves a layers option at its default; None when anything is unknown or the
    file tests the two together."""
    pair = _unchecked_dropout(record)
    return None if pair is None or _checked(pair, facts) else pair


def _unchecked_dropout(record: CallRecord) -> UncheckedDropout | None:
    """The pair as the call gets it, before asking whether the file checks it."""
    if record.constructor not in ("LSTM", "GRU", "RNN") or record.hypothetical:
        return None
    dropout = record.call.arguments.get("dropout")
    if dropout is None or not from_command_line(dropout):
        return None
    zero = dropout.value
    if isinstance(zero, bool) or not isinstance(zero, (int, float)) or zero != 0:
        return None
    layers = record.call.arguments.get("num_layers")
    if layers is None:
        return None if record.call.partial else UncheckedDropout(dropout, None)
    if not layers.is_int() or layers.value != 1:
        return None
    return UncheckedDropout(dropout, layers)
