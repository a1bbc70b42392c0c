"""--verify for what fails around a layer rather than in it: a view that cannot hold a state,
rows taken past a state's first dim, tensors that meet at a product, cat, einsum or loss, an
LSTM's pair used as a tensor, states spread over two arguments, `.size(k)` past a rank, a
result unpacked in a form it does not have, and states sized for a full batch meeting a short
last one. Each is replayed on the meta device from the literal sizes in the finding's records
(never the user's code): torch's answer is the verdict, and an answer other than the one
predicted is shown, a refutation as such.

Sizes the records leave open are tried with several values (2, 3 and the sizes the op knows),
so that only a failure every value meets is confirmed.
"""

from __future__ import annotations

import ast
import itertools
from dataclasses import replace
from typing import Any

from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.rule import record_at
from lstmcheck.records import DIM_OUT_OF_RANGE, PAIR_AS_TENSOR, STATES_SPREAD, STEP_INDEXED, Feed, \
    FileFacts, Finding, Tensor, Verdict
from lstmcheck.sizes import Size

_MAX_TRIALS = 64  # combinations of values for the sizes the records leave open
_MAX_OPEN = 3


def replayed(verifier: Any, finding: Finding, feed: Feed, facts: FileFacts) -> Verdict | None:
    """torch's verdict on a finding about what fails around the layer, or None when the
    finding is about the layer's own forward pass (confirm.py judges those)."""
    if feed.result_use is not None:
        return _result_used(verifier, finding, feed, facts)
    if feed.kind == STATES_SPREAD:
        return _states_spread(verifier, finding, feed, facts)
    if feed.kind == PAIR_AS_TENSOR:
        return _pair_as_tensor(verifier, finding, feed, facts)
    if feed.kind == DIM_OUT_OF_RANGE:
        return _dim_out_of_range(verifier, finding, feed)
    if feed.kind == STEP_INDEXED:  # the wrong index reads real rows: nothing raises there
        return verifier.verdict("unverifiable", message="indexing the batch's last sample "
                                "instead of the last step runs without an error; only what the "
                                "rows are used for tells the two apart")
    tensors = [t for t in (feed.input, *feed.states, *feed.operands) if t is not None]
    bridge = _bridge(finding, tensors)
    if bridge is not None:
        return _bridged(verifier, finding, bridge)
    if feed.operands and feed.record is None:
        return _met(verifier, finding, feed)
    if feed.input is not None and finding.call is not None \
            and finding.call in (feed.input.folded, feed.input.one_layer):
        return _rows_as_samples(verifier, finding, feed, facts)
    if feed.batches is not None and finding.call == feed.batches.location:
        return _short_batch(verifier, finding, feed)
    return None


# --- trying the sizes the records leave open --------------------------------------------------

def _trials(verifier: Any, groups: list[list[Size | None]]) -> tuple[list[list[list[int]]], str] | None:
    """Every way of filling the open sizes of `groups` (lists of dims) with values, as ints;
    with the text saying which values were tried. None when too many sizes are open."""
    keys: list[Any] = []
    known: set[int] = set()
    for dims in groups:
        for i, size in enumerate(dims):
            value = verifier.number(size)
            if value is not None:
                known.add(value)
            else:
                key = ("open", id(dims), i) if size is None else str(size)
                if key not in keys:
                    keys.append(key)
    if len(keys) > _MAX_OPEN:
        return None
    candidates = sorted({2, 3} | {k for k in known if 2 <= k <= 4096})[:4]
    filled = []
    for values in itertools.islice(itertools.product(candidates, repeat=len(keys)), _MAX_TRIALS):
        chosen = dict(zip(keys, values))
        trial = []
        for dims in groups:
            row = []
            for i, size in enumerate(dims):
                value = verifier.number(size)
                if value is None:
                    key = ("open", id(dims), i) if size is None else str(size)
                    value = chosen[key]
                row.append(value)
            trial.append(row)
        filled.append(trial)
    tried = f", the unknown sizes tried as {', '.join(map(str, candidates))}" if keys else ""
    return filled, tried


def _over_trials(verifier: Any, finding: Finding, attempts: list[tuple[Any, str]], tried: str) -> Verdict:
    """One verdict from the attempts of every trial: confirmed when each raised as predicted,
    refuted when one ran."""
    ran_clean = next(((a, ran) for a, ran in attempts if a.exception is None), None)
    if ran_clean is not None:
        return verifier.verdict("refuted", message="torch runs it without an error",
                                ran=ran_clean[1] + tried)
    verdicts = [verifier.judge(finding.outcome, a, ran + tried) for a, ran in attempts]
    failed = next((v for v in verdicts if v.status != "confirmed"), None)
    return failed or verdicts[0]


