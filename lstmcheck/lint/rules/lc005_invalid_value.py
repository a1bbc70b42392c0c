"""LC005: a value torch rejects at construction, or accepts and then breaks on at forward."""

from __future__ import annotations

import ast
from dataclasses import replace

from lstmcheck.fixes.edits import Division, floor_division, replace_argument, true_division
from lstmcheck.lint.fix_sites import flag_written, rejected_where_written
from lstmcheck.lint.rule import Rule, torch_says, value_problems
from lstmcheck.records import CallRecord, FileFacts, Fix, Location, Problem, Related, Value
from lstmcheck.signatures import CONSTRUCTORS, effective
from lstmcheck.validate import as_floats

_SIZES = ("input_size", "hidden_size")


def check(record: CallRecord, facts: FileFacts = FileFacts()):
    for problem, location in value_problems(record):
        if problem.outcome.kind == "warns":
            continue  # LC006
        fix = f" Fix: {problem.fix}" if problem.fix else ""
        severity, assumed = problem.severity, ""
        origins = [v.origin for p in problem.params
                   if (v := record.call.arguments.get(p)) is not None and v.origin]
        if any(" defaults to " in origin for origin in origins):
            # a parameter's default is often a placeholder every caller replaces (proj_size=-1)
            severity = "warning"
            assumed = " (this assumes the parameter keeps its default: no call in this file " \
                      "passes another value)"
        if len(problem.params) == 1 and _division_of(record, problem.params[0]) is not None:
            # `hidden / 2` is a float whatever the default holds: no assumption in it
            severity, assumed, fix = problem.severity, "", " Fix: divide with // to get an int"
        option = _flag_from_option(record, problem)
        if option is not None:
            value = record.call.arguments[problem.params[0]]
            yield RULE.finding(
                record,
                f"{problem.message}: {torch_says(problem.outcome)}. It is the default of the "
                f"argparse option `{value.option}`, an int (and so is what the command line "
                f"gives, as long as the option's type is int): make the option a bool, or pass "
                f"bool(...) where it is used",
                severity=severity,
                location=location,
                outcome=problem.outcome,
                related=(Related(record.path, option, f"the option `{value.option}` is declared "
                                 f"here, with an int default"),),
                fix=Fix(f"make the option `{value.option}` a bool (type=lambda s: "
                        f"bool(int(s)), default={bool(value.value)}), or pass "
                        f"bool({value.text.strip()})"),
            )
            continue
        related: tuple[Related, ...] = ()
        written = rejected_where_written(record, problem.params[0]) \
            if len(problem.params) == 1 else None
        if written is not None:
            # wrong in itself and written once elsewhere: fixed where it is written
            location = written.location
            related = tuple(Related(record.path, at, what) for at, what in written.notes)
        elif len(problem.params) == 1 and (flag := flag_written(record, problem.params[0])):
            related = (Related(record.path, *flag),)
        yield RULE.finding(
            record,
            f"{problem.message}: {torch_says(problem.outcome)}.{fix}{assumed}",
            severity=severity,
            location=location,
            outcome=problem.outcome,
            related=related,
            fix=_fix(record, problem) if written is None else None,
        )
    yield from _divisions(record)
    yield from _literal_forms(record)


_FLAGS = ("bidirectional", "batch_first", "bias")


def _flag_from_option(record: CallRecord, problem: Problem) -> Location | None:
    """Where the argparse option is declared whose int a bool flag gets (`--bidirectional`,
    `default=1, type=int`), else None. The option gives an int whatever the command line says,
    so its declaration is one place to fix; the use (`bool(...)`) is the other, and real fixes
    go either way (realbugs 025 and 071 change the option, 050 and 057 the use): the finding
    stays at the use, with the option as a note."""
    name = problem.params[0] if len(problem.params) == 1 else None
    value = record.call.arguments.get(name) if name in _FLAGS else None
    if value is None or value.option is None or value.origin_at is None or not value.is_int():
        return None
    return value.origin_at


