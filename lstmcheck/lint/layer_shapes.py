"""--show-shapes: for each recurrent layer, what it takes and gives, as `lstmcheck shape` would
print it; the data dims come from the tensor the flow saw fed in, when it saw one."""

from __future__ import annotations

from lstmcheck.lint.rule import short_call
from lstmcheck.records import CallRecord, Feed, LayerShapes, Value
from lstmcheck.formulas import Dim, LayerSpec, format_shape, forward_shapes
from lstmcheck.signatures import CONSTRUCTORS, effective
from lstmcheck.sizes import Size
from lstmcheck.validate import first_failure

# Above this many layers the parameters are listed once for layer 0 and once for `{k}`, as for
# a symbolic num_layers, instead of one entry per layer.
_LISTED_LAYERS = 64


def _dim(value: Value | None, fallback: Dim) -> Dim:
    """A number when the code fixes it; the name when it is a parameter (whose default a
    caller may override)."""
    if value is None:
        return fallback
    if value.is_int() and not (value.origin and " defaults to " in value.origin):
        return int(value.value)
    return value.text


def _layers(num_layers: Dim) -> Dim:
    """A known num_layers too large to list layer by layer is kept as its text."""
    if isinstance(num_layers, int) and num_layers > _LISTED_LAYERS:
        return str(num_layers)
    return num_layers


def _data_dim(size: Size | None, fallback: str) -> Dim:
    if size is None:
        return fallback
    return size.value if size.value is not None else str(size)


def describe(record: CallRecord, feeds: tuple[Feed, ...]) -> LayerShapes:
    ctor = CONSTRUCTORS[record.constructor]
    call = record.call
    show = lambda shapes, note=None: LayerShapes(  # noqa: E731
        record.path, record.location, short_call(record), shapes, note)
    if call.errors or first_failure(ctor, call) is not None:
        return show((), "not shown: torch cannot build this call (see its findings)")
    get = lambda name: effective(ctor, call, name) if name in ctor.names else None  # noqa: E731
    flags = {}
    for name in ("bias", "batch_first", "bidirectional"):
        value = get(name)
        if value is not None and not value.known:
            return show((), f"not shown: {name}={value.text} is not known statically")
        flags[name] = bool(value.value) if value is not None else name == "bias"
    spec = LayerSpec(
        ctor=ctor,
        input_size=_dim(get("input_size"), "H_in"),
        hidden_size=_dim(get("hidden_size"), "H"),
        num_layers=1 if ctor.is_cell else _layers(_dim(get("num_layers"), 1)),
        bias=flags["bias"],
        batch_first=False if ctor.is_cell else flags["batch_first"],
        bidirectional=False if ctor.is_cell else flags["bidirectional"],
        proj_size=0 if ctor.is_cell else _dim(get("proj_size"), 0),
    )
    seq_len: Dim = "L"
    batch: Dim = "N"
    reading = None
    for feed in feeds:
        dims = feed.input.dims if feed.record is not None and feed.input is not None else None
        if feed.record is None or feed.record.location != record.location or dims is None:
            continue
        if ctor.is_cell and len(dims) == 2:
            batch = _data_dim(dims[0], "N")
        elif not ctor.is_cell and len(dims) == 3:
            if spec.batch_first:
                batch, seq_len = _data_dim(dims[0], "N"), _data_dim(dims[1], "L")
            else:
                seq_len, batch = _data_dim(dims[0], "L"), _data_dim(dims[1], "N")
            reading = _reading(spec.batch_first, seq_len, batch)
        break
    shapes = forward_shapes(spec, seq_len, batch)
    if ctor.is_cell:
        rows = [("input", shapes.input), ("h'", shapes.h_n)]
        if shapes.c_n is not None:
            rows.append(("c'", shapes.c_n))
    else:
        rows = [("input", shapes.input), ("output", shapes.output), ("h_n", shapes.h_n)]
        if shapes.c_n is not None:
            rows.append(("c_n", shapes.c_n))
    return show(tuple((name, format_shape(t.shape)) for name, t in rows), reading)


def _reading(batch_first: bool, seq_len: Dim, batch: Dim) -> str | None:
    """How the layer reads the input fed to it, when the flow knows its sizes: the quiz's
    mix-up of batch and sequence is visible only in which number is which."""
    if not isinstance(seq_len, int) or not isinstance(batch, int):
        return None
    if batch_first:
        return (f"batch_first=True: the input is read as (N, L, H_in), a batch of {batch} "
                f"sequences of {seq_len} steps")
    return (f"batch_first=False (the default): the input is read as (L, N, H_in), {seq_len} "
            f"steps of a batch of {batch}")