def _shape(dims: Any) -> str:
    dims = tuple(dims)
    return "(" + ", ".join(map(str, dims)) + ("," if len(dims) == 1 else "") + ")"


# --- ops on the way to the layer ------------------------------------------------------------

def _bridge(finding: Finding, tensors: list[Tensor]) -> Tensor | None:
    """The tensor whose view or rows the finding is about: at its call, else the only one."""
    marked = [t for t in tensors if t.unfit is not None or t.past is not None]
    at_call = [t for t in marked if finding.call in
               ((t.unfit.location if t.unfit else None), (t.past.location if t.past else None))]
    if at_call:
        return at_call[0]
    pattern = (finding.outcome.message or "") if finding.outcome else ""
    if len(marked) == 1 and ("invalid for input" in pattern or "out of bounds" in pattern):
        return marked[0]
    return None


def _bridged(verifier: Any, finding: Finding, tensor: Tensor) -> Verdict:
    from lstmcheck import verify

    if tensor.unfit is not None and (tensor.past is None or finding.call == tensor.unfit.location):
        view = tensor.unfit
        trials = _trials(verifier, [list(view.before), [s for s in view.asked]])
        if trials is None:
            return verifier.verdict("unverifiable", message="too many sizes of the view are unknown")
        filled, tried = trials
        attempts = [(verify.view(tuple(before), tuple(asked), view.method),
                     f"a meta tensor {_shape(before)}.{view.method}{_shape(asked)}")
                    for before, asked in filled]
        return _over_trials(verifier, finding, attempts, tried)
    past = tensor.past
    assert past is not None
    rows, count = verifier.number(past.rows), verifier.number(past.count)
    if rows is None or (past.index is None and count is None):
        unknown = past.rows if rows is None else past.count
        return verifier.verdict("unverifiable", message=f"{unknown} is not a number")
    indices = (past.index,) if past.index is not None else tuple(range(count))
    taken = (f"[t[i] for i in range({count})]" if past.index is None else f"t[{past.index}]")
    return verifier.judge(finding.outcome, verify.take_rows((rows, 1), indices),
                          f"{taken} of a meta tensor t of {rows} rows ({past.origin})")


def _met(verifier: Any, finding: Finding, feed: Feed) -> Verdict:
    """Tensors that must agree at a product, cat, einsum or loss."""
    from lstmcheck import verify

    operands = [t for t in feed.operands]
    if any(t is None or t.dims is None for t in operands):
        return verifier.verdict("unverifiable", message="the rank of a tensor met is not known")
    trials = _trials(verifier, [list(t.dims) for t in operands])  # type: ignore[union-attr]
    if trials is None:
        return verifier.verdict("unverifiable", message="too many sizes of the tensors met are unknown")
    filled, tried = trials
    attempts = []
    for shapes in filled:
        attempt = verify.meet(feed.kind, feed.layer_text, tuple(tuple(s) for s in shapes))
        if attempt is None:
            return verifier.verdict("unverifiable", message=f"{feed.layer_text} is not replayed")
        attempts.append((attempt, f"{feed.layer_text} of meta tensors "
                                  + " and ".join(_shape(s) for s in shapes)))
    return _over_trials(verifier, finding, attempts, tried)


def _rows_as_samples(verifier: Any, finding: Finding, feed: Feed, facts: FileFacts) -> Verdict:
    """A head fed rows a view made of a state's layers or an output's directions: torch runs
    the layer, the view and the head; what the finding predicts fails is putting the head's
    rows back as one per sample (per step of a sample, for an output)."""
    from lstmcheck import verify

    tensor = feed.input
    assert tensor is not None
    record = record_at(facts, tensor.layer)
    features, in_features = verifier.number(tensor.last), verifier.number(feed.in_features)
    if features is None or in_features is None:
        unknown = tensor.last if features is None else feed.in_features
        return verifier.verdict("unverifiable", message=f"{unknown} is not a number")
    module, result, ran = _one_step(verifier, replace(feed, record=record), facts)
    if module is None:
        return verifier.verdict("unverifiable", message=ran)
    part = "output" if finding.call == tensor.folded else "h_n"
    shape = verifier.torch.results(module, result).get(part)
    if shape is None:
        return verifier.verdict("unverifiable", message=f"the layer gives no {part}")
    count = 1
    for d in shape:
        count *= d
    if count % features:
        return verifier.verdict("refuted", message=f"torch's {part} {_shape(shape)} is not made "
                                f"of rows of {features} features")
    rows = count // features
    head = verify.linear(in_features, features)
    if head.exception is not None:
        return verifier.judge(finding.outcome, head, f"{ran}: nn.Linear({in_features}, ...) fed "
                              f"{features} features")
    cell = sizes_of(record).cell
    samples = shape[:-1] if part == "output" else ((shape[0],) if cell else (shape[1],))
    back = verify.view((rows, 1), (*samples, 1))
    return verifier.judge(finding.outcome, back, f"{ran}: its {part} {_shape(shape)} is {rows} rows "
                          f"of {features} features; the head's {rows} rows then put back as one "
                          f"per sample, .view{_shape((*samples, 1))}")