def _literal_forms(record: CallRecord):
    """An argument the resolver left unknown whose text is a literal all the same (`0.+0.j`,
    numbers joined by + and -): judged as the number it is. stdlib `ast.literal_eval` takes
    literals and their sums only, so nothing is run."""
    folded: dict[str, Value] = {}
    for name, value in record.call.arguments.items():
        if value.known or value.location is None or len(value.text) > 64:
            continue
        try:
            literal = ast.literal_eval(value.text.strip())
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            continue
        if isinstance(literal, (int, float, complex)) and not isinstance(literal, bool):
            folded[name] = replace(value, known=True, value=literal)
    if not folded:
        return
    folded_record = replace(record, call=replace(record.call,
                                                 arguments={**record.call.arguments, **folded}))
    for problem, location in value_problems(folded_record):
        if problem.outcome.kind == "warns" or not problem.params or problem.params[0] not in folded:
            continue
        fix = f" Fix: {problem.fix}" if problem.fix else ""
        yield RULE.finding(record, f"{problem.message}: {torch_says(problem.outcome)}.{fix}",
                           severity=problem.severity, location=location, outcome=problem.outcome,
                           fix=Fix(problem.fix) if problem.fix else None)


def _division_of(record: CallRecord, name: str) -> Division | None:
    """The true division a size known to be a float is written as (`hidden / 2`), if it is."""
    value = record.call.arguments.get(name) if name in (*_SIZES, "num_layers") else None
    if value is None or not value.known or not isinstance(value.value, float) or "/" not in value.text:
        return None
    return true_division(value.text)


def _fix(record: CallRecord, problem: Problem) -> Fix | None:
    if not problem.fix:
        return None
    name = problem.params[0] if problem.params else ""
    value = record.call.arguments.get(name)
    if value is None or value.location is None:
        return Fix(problem.fix)
    if name in ("bias", "nonlinearity") and _meant_as_dropout(record, name, value):
        edit = replace_argument(record, value.location, f"dropout={value.text}")
        if edit is not None:
            return Fix(f"pass {value.text} as dropout={value.text}", (edit,), safe=True)
    division = _division_of(record, name)
    if division is not None:
        edits = floor_division(record, value, division)
        if edits:
            return Fix("divide with // to get an int", edits, safe=division.simple)
    return Fix(problem.fix)


def _meant_as_dropout(record: CallRecord, slot: str, value: Value) -> bool:
    """`nn.LSTM(10, 20, 2, 0.5)`: a probability in the 4th slot (bias; nn.RNN's nonlinearity),
    passed last by position, where `dropout=` would be free and effective. A cell has no
    dropout to move it to."""
    ctor = CONSTRUCTORS[record.constructor]
    call = record.call
    if ctor.is_cell or call.partial or slot in call.keywords or "dropout" in call.arguments:
        return False
    if call.positional_count != ctor.names.index(slot) + 1:
        return False  # later positionals would follow a keyword
    v = value.value
    if not (value.known and isinstance(v, float) and 0 < v <= 1):
        return False
    layers = effective(ctor, call, "num_layers")
    return not (layers is not None and layers.known and layers.value == 1)


def _divisions(record: CallRecord):
    """A size written as a true division (`hidden / 2`) is a float whatever the names in it
    are, so torch rejects it even where the linter knows no value: judged by its form."""
    found: dict[str, Division] = {}
    for name in _SIZES:
        value = record.call.arguments.get(name)
        if value is None or value.known or value.location is None:
            continue
        division = true_division(value.text)
        if division is not None:
            found[name] = division
    if not found:
        return
    for problem in as_floats(CONSTRUCTORS[record.constructor], record.call, found):
        name = problem.params[0]
        value = record.call.arguments[name]
        division = found[name]
        edits = floor_division(record, value, division)
        yield RULE.finding(
            record,
            f"{name}={value.text} is a float whatever its names hold, as `/` always gives one: "
            f"{torch_says(problem.outcome)}. Fix: divide with // to get an int",
            severity="error",
            location=value.location,
            outcome=problem.outcome,
            fix=Fix("divide with // to get an int", edits, safe=division.simple and bool(edits)),
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
        "nn.LSTM(10, 20, 2, 0.5) the 0.5 lands in bias, not in dropout. A size written with "
        "`/` (hidden / 2) is a float whatever hidden is; `//` divides to an int. Cells check "
        "nothing themselves; their bad values fail when the weights are allocated or at "
        "forward, and values torch accepts but that cannot be meant (a size of True, "
        "bias='no') are reported as warnings."
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
        "import torch.nn as nn\ndef make(hidden):\n    return nn.LSTM(10, hidden // 2)",
        "import torch.nn as nn\ndef make(hidden):\n    return nn.LSTM(10, int(hidden / 2))",
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
        "import torch.nn as nn\ndef make(hidden):\n    return nn.LSTM(10, hidden / 2)",
        "import torch.nn as nn\ndef make(features, hidden):\n    return nn.LSTMCell(features / 2, hidden)",
        "import torch.nn as nn\nnn.RNN(3, 2, dropout=0.+0.j)",
    ),
    check=check,
)
