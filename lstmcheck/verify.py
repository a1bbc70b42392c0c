"""Let torch itself confirm what lstmcheck says, on the meta device (weights take no memory).

torch is imported here alone, lazily, once, and only when the user asked for `--verify`. Only
literal values ever reach it: never the user's code.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, replace
from typing import Any

from lstmcheck.calculator import ShapeAnswer
from lstmcheck.formulas import MAX_LISTED_LAYERS, Dim, LayerSpec, forward_shapes

INSTALL_HINT = (
    "torch is not installed, and --verify needs it: pip install 'lstmcheck[verify]' "
    "(on a machine without a GPU, pin a CPU build first, e.g. pip install torch==2.13.0)"
)


class TorchMissing(RuntimeError):
    """--verify was asked for, but torch cannot be imported."""


class VerifyMismatch(RuntimeError):
    """torch disagrees with a shape lstmcheck printed: a bug of ours."""


_torch: Any = None


def load_torch() -> Any:
    """Import torch once, keeping its import-time warnings (no NumPy, ...) off the user's stderr."""
    global _torch
    if _torch is None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                import torch
        except ImportError:
            raise TorchMissing(INSTALL_HINT) from None
        _torch = torch
    return _torch


# Distinct small values for sizes that the user left symbolic, so that a mix-up of two of them
# cannot pass unnoticed.
_STAND_INS = (7, 11, 5, 13, 3, 17, 19, 23)


def _concrete(answer: ShapeAnswer) -> tuple[LayerSpec, int, int, dict[str, int]]:
    """The answer's spec with every symbol replaced by a distinct number."""
    chosen: dict[str, int] = {}
    pool = iter(_STAND_INS)

    def pick(d: Dim, floor: int = 1) -> int:
        if isinstance(d, int):
            return d
        if d not in chosen:
            value = next(pool)
            while value < floor:
                value = next(pool)
            chosen[d] = value
        return chosen[d]

    spec = answer.spec
    hidden = pick(spec.hidden_size, floor=8)
    concrete = replace(
        spec,
        input_size=pick(spec.input_size),
        hidden_size=hidden,
        num_layers=spec.num_layers if _buildable_layers(spec.num_layers) else 2,
        proj_size=spec.proj_size if isinstance(spec.proj_size, int) else min(pick(spec.proj_size), hidden - 1),
    )
    if isinstance(spec.num_layers, str):
        chosen[spec.num_layers] = concrete.num_layers
    elif not _buildable_layers(spec.num_layers):
        # the layers above the first all have the same shapes: two stand for them all
        chosen[f"num_layers {spec.num_layers}"] = concrete.num_layers
    if isinstance(spec.proj_size, str):
        chosen[spec.proj_size] = concrete.proj_size
    seq_len = 1 if answer.ctor.is_cell else pick(answer.seq_len)
    batch = 1 if answer.unbatched else pick(answer.batch)
    return concrete, seq_len, batch, chosen


def _buildable_layers(num_layers: Dim) -> bool:
    return isinstance(num_layers, int) and num_layers <= MAX_LISTED_LAYERS


def build_on_meta(torch: Any, spec: LayerSpec, dtype: str) -> Any:
    cls = getattr(torch.nn, spec.ctor.name)
    kwargs: dict[str, Any] = {"bias": spec.bias, "device": "meta", "dtype": getattr(torch, dtype)}
    if not spec.ctor.is_cell:
        kwargs.update(num_layers=spec.num_layers, batch_first=spec.batch_first,
                      bidirectional=spec.bidirectional)
        if spec.ctor.name == "LSTM":
            kwargs["proj_size"] = spec.proj_size
    return cls(spec.input_size, spec.hidden_size, **kwargs)