# --- the layer's states and results in another form ------------------------------------------

def _one_step(verifier: Any, feed: Feed, facts: FileFacts, batch: int = 3) -> tuple[Any, Any, str]:
    """The layer of the feed built on meta (sizes unknown stand in as valid values: the form
    does not depend on them), and its result for one step of `batch` rows; or why not."""
    record = feed.record or record_at(facts, feed.layer)
    module, why = verifier.module(record, "all")
    if module is None:
        return None, None, why or "the layer is not known"
    sizes = sizes_of(record)
    shape = (batch, module.input_size) if sizes.cell else \
        (batch, 1, module.input_size) if getattr(module, "batch_first", False) else (1, batch, module.input_size)
    ran = verifier.forward(module, shape)
    if ran.exception is not None:
        return None, None, f"the layer does not run on its own: {ran.exception}"
    text = f"nn.{record.constructor} (line {record.location.line}) run on meta for {_shape(shape)}"
    return module, ran.result, text


def _result_used(verifier: Any, finding: Finding, feed: Feed, facts: FileFacts) -> Verdict:
    from lstmcheck import verify

    use = feed.result_use
    assert use is not None
    cell = feed.kind.endswith("Cell")
    batch = use.got if use.problem == "unpack-tensor" and cell and use.got else 3
    module, result, ran = _one_step(verifier, feed, facts, batch)
    if module is None:
        return verifier.verdict("unverifiable", message=ran)
    if use.problem == "pair-as-tensor":  # the states alone: the result's second item
        attempt = verify.use_whole(result[1], use.how or "")
        if attempt is None:
            return verifier.verdict("unverifiable", message=f"{use.how} is not replayed")
        return verifier.judge(finding.outcome, attempt, f"{ran}, its (h_n, c_n) then used as `{use.written}`")
    if use.problem == "tuple-as-tensor":
        key = _index_key(use.written) if use.how == "index" else None
        if use.how == "index" and key is None:
            return verifier.verdict("unverifiable", message=f"the index of {use.written} is not literal")
        attempt = verify.use_whole(result, use.how or "", key)
        if attempt is None:
            return verifier.verdict("unverifiable", message=f"{use.how} is not replayed")
        return verifier.judge(finding.outcome, attempt, f"{ran}, the result then used as `{use.written}`")
    pattern = _targets(use.written)
    if pattern is None:
        return verifier.verdict("unverifiable", message=f"the targets {use.written} are not replayed")
    return verifier.judge(finding.outcome, verify.unpack(result, pattern),
                          f"{ran}, the result then unpacked as `{use.written}`")


def _targets(written: str) -> Any:
    """`out, (h, c)` as the pattern verify.unpack takes: [None, [None, None]]; None when the
    targets hold a starred name or do not parse."""
    try:
        node = ast.parse(f"{written} = ()", mode="exec").body[0]
    except (SyntaxError, ValueError, RecursionError):
        return None
    if not isinstance(node, ast.Assign) or len(node.targets) != 1:
        return None

    def pattern(target: ast.expr) -> Any:
        if isinstance(target, (ast.Tuple, ast.List)):
            inner = [pattern(e) for e in target.elts]
            return None if any(i is _STARRED for i in inner) else inner
        return _STARRED if isinstance(target, ast.Starred) else None

    found = pattern(node.targets[0])
    return found if isinstance(found, list) else None


_STARRED = object()


def _index_key(written: str) -> Any:
    """The literal key of `y[:, -1]` (slices and ints), else None."""
    try:
        node = ast.parse(written, mode="eval").body
    except (SyntaxError, ValueError, RecursionError):
        return None
    if not isinstance(node, ast.Subscript):
        return None

    def item(part: ast.expr) -> Any:
        if isinstance(part, ast.Slice):
            bounds = [None if b is None else ast.literal_eval(b) for b in (part.lower, part.upper, part.step)]
            return slice(*bounds)
        if isinstance(part, ast.Constant) and part.value is Ellipsis:
            return Ellipsis
        return ast.literal_eval(part)

    parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    try:
        key = tuple(item(p) for p in parts)
    except (ValueError, TypeError, SyntaxError, RecursionError):
        return None
    if not all(isinstance(k, (int, slice, type(Ellipsis))) or k is None for k in key):
        return None
    return key if len(key) > 1 else key[0]


