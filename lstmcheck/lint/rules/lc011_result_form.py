"""LC011: a recurrent layer's result taken in a form it does not have. nn.LSTM returns
`(output, (h_n, c_n))`, nn.GRU and nn.RNN `(output, h_n)`, nn.LSTMCell `(h_1, c_1)`, nn.GRUCell
and nn.RNNCell one tensor; unpacking another form, or using the whole tuple as the output,
fails at the first forward pass with a Python error."""

from __future__ import annotations

from lstmcheck.lint.rule import Rule, forward_error
from lstmcheck.records import Feed, FileFacts, Fix, ResultUse, TorchOutcome


def _unpacking(use: ResultUse) -> tuple[TorchOutcome, str]:
    """Python's error for unpacking `got` items (or rows) into `expected` targets, and its
    words."""
    n = use.expected
    if use.got is not None and use.got > (n or 0):
        return (forward_error(rf"too many values to unpack \(expected {n}", "ValueError"),
                f"too many values to unpack (expected {n})")
    if use.got is not None:
        return (forward_error(rf"not enough values to unpack \(expected {n}, got {use.got}\)", "ValueError"),
                f"not enough values to unpack (expected {n}, got {use.got})")
    return (forward_error(rf"(too many|not enough) values to unpack \(expected {n}", "ValueError"),
            f"too many or not enough values to unpack (expected {n}) unless the batch is exactly {n}")


def _as_tensor(use: ResultUse) -> tuple[TorchOutcome, str]:
    """What Python or torch raises when a tuple goes where a tensor goes, and its words."""
    how = use.how or ""
    if how == "index":
        text = "tuple indices must be integers or slices, not tuple"
        return forward_error(text, "TypeError"), text
    if how == "layer Linear":
        return (forward_error(r"linear\(\): argument 'input' \(position 1\) must be Tensor, not tuple",
                              "TypeError"),
                "linear(): argument 'input' (position 1) must be Tensor, not tuple")
    attribute = "dim" if how.startswith("layer ") else how.split(" ", 1)[-1]
    text = f"'tuple' object has no attribute '{attribute}'"
    return forward_error(text, "AttributeError"), text


def _first_on_its_line(feed: Feed, facts: FileFacts) -> bool:
    """One finding a line and result (`y.view(y.size(0), -1)` is one mistake), and one for
    the walks that met the same use."""
    use = feed.result_use
    for other in facts.feeds:
        if other is feed:
            return True
        theirs = other.result_use
        if theirs is not None and other.location.line == feed.location.line and other.layer == feed.layer \
                and (theirs == use or (theirs.name is not None and theirs.name == use.name)):
            return False
    return True


def check_feed(feed: Feed, facts: FileFacts = FileFacts()):
    use = feed.result_use
    if use is None or feed.hypothetical or not _first_on_its_line(feed, facts):
        return  # (a form only a configuration no site builds takes: a dispatch on the kind)
    returns = f"nn.{feed.kind} returns {use.returns}"
    assumed: tuple[str, ...] = ()
    if use.problem == "tuple-as-tensor":
        outcome, says = _as_tensor(use)
        held = f"`{use.name}` is" if use.name else "this is"
        message = (f"{held} the whole tuple {returns}: {use.piece}; `{use.written}` uses it as a "
                   f"tensor ({outcome.exception}: {says})")
        first = use.name or "result"
        if feed.kind == "LSTMCell":
            right = f"take it apart first: `h, c = ...` (or use `{first}[0]`, h_1)"
        else:
            right = f"take the output first: `output, _ = ...` (or use `{first}[0]`, the output)"
    elif use.problem == "pair-as-tensor":
        outcome, says = _as_tensor(use)
        held = f"`{use.name}` is" if use.name else "this is"
        message = (f"{held} the state pair (h_n, c_n) ({returns}): {use.piece}; "
                   f"`{use.written}` uses it as a tensor ({outcome.exception}: {says})")
        right = ("unpack the states and use the last layer's final hidden state: "
                 "`output, (h_n, c_n) = ...`, then h_n[-1]")
    else:
        outcome, says = _unpacking(use)
        if use.problem == "unpack-tensor" and use.got is None:
            assumed = ("the batch is not exactly 2",)
        message = (f"`{use.written}` unpacks into {use.expected} names, but {returns}: {use.piece} "
                   f"({outcome.exception}: {says})")
        right = f"unpack what it returns: `{use.right}`"
    yield RULE.feed_finding(feed, message, assumed=assumed, outcome=outcome, fix=Fix(right))


RULE = Rule(
    code="LC011",
    name="recurrent-result-form",
    severity="error or warning",
    summary="A recurrent layer's result unpacked or used in a form it does not have.",
    explanation=(
        "nn.LSTM returns (output, (h_n, c_n)); nn.GRU and nn.RNN return (output, h_n), with h_n "
        "one tensor; nn.LSTMCell returns the pair (h_1, c_1); nn.GRUCell and nn.RNNCell return "
        "one tensor. Unpacking another form raises ValueError (or, unpacking a tensor, iterates "
        "its first dim), and using the whole tuple as the output raises TypeError or "
        "AttributeError at the first forward pass. Reported only where the layer's class is "
        "written out, not where a configuration or an `if` on the kind may choose it."
    ),
    wrong="gru = nn.GRU(10, 64)\nout, (h, c) = gru(torch.randn(7, 4, 10))",
    right="gru = nn.GRU(10, 64)\nout, h = gru(torch.randn(7, 4, 10))",
    valid=(
        "import torch, torch.nn as nn\nclass M(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        "        self.gru = nn.GRU(10, 64, batch_first=True)\n    def forward(self, x):\n"
        "        out, h = self.gru(x)\n        return out\nM()(torch.zeros(4, 7, 10))",
        "import torch, torch.nn as nn\nclass M(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        "        self.lstm = nn.LSTM(10, 64, batch_first=True)\n        self.fc = nn.Linear(64, 2)\n"
        "    def forward(self, x):\n        res = self.lstm(x)\n        return self.fc(res[0][:, -1])\n"
        "M()(torch.zeros(4, 7, 10))",
        "import torch, torch.nn as nn\nclass M(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        "        self.cell = nn.GRUCell(10, 64)\n    def forward(self, x, h):\n        h = self.cell(x, h)\n"
        "        return h\nM()(torch.zeros(4, 10), torch.zeros(4, 64))",
    ),
    invalid=(
        "import torch, torch.nn as nn\nclass M(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        "        self.gru = nn.GRU(10, 64, batch_first=True)\n    def forward(self, x):\n"
        "        out, (h, c) = self.gru(x)\n        return out\nM()(torch.zeros(4, 7, 10))",
        "import torch, torch.nn as nn\nclass M(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        "        self.lstm = nn.LSTM(10, 64, batch_first=True)\n    def forward(self, x):\n"
        "        out, h, c = self.lstm(x)\n        return out\nM()(torch.zeros(4, 7, 10))",
        "import torch, torch.nn as nn\nclass M(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        "        self.lstm = nn.LSTM(10, 64, batch_first=True)\n        self.fc = nn.Linear(64, 2)\n"
        "    def forward(self, x):\n        out = self.lstm(x)\n        return self.fc(out)\n"
        "M()(torch.zeros(4, 7, 10))",
    ),
    check_feed=check_feed,
)
