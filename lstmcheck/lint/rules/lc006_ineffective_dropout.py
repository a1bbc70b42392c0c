"""LC006: dropout > 0 on a single layer: torch warns and applies no dropout at all."""

from __future__ import annotations

from lstmcheck.lint.rule import Rule, torch_says, value_problems
from lstmcheck.records import CallRecord, FileFacts


def check(record: CallRecord, facts: FileFacts = FileFacts()):
    for problem, location in value_problems(record):
        if problem.outcome.kind != "warns":
            continue
        yield RULE.finding(
            record,
            f"{problem.message} ({torch_says(problem.outcome)}). Fix: {problem.fix}",
            location=location,
            outcome=problem.outcome,
        )


RULE = Rule(
    code="LC006",
    name="ineffective-dropout",
    severity="warning",
    summary="dropout > 0 with one layer: torch warns and applies no dropout.",
    explanation=(
        "The dropout argument of nn.LSTM, nn.GRU and nn.RNN applies between stacked layers "
        "only, to the outputs of all layers but the last. With num_layers=1 there is no such "
        "output, so the model trains without the regularisation its author asked for."
    ),
    wrong="lstm = nn.LSTM(10, 20, dropout=0.3)",
    right="lstm = nn.LSTM(10, 20, num_layers=2, dropout=0.3)  # or nn.Dropout(0.3) on the output",
    valid=(
        "import torch.nn as nn\nnn.LSTM(10, 20, num_layers=2, dropout=0.3)",
        "import torch.nn as nn\nnn.LSTM(10, 20, dropout=0.0)",
        "import torch.nn as nn\ndef make(layers):\n    return nn.LSTM(10, 20, layers, dropout=0.3)",
    ),
    invalid=(
        "import torch.nn as nn\nnn.LSTM(10, 20, dropout=0.3)",
        "import torch.nn as nn\nnn.GRU(10, 20, 1, dropout=0.2)",
        "import torch.nn as nn\nnn.RNN(10, 20, dropout=1)",
    ),
    check=check,
)