def verify_answer(answer: ShapeAnswer) -> dict[str, Any]:
    """Build the layer on meta, run one forward pass, compare every shape and parameter."""
    torch = load_torch()
    spec, seq_len, batch, chosen = _concrete(answer)
    ours = forward_shapes(spec, seq_len, batch, answer.unbatched)
    def meta(shape: tuple) -> Any:
        return torch.empty(shape, device="meta", dtype=getattr(torch, answer.dtype))

    def run() -> tuple[Any, Any]:
        module = build_on_meta(torch, spec, answer.dtype)
        # Passing the h_0 (and c_0) we print checks them too: torch rejects a wrong one.
        h_0 = meta(ours.h_0.shape)
        hx = (h_0, meta(ours.c_0.shape)) if ours.c_0 is not None else h_0
        with torch.no_grad():
            return module, module(meta(ours.input.shape), hx)

    attempt = _attempt(run)
    if attempt.exception is not None:
        first = (attempt.message or "").strip().splitlines()[:1]
        raise VerifyMismatch(f"torch raises {attempt.exception}: {first[0] if first else ''}")
    module, result = attempt.result
    if spec.ctor.is_cell:
        if spec.ctor.has_cell_state:
            got = {"output": result[0], "c_n": result[1]}
        else:
            got = {"output": result}
    elif spec.ctor.has_cell_state:
        got = {"output": result[0], "h_n": result[1][0], "c_n": result[1][1]}
    else:
        got = {"output": result[0], "h_n": result[1]}
    mismatches = []
    for name, tensor in got.items():
        expected = getattr(ours, name).shape
        if tuple(tensor.shape) != tuple(expected):
            mismatches.append(f"{name}: lstmcheck {expected}, torch {tuple(tensor.shape)}")
    theirs = [(n, tuple(p.shape)) for n, p in module.named_parameters()]
    mine = [(p.name, tuple(p.shape)) for p in ours.parameters]
    if theirs != mine:
        mismatches.append(f"parameters: lstmcheck {mine}, torch {theirs}")
    count = sum(p.numel() for p in module.parameters())
    if count != ours.num_parameters:
        mismatches.append(f"parameter count: lstmcheck {ours.num_parameters}, torch {count}")
    if mismatches:
        raise VerifyMismatch("; ".join(mismatches))
    version = torch.__version__
    stand_ins = ", ".join(f"{k}={v}" for k, v in chosen.items())
    summary = f"by torch {version} on the meta device: every shape and parameter agrees"
    if stand_ins:
        summary += f" (symbols taken as {stand_ins})"
    return {"status": "confirmed", "torch_version": version, "stand_ins": chosen, "summary": summary}


# --- checking the linter's findings (check --verify) --------------------------------------

@dataclass(frozen=True)
class Attempt:
    """What torch did: raised (exception and message), or returned `result`, with the
    warnings it issued on the way."""

    exception: str | None = None
    message: str | None = None
    warnings: tuple[str, ...] = ()
    result: Any = None


def torch_version() -> str:
    return str(load_torch().__version__)


def _attempt(action: Any) -> Attempt:
    """Run `action`, keeping what it raised and every warning it issued (torch warns about
    dropout before it raises about a size, and both are answers)."""
    result = exception = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = action()
        except Exception as exc:  # noqa: BLE001 - what torch raises is the answer
            exception = exc
    said = tuple(str(w.message) for w in caught if "NumPy" not in str(w.message))
    if exception is not None:
        return Attempt(type(exception).__name__, str(exception), said)
    return Attempt(warnings=said, result=result)


def _real(torch: Any, value: Any) -> Any:
    """A rebuilt argument as torch takes it: the meta device, a dtype by its name."""
    from lstmcheck.lint.rebuild import META, Dtype

    if value is META:
        return "meta"
    if isinstance(value, Dtype):
        return getattr(torch, value.name)
    return value


# Past this many layers a build on meta costs seconds and memory per layer (10**20 layers
# never end): such a layer is not built (rebuild.py leaves them unverified already).
MAX_BUILT_LAYERS = 32


def _bound(constructor: str, args: tuple, kwargs: dict) -> tuple[Any, Any]:
    """The literal arguments as a bound call, as validate.py reads them."""
    from lstmcheck.lint.rebuild import META, Dtype
    from lstmcheck.records import Value
    from lstmcheck.signatures import CONSTRUCTORS, bind

    def value(v: Any) -> Value:
        if v is META:
            return Value(text="'meta'", known=True, value="meta")
        if isinstance(v, Dtype):
            return Value(text=f"torch.{v.name}")
        return Value(text="...", known=True, value=v)

    ctor = CONSTRUCTORS[constructor]
    return ctor, bind(ctor, [value(a) for a in args], [(k, value(v)) for k, v in kwargs.items()])


