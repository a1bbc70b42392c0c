"""LC100: a `# noqa: LCxxx` that suppresses nothing (ruff's RUF100, for lstmcheck's codes).

Opt-in (`report_unused_noqa`), and produced by the engine, which alone knows what each
directive suppressed. Numbered apart from the rules about torch (LC0xx) as ruff numbers
RUF100 apart: it is about the comments, not the code, and leaves LC011 onward to new rules.
"""

from __future__ import annotations

from lstmcheck.lint.rule import Rule

RULE = Rule(
    code="LC100",
    name="unused-noqa",
    severity="warning",
    summary="A `# noqa: LCxxx` comment that suppresses nothing (opt-in: report-unused-noqa).",
    explanation=(
        "A directive left behind after the code was fixed hides the next real mistake on "
        "that line. Only lstmcheck's own codes are judged: a bare `# noqa` and other tools' "
        "codes are theirs, and codes not selected in this run are not judged either. The fix "
        "removes the unused codes, or the whole comment when nothing is left."
    ),
    wrong="lstm = nn.LSTM(10, 20)  # noqa: LC001",
    right="lstm = nn.LSTM(10, 20)",
    valid=("import torch.nn as nn\nlstm = nn.LSTM(10)  # noqa: LC001\n",),
    invalid=("import torch.nn as nn\nlstm = nn.LSTM(10, 20)  # noqa: LC001\n",),
)
