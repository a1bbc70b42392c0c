"""A layer count and a dropout read from one configuration that the file writes with one layer.

`nn.LSTM(..., num_layers=self.config.hidden_layers, dropout=self.config.dropout_keep)`: both
are fields of one object the linter may not follow, yet the file writes a block that sets the
two fields (`hidden_layers = 1`, `dropout_keep = 0.8`, lint/written_configs.py). Built from
that configuration, the layer has one layer and a dropout above 0: torch warns and applies no
dropout. A warning that names the block and says it assumes the layer is built from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lstmcheck.lint.rules.dead_dropout import guarded
from lstmcheck.lint.written_configs import is_rate
from lstmcheck.records import CallRecord, FileFacts, Location, Value

# `cfg.name`, `self.config.name`, `cfg["name"]`: the object and the field read from it
_FIELD_READ = re.compile(r"""^(.+?)(?:\.([A-Za-z_]\w*)|\[\s*["']([A-Za-z_]\w*)["']\s*\])$""")


@dataclass(frozen=True)
class WrittenPair:
    """The fields as read at the call and as the file writes them."""

    layers: Value
    dropout: Value
    layers_field: str
    dropout_field: str
    rate: float
    layers_at: Location  # where the block sets the layer field to 1
    dropout_at: Location  # and the dropout field


def _field(value: Value) -> tuple[str, str] | None:
    """(object, field) of a read like `self.config.dropout_keep`, unknown to the resolver."""
    if value.known or value.location is None:
        return None
    read = _FIELD_READ.match("".join(value.text.split()))
    if read is None:
        return None
    return read.group(1), read.group(2) or read.group(3)


def written_pair(record: CallRecord, facts: FileFacts) -> WrittenPair | None:
    """The pair when num_layers and dropout are two fields of one object and a block of the
    file sets the first to 1 and the second to a rate above 0; None otherwise, also when the
    file tests the two fields together (`FileFacts.compared`)."""
    if record.constructor not in ("LSTM", "GRU", "RNN"):
        return None
    layers = record.call.arguments.get("num_layers")
    dropout = record.call.arguments.get("dropout")
    if layers is None or dropout is None or guarded(dropout.text):
        return None
    read_layers, read_dropout = _field(layers), _field(dropout)
    if read_layers is None or read_dropout is None or read_layers[0] != read_dropout[0]:
        return None
    layers_field, dropout_field = read_layers[1], read_dropout[1]
    if layers_field == dropout_field or tuple(sorted((layers_field, dropout_field))) in facts.compared:
        return None
    found = None
    for block in facts.written_configs:
        fields = {entry[0]: entry for entry in block}
        one, rate = fields.get(layers_field), fields.get(dropout_field)
        if one is None or rate is None:
            continue
        if one[1] != 1:
            # another block of the same fields stacks layers (an encoder's config beside a
            # head's `num_layers = 1`): which one the layer is built from, the text cannot say
            return None
        if found is None and isinstance(one[1], int) and is_rate(rate[1]):
            found = WrittenPair(layers, dropout, layers_field, dropout_field, rate[1],
                                Location(one[2], one[3], one[2], one[4]),
                                Location(rate[2], rate[3], rate[2], rate[4]))
    return found
