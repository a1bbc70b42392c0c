"""LC010: torch itself rejects a call, or a forward pass whose shapes are known, and no other
rule said so. Only `check --verify` reports it: it comes from running torch on the meta
device with the literal values of the call, so `--verify` never hides a failure.
"""

from __future__ import annotations

from lstmcheck.lint.rule import Rule

RULE = Rule(
    code="LC010",
    name="torch-rejects",
    severity="error",
    summary="With --verify: torch rejects the call or a forward pass of known shapes, and no "
            "other rule said so.",
    explanation=(
        "check --verify builds every recurrent layer whose arguments are all literals on the "
        "meta device (no memory for weights), and runs a forward pass where the flow knows "
        "the tensors' shapes as numbers. When torch raises and no other finding predicted "
        "that failure, this finding reports torch's own exception and message."
    ),
    wrong="lstm = nn.LSTM(10, 20)\nout, _ = lstm(torch.randn(10))",
    right="lstm = nn.LSTM(10, 20)\nout, _ = lstm(torch.randn(3, 4, 10))",
    valid=(
        "import torch\nfrom torch import nn\nlstm = nn.LSTM(10, 20)\n"
        "out, _ = lstm(torch.randn(3, 4, 10))\n",
    ),
    invalid=(
        "import torch\nfrom torch import nn\nlstm = nn.LSTM(10, 20)\n"
        "out, _ = lstm(torch.randn(10))\n",
        "import torch\nfrom torch import nn\ngru = nn.GRU(10, 20)\n"
        "out, h = gru(torch.randn(10))\n",
    ),
    verify_only=True,
)