def _states_spread(verifier: Any, finding: Finding, feed: Feed, facts: FileFacts) -> Verdict:
    """`lstm(x, h, c)`: the layer given its two states as two arguments."""
    module, result, ran = _one_step(verifier, feed, facts)
    if module is None:
        return verifier.verdict("unverifiable", message=ran)
    states = _state_shapes(verifier, module, result)
    sizes = sizes_of(feed.record or record_at(facts, feed.layer))
    shape = (3, module.input_size) if sizes.cell else \
        (3, 1, module.input_size) if getattr(module, "batch_first", False) else (1, 3, module.input_size)
    attempt = verifier.forward(module, shape, states, "apart")
    given = ", ".join(_shape(s) for s in (shape, *states))
    return verifier.judge(finding.outcome, attempt, f"{ran}, then given {given} as separate arguments")


def _state_shapes(verifier: Any, module: Any, result: Any) -> tuple:
    shapes = verifier.torch.results(module, result)
    names = ("h", "c") if "output" not in shapes else ("h_n", "c_n")
    return tuple(shapes[n] for n in names if n in shapes)


def _pair_as_tensor(verifier: Any, finding: Finding, feed: Feed, facts: FileFacts) -> Verdict:
    """An LSTM's (h_n, c_n) given to an op that takes a tensor: `torch.cat(...)`, `[...]`,
    `.squeeze(...)`."""
    from lstmcheck import verify

    module, result, ran = _one_step(verifier, feed, facts)
    if module is None:
        return verifier.verdict("unverifiable", message=ran)
    pair = result[1] if isinstance(result, tuple) and isinstance(result[1], tuple) else result
    how = feed.layer_text
    if how.startswith("torch."):
        use, key = f"join {how[len('torch.'):].split('(', 1)[0]}", None
    elif how == "[...]":
        use, key = "index", (-1, slice(None), slice(None))
    elif how.startswith("."):
        use, key = f"attribute {how[1:].split('(', 1)[0]}", None
    else:
        return verifier.verdict("unverifiable", message=f"{how} is not replayed")
    attempt = verify.use_whole(pair, use, key)
    if attempt is None:
        return verifier.verdict("unverifiable", message=f"{how} is not replayed")
    return verifier.judge(finding.outcome, attempt, f"{ran}, its pair (h_n, c_n) then given to {how}")


def _dim_out_of_range(verifier: Any, finding: Finding, feed: Feed) -> Verdict:
    """`.size(k)` of a tensor of a known rank below k."""
    from lstmcheck import verify

    tensor = feed.input
    try:
        index = int(feed.layer_text[len(".size("):-1])
    except ValueError:
        return verifier.verdict("unverifiable", message=f"{feed.layer_text} is not replayed")
    if tensor is None or tensor.dims is None:
        return verifier.verdict("unverifiable", message="the tensor's rank is not known")
    shape = tuple(verifier.number(d) or 2 for d in tensor.dims)
    return verifier.judge(finding.outcome, verify.size_of(shape, index),
                          f"a meta tensor {_shape(shape)}{feed.layer_text}")


# --- a full batch's states and a short last batch ---------------------------------------------

def _short_batch(verifier: Any, finding: Finding, feed: Feed) -> Verdict | None:
    """States made for `batches.size` rows meeting a last batch of one row fewer (the
    warning's assumption: the rows are not a multiple of it)."""
    batches = feed.batches
    assert batches is not None and feed.record is not None
    if batches.size < 2:
        return None
    short = batches.size - 1
    sizes = sizes_of(feed.record)
    module, why = verifier.module(feed.record, {"input_size": 1})
    if module is None:
        return verifier.verdict("unverifiable", message=why)
    tensors, why = verifier.tensors(feed, module, True)
    if tensors is None:
        return verifier.verdict("unverifiable", message=why)
    shape, states = tensors
    batch_at = 0 if sizes.cell or getattr(module, "batch_first", False) else 1
    if len(shape) != (2 if sizes.cell else 3) or shape[batch_at] != batches.size:
        shape = tuple(batches.size if i == batch_at else d for i, d in enumerate(shape)) \
            if len(shape) == (2 if sizes.cell else 3) else shape
    last = tuple(short if i == batch_at else d for i, d in enumerate(shape))
    full = verifier.forward(module, shape, states, verifier.form(feed))
    if full.exception is not None:
        return verifier.verdict("unverifiable", full.exception, "a full batch does not run either: "
                                f"{full.message}")
    attempt = verifier.forward(module, last, states, verifier.form(feed))
    ran = (f"a forward pass of nn.{feed.kind} (line {feed.layer.line}) on meta tensors: a full "
           f"batch {_shape(shape)} runs; a last batch of {short} rows, {_shape(last)}, with the "
           f"states {', '.join(_shape(s) for s in states)}")
    return verifier.judge(finding.outcome, attempt, ran)
