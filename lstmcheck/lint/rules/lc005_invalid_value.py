"""LC005: a value torch rejects at construction, or accepts and then breaks on at forward."""

from __future__ import annotations

from lstmcheck.lint.rule import Rule, torch_says, value_problems
from lstmcheck.records import CallRecord, FileFacts


def check(record: CallRecord, facts: FileFacts = FileFacts()):
    for problem, location in value_problems(record):
        if problem.outcome.kind == "warns":
            continue  # LC006
        fix = f" Fix: {problem.fix}" if problem.fix else ""
        yield RULE.finding(
            record,
            f"{problem.message}: {torch_says(problem.outcome)}.{fix}",
            severity=problem.severity,
            location=location,
            outcome=problem.outcome,
        )


RULE = Rule(
    code="LC005",
    name="invalid-value",
    severity="error or warning",
    summary="A value torch rejects, or accepts and then breaks on at the first forward pass.",
    explanation=(
        "Sizes must be positive ints, num_layers at least 1, dropout a probability in [0, 1], "
        "proj_size (LSTM only) between 0 and hidden_size - 1, nonlinearity 'tanh' or 'relu', "
        "and bias, batch_first and bidirectional bools. Mind the positional order: in "
        "nn.LSTM(10, 20, 2, 0.5) the 0.5 lands in bias, not in dropout. Cells check nothing "
        "themselves; their bad values fail when the weights are allocated or at forward, and "
        "values torch accepts but that cannot be meant (a size of True, bias='no') are "
        "reported as warnings."
    ),
    wrong="lstm = nn.LSTM(10, 20, 2, 0.5)",
    right="lstm = nn.LSTM(10, 20, 2, dropout=0.5)",
    valid=(
        "import torch.nn as nn\nnn.LSTM(10, 20, 2, dropout=0.5)",
        "import torch.nn as nn\nnn.RNN(10, 20, 2, 'relu')",
        "import torch.nn as nn\nnn.LSTM(10, 20, proj_size=0)",
        "import torch.nn as nn\nnn.LSTM(10, 20, 2, dropout=1.0)",
        "import torch.nn as nn\nnn.LSTM(10, 20, proj_size=19)",
        "import torch.nn as nn\ndef make(hidden):\n    return nn.LSTM(10, hidden)",
    ),
    invalid=(
        "import torch.nn as nn\nnn.LSTM(10, 20, 2, 0.5)",
        "import torch.nn as nn\nnn.LSTM(10, 0)",
        "import torch.nn as nn\nnn.GRU(10.0, 20)",
        "import torch.nn as nn\nnn.LSTM(10, 20, num_layers=0)",
        "import torch.nn as nn\nnn.LSTM(10, 20, 2, dropout=1.5)",
        "import torch.nn as nn\nnn.LSTM(10, 20, proj_size=20)",
        "import torch.nn as nn\nnn.GRU(10, 20, proj_size=5)",
        "import torch.nn as nn\nnn.RNN(10, 20, nonlinearity='sigmoid')",
        "import torch.nn as nn\nnn.LSTM(10, 20, batch_first=1)",
        "import torch.nn as nn\nnn.LSTM(10, 20, bidirectional='yes')",
        "import torch.nn as nn\nHIDDEN = -4\nnn.GRU(10, HIDDEN)",
        "import torch.nn as nn\nclass M(nn.Module):\n    def __init__(self, hidden=0):\n"
        "        super().__init__()\n        self.rnn = nn.LSTM(10, hidden)",
    ),
    check=check,
)