def _too_big_to_build(constructor: str, args: tuple, kwargs: dict) -> Attempt | None:
    """What to answer instead of building a layer no machine could hold, or one with more
    layers than a build may take: the CPU's answer to allocating its weights, or not built."""
    from lstmcheck.validate import unholdable_bytes

    ctor, call = _bound(constructor, args, kwargs)
    total = unholdable_bytes(ctor, call) if not call.errors else None
    if total is not None:
        torch = load_torch()
        # Far beyond any address space, so the allocator refuses at once and touches nothing.
        return _attempt(lambda: torch.empty(min(total, 2**62), dtype=torch.uint8, device="cpu"))
    layers = call.arguments.get("num_layers")
    if layers is not None and layers.is_int() and layers.value > MAX_BUILT_LAYERS:
        return Attempt("NotBuilt", f"num_layers={layers.value} is more layers than --verify "
                       f"builds (at most {MAX_BUILT_LAYERS})")
    return None


def build(constructor: str, args: tuple, kwargs: dict) -> Attempt:
    """nn.<constructor>(*args, **kwargs) from literal arguments, on the meta device.

    Layers too big to build are not built (see _too_big_to_build)."""
    refused = _too_big_to_build(constructor, args, kwargs)
    if refused is not None:
        return refused
    torch = load_torch()
    cls = getattr(torch.nn, constructor)
    real_args = tuple(_real(torch, a) for a in args)
    real_kwargs = {k: _real(torch, v) for k, v in kwargs.items()}

    def construct() -> Any:
        with torch.device("meta"):
            return cls(*real_args, **real_kwargs)

    return _attempt(construct)


def _meta(torch: Any, module: Any, shape: tuple[int, ...]) -> Any:
    dtype = next((p.dtype for p in module.parameters()), torch.float32)
    return torch.empty(shape, device="meta", dtype=dtype)


FORMS = ("tuple", "tensor", "apart")  # how code hands states over: (h, c) or (h,), h, or h, c


def forward(module: Any, input_shape: tuple[int, ...],
            states: tuple[tuple[int, ...], ...] = (), form: str | None = None) -> Attempt:
    """One forward pass on meta tensors: the input, and the states if given, in the `form`
    the code hands them over ("tuple", "tensor": the one state alone, "apart": each its own
    argument); None: a pair as a tuple, one state alone. A pass that would crash torch's
    process is not run (NotRun)."""
    torch = load_torch()
    if _crashes(torch, module, input_shape, states, form):
        return Attempt("NotRun", "torch 2.13 crashes the process on this forward pass of a "
                       "cell (an unbatched step with these states), so it is not run")

    @torch.no_grad()  # no autograd graph: results are read for their shapes alone
    def run() -> Any:
        x = _meta(torch, module, input_shape)
        if not states:
            return module(x)
        hx = [_meta(torch, module, s) for s in states]
        if form == "apart":
            return module(x, *hx)
        if form == "tuple" or (form is None and len(hx) == 2):
            return module(x, tuple(hx))
        if len(hx) != 1:
            raise ValueError(f"{len(hx)} states cannot be handed over as one tensor")
        return module(x, hx[0])

    return _attempt(run)


def _crashes(torch: Any, module: Any, input_shape: tuple, states: tuple, form: str | None) -> bool:
    """A cell's unbatched (1-D) step that torch 2.13 answers with a segmentation fault, also
    on meta: an LSTMCell given one tensor for its pair (pytorch#193823), or 2-D states whose
    rows equal hidden_size (pytorch#175978)."""
    if not isinstance(module, torch.nn.RNNCellBase) or len(input_shape) != 1 or not states:
        return False
    bare = form == "tensor" or (form is None and len(states) == 1)
    if isinstance(module, torch.nn.LSTMCell) and bare:
        return True
    return any(len(s) == 2 and s[0] == module.hidden_size for s in states)


def results(module: Any, output: Any) -> dict[str, tuple[int, ...]]:
    """The shapes a forward pass returned, by name: output, h_n, c_n (a cell's h, c)."""
    torch = load_torch()
    if isinstance(module, torch.nn.RNNCellBase):
        parts = output if isinstance(output, tuple) else (output,)
        return dict(zip(("h", "c"), (tuple(t.shape) for t in parts)))
    out, state = output
    states = state if isinstance(state, tuple) else (state,)
    shapes = {"output": tuple(out.shape)}
    shapes.update(zip(("h_n", "c_n"), (tuple(t.shape) for t in states)))
    return shapes


# Up to this many in_features a head is checked on the CPU (4 MB of weights at most), where
# torch words the mismatch as users see it ("mat1 and mat2 shapes cannot be multiplied");
# beyond, on meta.
_CPU_HEAD_LIMIT = 1_000_000


