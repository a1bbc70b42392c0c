"""LC002: a keyword the constructor does not take, with a "did you mean" from the table."""

from __future__ import annotations

from collections import Counter

from lstmcheck.fixes.edits import remove_argument, rename_keyword
from lstmcheck.lint.rule import Rule
from lstmcheck.records import BindError, CallRecord, FileFacts, Fix, TorchOutcome
from lstmcheck.signatures import CONSTRUCTORS, suggest

_CELL_ONLY_STEP = ("num_layers", "batch_first", "bidirectional", "proj_size", "dropout")


def _advice(ctor_name: str, keyword: str) -> str:
    ctor = CONSTRUCTORS[ctor_name]
    if ctor.is_cell and keyword in _CELL_ONLY_STEP:
        if keyword == "dropout":
            return (f"a cell is one time step of one layer and has no dropout: put an "
                    f"nn.Dropout on its input or output")
        return (f"a cell is one time step of one layer and takes no {keyword}: use "
                f"nn.{ctor_name.removesuffix('Cell')} for whole sequences")
    if keyword == "nonlinearity" and ctor_name in ("LSTM", "GRU"):
        return (f"nn.{ctor_name}'s gates have fixed activations; only nn.RNN and nn.RNNCell "
                "take a nonlinearity: remove it")
    guess = suggest(ctor, keyword)
    if guess:
        return f"did you mean {guess}=?"
    return f"nn.{ctor_name} takes: {', '.join(ctor.names)}"


def _fix(record: CallRecord, error: BindError, unexpected: list[str]) -> Fix | None:
    """Rename a misspelled keyword when the suggestion is the only one and is free (safe: the
    call raised before); remove a keyword the layer cannot take (unsafe: the intent is lost)."""
    ctor = CONSTRUCTORS[record.constructor]
    keyword = error.params[0]
    if error.location is None:
        return None
    guess = suggest(ctor, keyword)
    removable = (ctor.is_cell and keyword in _CELL_ONLY_STEP) or (
        keyword == "nonlinearity" and record.constructor in ("LSTM", "GRU"))
    if removable:
        edit = remove_argument(record, error.location)
        return Fix(f"remove {keyword}=", (edit,) if edit else (), safe=False)
    if guess is None:
        return None
    wanted = Counter(suggest(ctor, k) for k in unexpected)
    taken = guess in record.call.arguments or guess in record.call.keywords
    edit = rename_keyword(record, error.location, keyword, guess)
    opposite = keyword.lower().startswith("out") and guess.startswith("input")
    if taken or wanted[guess] > 1 or edit is None or opposite:
        return Fix(f"rename {keyword}= to {guess}=")  # which one was meant is not clear
    return Fix(f"rename {keyword}= to {guess}=", (edit,),
               safe=_confident(keyword, guess) and not record.call.partial)


def _confident(keyword: str, guess: str) -> bool:
    """A name people write for the parameter (the table's aliases), or a near spelling of it
    (`hiden_size`, `dropouts`); a looser likeness (`bias_first`) is only offered as unsafe."""
    import difflib

    from lstmcheck.signatures import _ALIASES  # the table's own list of known spellings

    if _ALIASES.get(keyword.lower()) == guess:
        return True
    return difflib.SequenceMatcher(None, keyword.lower(), guess).ratio() >= 0.8


def check(record: CallRecord, facts: FileFacts = FileFacts()):
    unexpected = [e.params[0] for e in record.call.errors if e.kind == "unexpected"]
    for error in record.call.errors:
        if error.kind != "unexpected":
            continue
        keyword = error.params[0]
        yield RULE.finding(
            record,
            f"nn.{record.constructor} has no parameter {keyword!r}: {_advice(record.constructor, keyword)} "
            f'(torch raises TypeError: "{error.message}")',
            location=error.location,
            outcome=TorchOutcome("raises", "TypeError", error.message, "python"),
            fix=_fix(record, error, unexpected),
        )


RULE = Rule(
    code="LC002",
    name="unknown-argument",
    severity="error",
    summary="A keyword the constructor does not take: construction raises TypeError.",
    explanation=(
        "Misspelled keywords (hidden=, n_layers=, batchfirst=) and keywords of another layer "
        "(dropout= or num_layers= on a cell, nonlinearity= on an LSTM) make torch raise at "
        "construction. The suggestion comes from the constructor's own parameter names."
    ),
    wrong="lstm = nn.LSTM(10, hidden=20, batchfirst=True)",
    right="lstm = nn.LSTM(10, hidden_size=20, batch_first=True)",
    valid=(
        "import torch.nn as nn\nnn.LSTM(10, 20, batch_first=True, dropout=0.1, num_layers=2)",
        "import torch.nn as nn\nnn.RNN(10, 20, nonlinearity='relu')",
        "import torch.nn as nn\nnn.RNNCell(10, 20, nonlinearity='relu')",
        "import torch.nn as nn\nnn.LSTM(10, 20, device='cpu', dtype=None)",
        "import tensorflow as tf\ntf.keras.layers.LSTM(64, return_sequences=True)",
    ),
    invalid=(
        "import torch.nn as nn\nnn.LSTM(10, hidden=20)",
        "import torch.nn as nn\nnn.LSTM(10, 20, batchfirst=True)",
        "import torch.nn as nn\nnn.GRU(10, 20, n_layers=2)",
        "import torch.nn as nn\nnn.LSTMCell(10, 20, dropout=0.2)",
        "import torch.nn as nn\nnn.LSTM(10, 20, nonlinearity='relu')",
        "import torch.nn as nn\nnn.LSTM(10, 20, hiden_size=3)",
    ),
    check=check,
)
