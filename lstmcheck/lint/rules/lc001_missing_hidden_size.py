"""LC001: the call gives no hidden_size, so construction raises a TypeError."""

from __future__ import annotations

from lstmcheck.lint.rule import Rule, short_call
from lstmcheck.records import CallRecord, FileFacts, Fix, TorchOutcome
from lstmcheck.signatures import CONSTRUCTORS, suggest


def _misspelled(record: CallRecord) -> set[str]:
    """Parameters some unknown keyword most likely meant: LC002 reports those instead."""
    ctor = CONSTRUCTORS[record.constructor]
    return {suggest(ctor, e.params[0]) for e in record.call.errors if e.kind == "unexpected"} - {None}


def check(record: CallRecord, facts: FileFacts = FileFacts()):
    for error in record.call.errors:
        if error.kind != "missing" or set(error.params) <= _misspelled(record):
            continue
        names = " and ".join(error.params)
        if error.params == ("hidden_size",):
            fix = (f"pass the hidden state's size second, e.g. nn.{record.constructor}"
                   "(input_size, hidden_size)")
        else:
            fix = f"pass both sizes: nn.{record.constructor}(input_size, hidden_size)"
        outcome = TorchOutcome("raises", "TypeError", error.message, "python")
        yield RULE.finding(
            record,
            f'{short_call(record)} has no {names}: torch raises TypeError: "{error.message}". '
            f"Fix: {fix}",
            outcome=outcome,
            fix=Fix(fix),  # words only: no one but the author knows the size
        )


RULE = Rule(
    code="LC001",
    name="missing-hidden-size",
    severity="error",
    summary="The call gives no hidden_size: construction raises TypeError.",
    explanation=(
        "Every recurrent layer needs two sizes: input_size, the features of each input step, "
        "and hidden_size, the features of the hidden state h. There is no default for either, "
        "so nn.LSTM(10) fails before any training starts."
    ),
    wrong="lstm = nn.LSTM(10)",
    right="lstm = nn.LSTM(10, 20)  # input_size=10, hidden_size=20",
    valid=(
        "import torch.nn as nn\nnn.LSTM(10, 20)",
        "import torch.nn as nn\nnn.GRU(input_size=10, hidden_size=20)",
        "import torch.nn as nn\nnn.LSTM(10, **config)",
        "import torch.nn as nn\nnn.LSTM(*sizes)",
        "import keras\nkeras.layers.LSTM(64)",
    ),
    invalid=(
        "import torch.nn as nn\nnn.LSTM(10)",
        "from torch import nn\nnn.GRU(input_size=10)",
        "import torch\ntorch.nn.LSTMCell(10)",
        "from torch.nn import RNNCell\nRNNCell(10, bias=False)",
        "import torch.nn as nn\nnn.LSTM(hidden_size=20)",
    ),
    check=check,
)