def linear(in_features: int, features: int) -> Attempt:
    """nn.Linear(in_features, 1) fed one row of `features`."""
    torch = load_torch()
    small = 0 < in_features <= _CPU_HEAD_LIMIT and 0 < features <= _CPU_HEAD_LIMIT
    device = "cpu" if small else "meta"

    def run() -> Any:
        layer = torch.nn.Linear(in_features, 1, device=device)
        return layer(torch.zeros((1, features), device=device))

    return _attempt(run)


# --- what fails around a layer, replayed from a finding's literal sizes --------------------

def view(before: tuple[int, ...], asked: tuple[int, ...], method: str = "view") -> Attempt:
    """`.view(*asked)` (or `.reshape`) of a meta tensor of shape `before`."""
    torch = load_torch()
    return _attempt(lambda: getattr(torch.empty(before, device="meta"), method)(*asked))


def take_rows(shape: tuple[int, ...], indices: tuple[int, ...]) -> Attempt:
    """`[t[i] for i in indices]` of a meta tensor of `shape`: the rows a comprehension or a
    literal index takes."""
    torch = load_torch()
    return _attempt(lambda: [torch.empty(shape, device="meta")[i] for i in indices])


_MEETINGS = ("bmm", "matmul", "mm", "cat", "einsum")


def meet(kind: str, text: str, shapes: tuple[tuple[int, ...], ...]) -> Attempt | None:
    """The op where tensors must agree (flow/ops.py's meeting feeds), on meta tensors:
    `torch.bmm(a, b)`, `torch.cat(tensors, dim)` (`text` the dim), `torch.einsum(text, ...)`,
    a loss from torch.nn.functional (`text` "F.mse_loss"); None for an op not replayed."""
    torch = load_torch()
    tensors = [torch.empty(s, device="meta") for s in shapes]
    if kind in ("bmm", "matmul", "mm"):
        return _attempt(lambda: getattr(torch, kind)(*tensors))
    if kind == "cat":
        return _attempt(lambda: torch.cat(tensors, int(text)))
    if kind == "einsum":
        return _attempt(lambda: torch.einsum(text, *tensors))
    loss = getattr(torch.nn.functional, text[2:], None) if text.startswith("F.") else None
    if loss is None or len(tensors) != 2 or kind not in ("mse_loss", "l1_loss", "smooth_l1_loss",
                                                         "huber_loss", "binary_cross_entropy"):
        return None
    return _attempt(lambda: loss(*tensors))


def _unpacked(value: Any, count: int) -> list:
    """`count` names unpacking `value` as Python does: it iterates (a tensor by its rows) and
    words a wrong count as CPython does."""
    items, each = [], iter(value)
    for _ in range(count):
        try:
            items.append(next(each))
        except StopIteration:
            raise ValueError(f"not enough values to unpack (expected {count}, got {len(items)})") from None
    try:
        next(each)
    except StopIteration:
        return items
    raise ValueError(f"too many values to unpack (expected {count})")


def unpack(result: Any, pattern: Any) -> Attempt:
    """A layer's result assigned to a target pattern: an int (that many names) or a list of
    patterns and None (one name); nested as written, `out, (h, c)` -> [None, [None, None]]."""
    def assign(value: Any, shape: Any) -> None:
        if shape is None:
            return
        count = shape if isinstance(shape, int) else len(shape)
        items = _unpacked(value, count)
        if not isinstance(shape, int):
            for item, inner in zip(items, shape):
                assign(item, inner)

    return _attempt(lambda: assign(result, pattern))


def use_whole(result: Any, how: str, key: Any = None) -> Attempt | None:
    """A layer's whole result used as a tensor (flow/results.py's `how`): indexed with `key`,
    an attribute read, or given to a Linear or a recurrent layer. None for another use."""
    torch = load_torch()
    if how == "index":
        return _attempt(lambda: result[key])
    if how.startswith("attribute "):
        return _attempt(lambda: getattr(result, how.split(" ", 1)[1]))
    if how.startswith("join ") and how[5:] in ("cat", "stack", "concat", "concatenate", "hstack", "vstack"):
        return _attempt(lambda: getattr(torch, how[5:])([result]))
    name = how.split(" ", 1)[1] if how.startswith("layer ") else ""
    if name == "Linear" or name in ("LSTM", "GRU", "RNN"):
        layer = getattr(torch.nn, name)(1, 1, device="meta")
        return _attempt(lambda: layer(result))
    return None


def size_of(shape: tuple[int, ...], index: int) -> Attempt:
    """`.size(index)` of a meta tensor of `shape`."""
    torch = load_torch()
    return _attempt(lambda: torch.empty(shape, device="meta").size(index))
