"""LC006: dropout > 0 on a single layer: torch warns and applies no dropout at all."""

from __future__ import annotations

from lstmcheck.fixes.edits import remove_argument, text_at
from dataclasses import replace

from lstmcheck.lint.fix_sites import chosen_together
from lstmcheck.lint.rule import Rule, torch_says, value_problems
from lstmcheck.lint.rules.dead_dropout import dead_knob
from lstmcheck.lint.rules.dropout_options import unchecked_dropout
from lstmcheck.lint.rules.written_dropout import written_pair
from lstmcheck.records import CallRecord, FileFacts, Fix, Location, Related
from lstmcheck.signatures import CONSTRUCTORS, suggest


def _fix(record: CallRecord, description: str) -> Fix:
    """Remove `dropout=`: unsafe, since the author wanted regularisation and the fix gives up
    on it (torch already applied none). A positional dropout goes only if it is the last."""
    value = record.call.arguments.get("dropout")
    call = record.call
    last = call.positional_count == CONSTRUCTORS[record.constructor].names.index("dropout") + 1
    if value is None or value.location is None or not ("dropout" in call.keywords or last):
        return Fix(description)
    edit = remove_argument(record, value.location)
    return Fix("remove dropout=, which applies no dropout with one layer",
               (edit,) if edit else (), safe=False)


def _layers_misspelled(record: CallRecord) -> bool:
    """`n_layers=2`: num_layers is 1 only as bound, not as meant; LC002 renames it. A
    misspelled `n_layers=1` still means one layer."""
    ctor = CONSTRUCTORS[record.constructor]
    if "num_layers" in record.call.arguments:
        return False
    for error in record.call.errors:
        if error.kind != "unexpected" or suggest(ctor, error.params[0]) != "num_layers":
            continue
        written = text_at(record, error.location) if error.location else None
        value = written.partition("=")[2].strip() if written else ""
        return value != "1"
    return False


def _generated(record: CallRecord) -> Location | None:
    """The call in a loop that builds this combination of num_layers and dropout
    (`for layers, p in itertools.product(...): Model(layers, p)`), when a loop chose it."""
    for name in ("dropout", "num_layers"):
        value = record.call.arguments.get(name)
        if value is not None and value.generated_at is not None:
            return value.generated_at
    return None


def check(record: CallRecord, facts: FileFacts = FileFacts()):
    if _layers_misspelled(record):
        return
    for problem, location in value_problems(record):
        if problem.outcome.kind != "warns":
            continue
        defaults = _defaults_only(record, problem.outcome)
        if defaults is not None:
            yield defaults
            continue
        message = f"{problem.message} ({torch_says(problem.outcome)}). Fix: {problem.fix}"
        fix = _fix(record, problem.fix)
        related: tuple[Related, ...] = ()
        loop = _generated(record)
        if loop is not None:
            # the layer is right for the other combinations: the loop is what to change
            message += "; or leave this combination out of the loop that builds it"
            related = (Related(record.path, record.location,
                               f"nn.{record.constructor} is built with the combination here"),)
            location = loop
            fix = Fix("skip the combinations with num_layers=1 and dropout > 0 in the loop")
        elif (chosen := chosen_together(record, "dropout", "num_layers")) is not None:
            # the call passes both knobs on from where the model is configured: real fixes go
            # to the call (`0 if layers == 1 else dropout`, realbugs 019, 123, 141, 182) as
            # often as to that configuration (224): the finding stays, the pair is in view
            dropout, layers = record.call.arguments["dropout"], record.call.arguments["num_layers"]
            related = (Related(record.path, chosen[0], f"dropout={dropout.value!r} is written here"),
                       Related(record.path, chosen[1], f"num_layers={layers.value!r} is written here"))
        yield RULE.finding(
            record,
            message,
            location=location,
            outcome=problem.outcome,
            related=related,
            fix=fix,
        )
    yield from _unchecked(record, facts)
    yield from _dead(record, facts)
    yield from _written(record, facts)


def _defaults_only(record: CallRecord, outcome):
    """One layer and a dropout above 0 only as two parameters' defaults that no call in the
    file passes. Other files may build the class with more layers (the project run sees them
    and is silent), so the finding says it rests on the defaults, sits where a guard serves
    every builder (the call's dropout), and removes nothing: removing `dropout=` would take
    the dropout from builders that stack."""
    layers = record.call.arguments.get("num_layers")
    dropout = record.call.arguments.get("dropout")
    if layers is None or dropout is None or layers.origin_at is None:
        return None
    if not (layers.defaulted and dropout.defaulted and dropout.origin) \
            or layers.site_at is not None or dropout.site_at is not None:
        return None  # a dropout written at the call is the call's: the first finding
    related = [Related(record.path, layers.origin_at, f"{layers.defaulted} defaults to 1 here")]
    if dropout.origin_at is not None:
        related.append(Related(record.path, dropout.origin_at, "the dropout's default"))
    return RULE.finding(
        replace(record, when=None, hypothetical=False),
        f"the defaults disagree: {layers.origin} and {dropout.origin}, and with one layer torch "
        f"applies no dropout ({torch_says(outcome)}). No call in this file passes "
        f"{layers.defaulted}: this rests on the defaults alone, and a builder elsewhere that "
        f"passes {layers.defaulted} >= 2 gets its dropout. Fix: pass the dropout only with "
        f"more layers (`dropout if {layers.defaulted} > 1 else 0`), right for every builder, or "
        "make the defaults agree",
        location=dropout.location or record.location,
        outcome=outcome,
        related=tuple(related),
        fix=Fix(f"pass dropout only when {layers.defaulted} > 1"),
    )


