"""LC007: a Linear head fed a recurrent layer's features but sized for something else, most
often `hidden_size` where a bidirectional layer gives 2 * hidden_size.

Judged where the tensor meets the head, from what the flow pass knows: `h_n[-1]` has one
direction's H_out features and stays silent; `output` and `torch.cat((h_n[-2], h_n[-1]), 1)`
have D * H_out.
"""

from __future__ import annotations

from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.rule import (
    MATMUL_REJECTS,
    Rule,
    assumptions,
    differ_by_default,
    forward_error,
    record_at,
)
from lstmcheck.records import Feed, FileFacts
from lstmcheck.sizes import Size, differ, same


_HEAD_REJECTS = forward_error(MATMUL_REJECTS)


def _given(features: Size, single: Size | None, bidirectional: bool) -> str:
    """`2*hidden_size`, or `2*128 = 256` when the numbers are known."""
    if bidirectional and single is not None and same(features, Size.number(2) * single):
        return f"2*{single} = {features}" if single.value is not None else f"2*{single}"
    return str(features)


def check_feed(feed: Feed, facts: FileFacts = FileFacts()):
    tensor = feed.input
    if feed.kind not in ("Linear", "Sequential") or tensor is None or tensor.layer is None:
        return
    by_default = differ_by_default(tensor.last, feed.in_features, facts)
    if not differ(tensor.last, feed.in_features) and not by_default:
        return
    record = record_at(facts, tensor.layer)
    if record is None:
        return
    sizes = sizes_of(record)
    single = sizes.hidden_size if sizes.cell else sizes.h_out
    bidirectional = sizes.directions is not None and sizes.directions.value == 2
    assert tensor.last is not None and feed.in_features is not None
    given = _given(tensor.last, single, bidirectional)
    head = f"nn.{feed.kind}" if feed.kind == "Linear" else "the Sequential's first Linear"
    message = (f"{head} expects {feed.in_features} features (line {feed.layer.line}) but "
               f"{tensor.origin} gives {given}")
    if bidirectional and same(feed.in_features, single):
        fix = (f": use nn.Linear(2 * {single}, ...) (both directions), or feed it h_n[-1] "
               "(one direction)")
    elif same(tensor.last, single) and single is not None and sizes.directions is not None \
            and sizes.directions.value == 1:
        fix = f": the layer is not bidirectional; use nn.Linear({single}, ...)"
    else:
        fix = f": use nn.Linear({tensor.last}, ...)"
    yield RULE.feed_finding(feed, message + fix, outcome=_HEAD_REJECTS,
                            assumed=assumptions(tensor.last, feed.in_features, sizes.directions)
                            + by_default)


RULE = Rule(
    code="LC007",
    name="bidirectional-head-mismatch",
    severity="error",
    summary="A Linear head's in_features does not match the recurrent output it is fed "
            "(2*hidden_size from a bidirectional layer).",
    explanation=(
        "A bidirectional layer concatenates both directions: output has D*H_out = "
        "2*hidden_size features, and so has torch.cat((h_n[-2], h_n[-1]), dim=1). A head "
        "built as nn.Linear(hidden_size, ...) then fails at the first forward pass with "
        "'mat1 and mat2 shapes cannot be multiplied'. h_n[-1] alone is one direction "
        "(hidden_size features) and is fine. Reported where the tensor meets the head."
    ),
    wrong=(
        "lstm = nn.LSTM(10, 64, batch_first=True, bidirectional=True)\n"
        "head = nn.Linear(64, 1)\n"
        "out, _ = lstm(torch.randn(8, 5, 10))\n"
        "y = head(out[:, -1, :])"
    ),
    right=(
        "lstm = nn.LSTM(10, 64, batch_first=True, bidirectional=True)\n"
        "head = nn.Linear(2 * 64, 1)\n"
        "out, _ = lstm(torch.randn(8, 5, 10))\n"
        "y = head(out[:, -1, :])"
    ),
    valid=(
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, hidden):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(16, hidden, bidirectional=True)\n"
        "        self.fc = nn.Linear(hidden, 2)\n"
        "    def forward(self, x):\n"
        "        _, h_n = self.rnn(x)\n"
        "        return self.fc(h_n[-1])\n",
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, hidden):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.LSTM(16, hidden, bidirectional=True)\n"
        "        self.fc = nn.Linear(hidden * 2, 2)\n"
        "    def forward(self, x):\n"
        "        _, (h_n, _) = self.rnn(x)\n"
        "        return self.fc(torch.cat((h_n[-2], h_n[-1]), dim=1))\n",
    ),
    invalid=(
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, hidden):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.LSTM(16, hidden, batch_first=True, bidirectional=True)\n"
        "        self.fc = nn.Linear(hidden, 2)\n"
        "    def forward(self, x):\n"
        "        out, _ = self.rnn(x)\n"
        "        return self.fc(out[:, -1, :])\n",
        "import torch\nfrom torch import nn\n"
        "class M(nn.Module):\n"
        "    def __init__(self, hidden):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(16, hidden, bidirectional=True)\n"
        "        self.fc = nn.Linear(hidden, 2)\n"
        "    def forward(self, x):\n"
        "        _, h_n = self.rnn(x)\n"
        "        return self.fc(torch.cat([h_n[-2], h_n[-1]], dim=-1))\n",
    ),
    check_feed=check_feed,
)
