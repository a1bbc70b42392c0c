"""LC004: more positional arguments than the constructor takes, or one parameter given twice."""

from __future__ import annotations

from lstmcheck.fixes.edits import remove_argument, text_at
from lstmcheck.lint.rule import Rule
from lstmcheck.records import BindError, CallRecord, FileFacts, Fix, TorchOutcome
from lstmcheck.signatures import CONSTRUCTORS


def _same(a: str, b: str) -> bool:
    """Two argument texts that say the same: word for word, or equal literals ('relu' and
    "relu"; 2 and 2, never 2 and 2.0 or True and 1)."""
    if a.split() == b.split():
        return True
    import ast

    try:
        left, right = ast.literal_eval(a.strip()), ast.literal_eval(b.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False
    return type(left) is type(right) and left == right


def _give_once(record: CallRecord, error: BindError) -> Fix:
    """Drop the keyword when it repeats the positional value word for word (safe: the call
    raised, and now passes what both said); when they differ, only the author can choose."""
    name = error.params[0]
    positional = record.call.arguments.get(name)
    if positional is None or error.location is None:
        return Fix(f"give {name} once")
    written = text_at(record, error.location)
    if written is None:
        return Fix(f"give {name} once")
    keyword, _, repeated = written.partition("=")
    if keyword.strip() != name or not _same(repeated, positional.text):
        return Fix(f"give {name} once")
    edit = remove_argument(record, error.location)
    return Fix(f"remove {name}=, which repeats the positional argument",
               (edit,) if edit else (), safe=True)


def check(record: CallRecord, facts: FileFacts = FileFacts()):
    ctor = CONSTRUCTORS[record.constructor]
    for error in record.call.errors:
        outcome = TorchOutcome("raises", "TypeError", error.message, "python")
        if error.kind == "too-many":
            message = (
                f"nn.{ctor.name} takes at most {len(ctor.params)} positional arguments "
                f"({', '.join(ctor.names)}), this call passes {record.call.positional_count}: "
                f'torch raises TypeError: "{error.message}". Fix: pass the options by keyword'
            )
        elif error.kind == "multiple":
            name = error.params[0]
            index = ctor.names.index(name)
            message = (
                f"{name} is given twice, as positional argument {index + 1} and as {name}=: "
                f'torch raises TypeError: "{error.message}". Fix: give it once'
            )
            fix = _give_once(record, error)
        else:
            continue
        if error.kind == "too-many":
            fix = Fix("pass the options by keyword")
        yield RULE.finding(record, message, location=error.location, outcome=outcome, fix=fix)


RULE = Rule(
    code="LC004",
    name="too-many-arguments",
    severity="error",
    summary="More positional arguments than the constructor takes, or a parameter given twice.",
    explanation=(
        "nn.LSTM and nn.GRU take at most 10 positional arguments and nn.RNN 11 (its 4th is "
        "nonlinearity); the cells take 5, and nn.RNNCell 6. A parameter passed by position "
        "and again by keyword is given twice. Both raise TypeError at construction."
    ),
    wrong="lstm = nn.LSTM(10, 20, 2, hidden_size=20)",
    right="lstm = nn.LSTM(10, 20, 2)",
    valid=(
        "import torch.nn as nn\nnn.LSTM(10, 20, 1, True, False, 0.0, False, 0, None, None)",
        "import torch.nn as nn\nnn.RNN(10, 20, 2, 'relu', bias=False)",
        "import torch.nn as nn\nnn.RNN(10, 20, 2, nonlinearity='relu')",
    ),
    invalid=(
        "import torch.nn as nn\nnn.LSTM(10, 20, hidden_size=20)",
        "import torch.nn as nn\nnn.LSTM(10, 20, 1, True, False, 0.0, False, 0, None, None, 1)",
        "import torch.nn as nn\nnn.LSTMCell(10, 20, True, None, None, 1)",
        "import torch.nn as nn\nnn.RNN(10, 20, 1, 'relu', nonlinearity='tanh')",
    ),
    check=check,
)