def _dead(record: CallRecord, facts: FileFacts):
    """A dropout knob on a call that fixes one layer: dead whatever the knob holds. The call's
    text decides it in every configuration, so the finding names none."""
    knob = dead_knob(record, facts)
    if knob is None:
        return
    name = knob.dropout.text.strip()
    message = (f"{knob.how} here, so dropout={name} never applies: torch drops out only "
               f"between stacked layers; whenever {name} is above 0 torch warns that non-zero "
               "dropout expects num_layers greater than 1 and applies no dropout. Fix: put an "
               "nn.Dropout on the layer's input or output, or build it with num_layers >= 2")
    related: tuple[Related, ...] = ()
    if knob.layers is not None and knob.layers.location is not None:
        related = (Related(record.path, knob.layers.location, "the call fixes one layer here"),)
    fixed = replace(record, when=None, hypothetical=False)
    yield RULE.finding(
        fixed,
        message,
        location=knob.dropout.location,
        related=related,
        fix=_fix(fixed, "remove dropout=, or move the dropout to an nn.Dropout"),
    )


def _written(record: CallRecord, facts: FileFacts):
    """num_layers and dropout are two fields of one configuration, and the file writes a
    configuration with one layer and a dropout above 0 (rules/written_dropout.py)."""
    pair = written_pair(record, facts)
    if pair is None or pair.dropout.location is None:
        return
    layers, dropout = pair.layers.text.strip(), pair.dropout.text.strip()
    message = (f"num_layers={layers} and dropout={dropout} are two fields of one "
               f"configuration, and this file writes one with {pair.layers_field} = 1 and "
               f"{pair.dropout_field} = {pair.rate}: a layer built from it has one layer, so "
               "torch warns that non-zero dropout expects num_layers greater than 1 and applies "
               "no dropout (this assumes that configuration is the one the layer is built "
               f"from). Fix: dropout={dropout} if {layers} > 1 else 0, or an nn.Dropout on the "
               "output")
    related = (Related(record.path, pair.layers_at, f"{pair.layers_field} is 1 here"),
               Related(record.path, pair.dropout_at,
                       f"{pair.dropout_field} is {pair.rate} in the same configuration"))
    yield RULE.finding(
        replace(record, when=None, hypothetical=False),
        message,
        location=pair.dropout.location,
        related=related,
        fix=Fix(f"pass dropout only when {layers} > 1"),
    )


def _unchecked(record: CallRecord, facts: FileFacts):
    """A dropout option at its default 0 that the command line can raise on one layer."""
    pair = unchecked_dropout(record, facts)
    if pair is None or pair.dropout.location is None:
        return
    written = pair.layers.text.strip() if pair.layers is not None else ""
    layers = "num_layers is not passed (1)" if pair.layers is None \
        else "num_layers=1" if written == "1" else f"num_layers={written} is 1"
    message = (f"dropout={pair.dropout.text.strip()} is the command-line option "
               f"{pair.dropout.option} (default {pair.dropout.value!r}) and {layers}; nothing in "
               f"the file checks the two together: {pair.condition}, torch warns that non-zero "
               "dropout expects num_layers greater than 1 and applies no dropout at all. Fix: "
               "pass dropout only with num_layers >= 2 (`dropout if num_layers > 1 else 0`), or "
               "put an nn.Dropout on the output")
    related = tuple(Related(record.path, at, note) for at, note in pair.notes)
    yield RULE.finding(
        record,
        message,
        location=pair.dropout.location,
        related=related,
        fix=Fix("pass dropout only when num_layers > 1"),
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
        "import argparse\nimport torch.nn as nn\np = argparse.ArgumentParser()\n"
        "p.add_argument('--dropout', type=float, default=0.0)\nargs = p.parse_args()\n"
        "nn.LSTM(10, 20, 2, dropout=args.dropout)",
    ),
    invalid=(
        "import torch.nn as nn\nnn.LSTM(10, 20, dropout=0.3)",
        "import torch.nn as nn\nnn.GRU(10, 20, 1, dropout=0.2)",
        "import torch.nn as nn\nnn.RNN(10, 20, dropout=1)",
        "import torch.nn as nn\ndef make(opts):\n    return nn.GRU(10, 20, dropout=opts.rnn_dropout)",
        "import argparse\nimport torch.nn as nn\np = argparse.ArgumentParser()\n"
        "p.add_argument('--dropout', type=float, default=0.0)\nargs = p.parse_args()\n"
        "nn.LSTM(10, 20, dropout=args.dropout)",
    ),
    check=check,
)
