"""LC000: a file that cannot be read or parsed. Reported, and the run goes on.

The engine produces this finding itself (no call record exists for a file that does not
parse); the rule object carries its documentation and examples like any other.
"""

from __future__ import annotations

from lstmcheck.lint.rule import Rule


RULE = Rule(
    code="LC000",
    name="parse-error",
    severity="error",
    summary="A file that cannot be read or parsed; the other files are still checked.",
    explanation=(
        "lstmcheck reads Python source without running it. A file with a syntax error, or "
        "bytes that are not text in the file's encoding, cannot be checked; it is reported "
        "so that a broken file never passes silently."
    ),
    wrong="self.lstm = nn.LSTM(10, 20",
    right="self.lstm = nn.LSTM(10, 20)",
    valid=("import torch.nn as nn\nnn.LSTM(10, 20)",),
    invalid=("import torch.nn as nn\nnn.LSTM(10, 20\n",),
)
