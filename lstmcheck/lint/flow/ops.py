"""The table of tensor ops the flow follows: a method name (`x.transpose(0, 1)`, also called as
`torch.transpose(x, 0, 1)`) -> the shape function that gives the result's dims from the
receiver's dims and the call's arguments as the flow knows them. None: not known."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from lstmcheck.lint.flow.values import Tup, Val, as_size
from lstmcheck.lint.shapefns import Dims, matmul, pieces, select, views
from lstmcheck.lint.shapefns.broadcast import broadcast
from lstmcheck.lint.shapefns.reduce import REDUCTIONS, reduce
from lstmcheck.lint.shapefns.products import CLASS_LOSSES, ELEMENTWISE, ELEMENTWISE_LOSSES, PRODUCTS, above_one
from lstmcheck.records import Feed, Location, Tensor
from lstmcheck.sizes import Size, same

Args = list[Val]
Keywords = dict[str, Val]


# numpy's spellings torch takes too: `x.sum(axis=1)`, `keepdims=True`
_ALIASES = {"axis": "dim", "keepdims": "keepdim"}


def torch_keywords(kwargs: Keywords) -> Keywords:
    """The keywords as the shape functions read them: numpy's aliases under torch's names."""
    if not any(k in _ALIASES for k in kwargs):
        return kwargs
    return {_ALIASES.get(k, k): v for k, v in kwargs.items()}


def number(value: Val) -> int | None:
    return value.value if isinstance(value, Size) else None


def _flag(value: Val) -> bool | None:
    """A literal bool reaches the flow as unknown (None) unless written as 0/1; keepdim=True is
    read from the source by the caller and passed in as Size 1."""
    n = number(value)
    return None if n is None else bool(n)


def _sizes(args: Args) -> tuple[Size | None, ...] | None:
    items = list(args[0].items) if len(args) == 1 and isinstance(args[0], Tup) else args
    sizes = [as_size(s) for s in items]
    if not all(isinstance(s, Size) or s is None for s in sizes):
        return None
    return tuple(sizes)  # type: ignore[arg-type]


def _ints(args: Args) -> tuple[int, ...] | None:
    items = list(args[0].items) if len(args) == 1 and isinstance(args[0], Tup) else args
    numbers = tuple(number(a) for a in items)
    return None if None in numbers else numbers  # type: ignore[return-value]


def _arg(args: Args, kwargs: Keywords, index: int, *names: str) -> Val:
    for name in names:
        if name in kwargs:
            return kwargs[name]
    return args[index] if index < len(args) else None


def _view(dims: Dims | None, args: Args, kwargs: Keywords) -> Dims | None:
    sizes = _sizes(args)
    return None if sizes is None else views.view(dims, sizes)


def _transpose(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    a, b = number(_arg(args, kwargs, 0, "dim0")), number(_arg(args, kwargs, 1, "dim1"))
    return None if a is None or b is None else views.transpose(dims, a, b)


def _t(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    return tuple(reversed(dims)) if len(dims) <= 2 and not args else None


def _permute(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    order = _ints([kwargs["dims"]] if "dims" in kwargs else args)
    return None if order is None else views.permute(dims, order)


def _unsqueeze(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    dim = number(_arg(args, kwargs, 0, "dim"))
    return None if dim is None else views.unsqueeze(dims, dim)


def _squeeze(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    given = _arg(args, kwargs, 0, "dim")
    if given is None and not args and "dim" not in kwargs:
        return views.squeeze(dims)
    dim = number(given)
    return None if dim is None else views.squeeze(dims, dim)


def _flatten(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    start = _arg(args, kwargs, 0, "start_dim")
    end = _arg(args, kwargs, 1, "end_dim")
    first = 0 if start is None and len(args) < 1 and "start_dim" not in kwargs else number(start)
    last = -1 if end is None and len(args) < 2 and "end_dim" not in kwargs else number(end)
    return None if first is None or last is None else views.flatten(dims, first, last)


def _expand(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    sizes = _sizes(args)
    return None if sizes is None else views.expand(dims, sizes)


def _expand_as(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    other = args[0] if args else None
    if not isinstance(other, Tensor) or other.dims is None:
        return None
    return views.expand(dims, other.dims)


def _repeat(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    times = _sizes(args)
    return None if times is None else views.repeat(dims, times)


def _repeat_interleave(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    """`x.repeat_interleave(n, dim=d)`: dim d n times longer; without a dim, flattened."""
    times = _arg(args, kwargs, 0, "repeats")
    given = len(args) > 1 or "dim" in kwargs
    dim = number(_arg(args, kwargs, 1, "dim")) if given else None
    if not isinstance(times, Size) or (given and dim is None) or set(kwargs) - {"repeats", "dim"}:
        return None
    return views.repeat_interleave(dims, times, dim)


def _reduction(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    given = _arg(args, kwargs, 0, "dim")
    keepdim = _flag(_arg(args, kwargs, 1, "keepdim")) if (len(args) > 1 or "keepdim" in kwargs) else False
    if keepdim is None:
        return None
    if given is None and not args and "dim" not in kwargs:
        return reduce(dims, None, keepdim)
    if isinstance(given, Tup):
        wanted = tuple(number(v) for v in given.items)
        return None if None in wanted else reduce(dims, wanted, keepdim)  # type: ignore[arg-type]
    dim = number(given)
    return None if dim is None else reduce(dims, dim, keepdim)


def _product(function: Callable[[Dims, Dims], Dims | None]) -> Callable:
    def op(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
        other = args[0] if args else None
        if not isinstance(other, Tensor) or other.dims is None:
            return None
        return function(dims, other.dims)
    return op


def elementwise(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    """`x + y`, `x.mul(y)`: tensors broadcast; a Python number keeps the shape."""
    other = args[0] if args else None
    if isinstance(other, Size):
        return dims
    if isinstance(other, Tensor) and other.dims is not None:
        return broadcast(dims, other.dims)
    return None


def _dim(args: Args, kwargs: Keywords, index: int) -> int | None:
    """A `dim` argument, 0 when not given."""
    if len(args) <= index and "dim" not in kwargs:
        return 0
    return number(_arg(args, kwargs, index, "dim"))


def _split(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    size = _arg(args, kwargs, 0, "split_size_or_sections", "split_size")
    dim = _dim(args, kwargs, 1)
    if dim is None:
        return None
    if isinstance(size, Tup):
        sizes = tuple(size.items)
        return pieces.split(dims, sizes, dim) if all(isinstance(s, Size) for s in sizes) else None
    return pieces.split(dims, size, dim) if isinstance(size, Size) else None


def _chunk(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    chunks, dim = number(_arg(args, kwargs, 0, "chunks")), _dim(args, kwargs, 1)
    return None if chunks is None or dim is None else pieces.chunk(dims, chunks, dim)


def _unbind(dims: Dims, args: Args, kwargs: Keywords) -> Dims | None:
    dim = _dim(args, kwargs, 0)
    return None if dim is None else pieces.unbind(dims, dim)


def _keepdim(args: Args, kwargs: Keywords, index: int) -> bool | None:
    given = len(args) > index or "keepdim" in kwargs
    return _flag(_arg(args, kwargs, index, "keepdim")) if given else False


def _no_dim(args: Args, kwargs: Keywords) -> bool:
    return not args and "dim" not in kwargs


Picked = tuple[Dims, bool]  # the dims, and whether the op gives a (values, indices) pair


def _argpick(dims: Dims, args: Args, kwargs: Keywords) -> Picked | None:
    """argmax / argmin: indices, the dim gone; without a dim, of the flattened tensor."""
    keepdim = _keepdim(args, kwargs, 1)
    if keepdim is None:
        return None
    if _no_dim(args, kwargs):
        out = select.picked(dims, None, keepdim)
    else:
        dim = number(_arg(args, kwargs, 0, "dim"))
        out = None if dim is None else select.picked(dims, dim, keepdim)
    return None if out is None else (out, False)


def _along(dims: Dims, args: Args, kwargs: Keywords, index: int, default: int | None) -> Picked | None:
    """max/min/median/mode/kthvalue along `dim` (the argument at `index`): a pair."""
    given = len(args) > index or "dim" in kwargs
    dim = number(_arg(args, kwargs, index, "dim")) if given else default
    keepdim = _keepdim(args, kwargs, index + 1)
    if dim is None or keepdim is None:
        return None
    out = select.picked(dims, dim, keepdim)
    return None if out is None else (out, True)


def _max_min(dims: Dims, args: Args, kwargs: Keywords) -> Picked | None:
    """`x.max()`: a scalar; `x.max(dim)`: (values, indices); `torch.max(x, y)`: elementwise."""
    other = args[0] if args else kwargs.get("other")
    if isinstance(other, Tensor):
        out = elementwise(dims, [other], {})
        return None if out is None else (out, False)
    if _no_dim(args, kwargs):
        return (), False
    return _along(dims, args, kwargs, 0, None)


def _median(dims: Dims, args: Args, kwargs: Keywords) -> Picked | None:
    if _no_dim(args, kwargs):
        return (), False
    return _along(dims, args, kwargs, 0, None)


def _mode(dims: Dims, args: Args, kwargs: Keywords) -> Picked | None:
    return _along(dims, args, kwargs, 0, -1)


def _kthvalue(dims: Dims, args: Args, kwargs: Keywords) -> Picked | None:
    if number(_arg(args, kwargs, 0, "k")) is None:
        return None
    return _along(dims, args, kwargs, 1, -1)


def _topk(dims: Dims, args: Args, kwargs: Keywords) -> Picked | None:
    k = number(_arg(args, kwargs, 0, "k"))
    given = len(args) > 1 or "dim" in kwargs
    dim = number(_arg(args, kwargs, 1, "dim")) if given else -1
    if k is None or dim is None:
        return None
    out = select.topk(dims, k, dim)
    return None if out is None else (out, True)


def _sort(dims: Dims, args: Args, kwargs: Keywords) -> Picked | None:
    given = bool(args) or "dim" in kwargs
    dim = number(_arg(args, kwargs, 0, "dim")) if given else -1
    out = None if dim is None else select.sort(dims, dim)
    return None if out is None else (out, True)


# Ops that pick along a dim, some giving a (values, indices) pair of one shape
# (`INDICES`: only the indices).
PICKS: dict[str, Callable[[Dims, Args, Keywords], Picked | None]] = {
    "argmax": _argpick, "argmin": _argpick, "max": _max_min, "min": _max_min, "median": _median, "nanmedian": _median, "mode": _mode,
    "kthvalue": _kthvalue, "topk": _topk, "sort": _sort,
}

INDICES = frozenset({"argmax", "argmin"})

# Ops that cut a tensor into pieces: the first piece's dims (a loop's first iteration).
PIECES: dict[str, Callable[[Dims, Args, Keywords], Dims | None]] = {
    "split": _split, "chunk": _chunk, "unbind": _unbind,
}

# Ops that need the receiver's rank; `view`/`reshape` work without it.
TENSOR_OPS: dict[str, Callable[[Dims, Args, Keywords], Dims | None]] = {
    "transpose": _transpose, "swapaxes": _transpose, "t": _t, "permute": _permute,
    "unsqueeze": _unsqueeze, "squeeze": _squeeze, "flatten": _flatten, "expand": _expand,
    "expand_as": _expand_as, "repeat": _repeat, "repeat_interleave": _repeat_interleave,
    "bmm": _product(matmul.bmm),
    "matmul": _product(matmul.matmul), "mm": _product(matmul.mm), "add": elementwise, "sub": elementwise,
    "mul": elementwise, "div": elementwise, "multiply": elementwise, "subtract": elementwise,
    **{name: _reduction for name in REDUCTIONS},
}
VIEWS = {"view": _view, "reshape": _view}
# The ops whose two tensors broadcast (the operators `+ - * /` come here as "mul").
ELEMENTWISE_OPS = frozenset({"add", "sub", "mul", "div", "multiply", "subtract"})


def was_packed(source: Val) -> bool:
    """What `pad_packed_sequence(source)` unpacks: a packed tensor, or a recurrent output whose
    input the walk does not know (a parameter): the call says that input was packed."""
    return isinstance(source, Tensor) and (source.packed or (
        source.part == "output" and source.layer is not None
        and (source.dims is None or source.rank_assumed)))


def result_layer(name: str, receiver: Tensor, args: Args, dims: Dims, layers: set) -> Location | None:
    """The recurrent layer whose features the result's last dim carries. A product's last dim
    is its right operand's: weights that are no layer's features applied to a recurrent output
    (`torch.matmul(alpha, out)`, `bmm(attn, enc_out)`: attention pooling) keep that output's
    features, as its layer; otherwise the one layer all the tensors come from, if there is one."""
    other = args[0] if args else None
    if name in PRODUCTS and receiver.layer is None and isinstance(other, Tensor) \
            and other.layer is not None and other.dims is not None and len(other.dims) >= 2 \
            and dims and len(dims) >= 2 and dims[-1] is other.dims[-1]:
        return other.layer
    return next(iter(layers)) if len(layers) == 1 else None


def product_feed(path: str, name: str, receiver: Tensor, other: Val, at: Location) -> Feed | None:
    """`torch.bmm(a, b)`, `a.matmul(b)`, `a @ b` with an operand from a recurrent layer and
    both ranks known: a Feed whose `operands` LC007 judges (the op is its own "layer")."""
    if name in ELEMENTWISE_OPS:  # `a * b`, `a + b`, `a.mul(b)`
        return elementwise_feed(path, receiver, other, at)
    if name not in PRODUCTS:
        return None
    return meeting_feed(path, name, [receiver, other], at, f"torch.{name}")


def meeting_feed(path: str, kind: str, operands: list, at: Location, text: str,
                 stepped: bool = False) -> Feed | None:
    """A Feed for an op where tensors must agree, when every operand's rank is known and one
    comes from a recurrent layer (`stepped`: or is a head's rows of a last step); `text` is what
    the rule needs of the call besides them (the op's name, cat's dim, einsum's equation)."""
    if len(operands) < 2 or not all(isinstance(t, Tensor) and t.dims is not None for t in operands) \
            or not any(t.layer is not None or t.one_layer is not None or (stepped and t.stepped is not None)
                       for t in operands):
        return None
    return Feed(path, kind, at, text, at, operands[0], operands=tuple(operands))


def elementwise_feed(path: str, receiver: Tensor, other: Val, at: Location) -> Feed | None:
    """`a * b`, `a + b` of two tensors, one a recurrent layer's result (or, both ranks known,
    perhaps a head's output of one, `fc(h_n) + fc2(out)`): they must broadcast, which the last
    dims alone may decide (a rank not known, the features known)."""
    if not isinstance(other, Tensor) or any(t.dims is None and t.last is None for t in (receiver, other)):
        return None
    if receiver.layer is None and other.layer is None and (
            receiver.dims is None or other.dims is None or receiver.made_at is None and other.made_at is None):
        return None  # neither from a recurrent layer, unless a head made one of it (the rule asks)
    return Feed(path, ELEMENTWISE, at, "the elementwise operation", at, receiver,
                operands=(receiver, other))


def loss_feed(path: str, name: str, values: Args, kwargs: Keywords, at: Location) -> Feed | None:
    """`F.mse_loss(prediction, target)`, `F.cross_entropy(logits, labels)`..."""
    if name not in ELEMENTWISE_LOSSES and name not in CLASS_LOSSES:
        return None
    prediction = _arg(values, kwargs, 0, "input")
    target = _arg(values, kwargs, 1, "target")
    return meeting_feed(path, name, [prediction, target], at, f"F.{name}", stepped=True)


def cat_feed(path: str, items: Val, dim: Val, at: Location) -> Feed | None:
    """`torch.cat((a, b), dim)` of tensors whose ranks are known."""
    if not isinstance(items, Tup) or number(dim) is None:
        return None
    return meeting_feed(path, "cat", list(items.items), at, str(number(dim)))


def einsum_feed(path: str, equation: str | None, values: Args, at: Location) -> Feed | None:
    """`torch.einsum("bth,bh->bt", a, b)` with a literal equation and tensors passed apart."""
    if not equation:
        return None
    return meeting_feed(path, "einsum", list(values), at, equation)


def assumes_one_layer(receiver: Tensor, name: str, args: Args, dims: Dims | None) -> bool:
    """A squeeze or view that reads a whole final state of several layers or directions,
    `(D*num_layers, B, H)` with D*num_layers at least 2, as if it had one: `squeeze(0)` leaves
    it 3-D; a view whose first dim is D*num_layers*B makes the layers and directions rows.
    (`h_n[-1]`, `h_n.view(layers, 2, B, H)` and `h_n.permute(1, 0, 2).reshape(B, -1)` do not.)"""
    if receiver.part not in ("h_n", "c_n") or receiver.dims is None or len(receiver.dims) != 3 \
            or dims is None or not above_one(receiver.dims[0]):
        return False
    count, batch = receiver.dims[0], receiver.dims[1]
    if name == "squeeze":
        return dims == receiver.dims and number(args[0] if args else Size.number(0)) == 0
    if name not in VIEWS or not dims or len(dims) > 3:
        return False
    if batch is not None and count is not None and same(dims[0], count * batch):
        return True
    # `h_n.view(-1, H, 1)` of a batch the walk does not know: the rest keeps one row's H
    sizes = _sizes(args)
    if not sizes or sizes[0] is None or sizes[0].value != -1 or None in sizes[1:]:
        return False
    rest = Size.number(1)
    for size in sizes[1:]:
        rest = rest * size  # type: ignore[operator]
    return same(rest, receiver.dims[2])


def _permute_unranked(last: Size | None, args: Args, kwargs: Keywords) -> Dims | None:
    """`x.permute(1, 0, 2)` of a tensor whose rank the walk does not know: the order gives
    it, and where the last dim goes."""
    order = _ints([kwargs["dims"]] if "dims" in kwargs else args)
    if order is None or sorted(i % len(order) for i in order) != list(range(len(order))) \
            or len(order) < 2:
        return None
    out: list[Size | None] = [None] * len(order)
    out[[i % len(order) for i in order].index(len(order) - 1)] = last
    return tuple(out)


def keeps_last_unranked(name: str, last: Size | None, args: Args, kwargs: Keywords) -> bool:
    """An op on a tensor of unknown rank whose last dim is known: `squeeze` removes only
    dims of 1, so a last dim whose number is more stays the last, whatever the rank;
    `unsqueeze(0)` and `unsqueeze(-k)` for k >= 2 add a dim before it."""
    if last is None or set(kwargs) - {"dim"}:
        return False
    if name == "squeeze":  # a named size may be 1 when it runs
        return last.value is not None and last.value > 1
    if name == "unsqueeze":
        dim = number(_arg(args, kwargs, 0, "dim"))
        return dim is not None and (dim == 0 or dim <= -2)
    return False


def _expand_unranked(last: Size | None, args: Args, kwargs: Keywords) -> Dims | None:
    sizes = _sizes(args)
    return None if sizes is None or kwargs else views.expand_unranked(last, sizes)


def _repeat_unranked(last: Size | None, args: Args, kwargs: Keywords) -> Dims | None:
    times = _sizes(args)
    return None if times is None or kwargs else views.repeat_unranked(last, times)


# Ops whose result's rank is the number of sizes they are given, whatever the receiver's
# rank (`h.expand(L, -1, -1)` of a module's output): an initial state's layers and width.
SIZED_UNRANKED: dict[str, Callable[[Size | None, Args, Keywords], Dims | None]] = {
    "expand": _expand_unranked, "repeat": _repeat_unranked,
}

# Ops that give a rank to a tensor whose rank is not known, from its last dim and the args.
UNRANKED: dict[str, Callable[[Size | None, Args, Keywords], Dims | None]] = {
    "permute": _permute_unranked,
}


def carried_rows(args: Args, result: Val) -> Val:
    """A Linear or Sequential applied to the rows a view made of a state's layers gives one
    row per layer and sample as well, and applied to a state `squeeze(0)` left 3-D, one
    (layers, batch) block: the mark goes on to its result."""
    data = args[0] if args else None
    if isinstance(data, Tensor) and data.stepped is not None and isinstance(result, Tensor) \
            and result.stepped is None and data.dims is not None and result.dims is not None \
            and len(data.dims) == len(result.dims):
        result = replace(result, stepped=data.stepped)  # a head keeps the rows of a last step
    if isinstance(data, Tensor) and data.one_layer is not None and isinstance(result, Tensor) \
            and result.one_layer is None and data.dims is not None and len(data.dims) in (2, 3):
        return replace(result, one_layer=data.one_layer)
    return result


_MOVES = ("transpose", "swapaxes", "swapdims", "movedim", "moveaxis")


def keeps_layer_rows(receiver: Tensor, name: str, args: Args, kwargs: Keywords,
                     dims: Dims | None) -> bool:
    """Whether an op on a state read as one layer's (`Tensor.one_layer`) keeps its first dim,
    the rows of layers (and directions) and samples, as it is: a reduction over it
    (`.mean(0)`), or a transpose or permute that moves it (`.permute(1, 0, 2)`), takes the
    layers apart again, and the head after them is right."""
    before = receiver.dims
    if before is None or dims is None or not before or not dims:
        return False
    rank = len(before)
    if name in _MOVES:
        moved = _ints(args[:2])
        return moved is not None and all(i % rank != 0 for i in moved)
    if name == "permute":
        order = _ints([kwargs["dims"]] if "dims" in kwargs else args)
        return order is not None and len(order) == rank and order[0] % rank == 0
    first, was = dims[0], before[0]
    return first is was or (first is not None and was is not None and same(first, was))


def puts_rows_back(receiver: Tensor, name: str, dims: Dims | None) -> bool:
    """`bridge(h_n.view(-1, H)).view(layers, B, H)`: a view that makes the rows of layers and
    samples a state again, so the head between was applied to each layer on purpose."""
    return receiver.one_layer is not None and name in VIEWS and receiver.dims is not None \
        and len(receiver.dims) == 2 and dims is not None and len(dims) >= 3


def rows_put_back(feeds: list[Feed], mark: Location) -> list[Feed]:
    """The feeds of heads given the rows a view at `mark` made, as heads of a state put back."""
    return [replace(f, input=replace(f.input, one_layer=None))
            if f.input is not None and f.input.one_layer == mark else f for f in feeds]


# torch.nn's loss modules and the functional loss each one calls
LOSS_MODULES = {
    "MSELoss": "mse_loss", "L1Loss": "l1_loss", "SmoothL1Loss": "smooth_l1_loss",
    "HuberLoss": "huber_loss", "BCELoss": "binary_cross_entropy",
    "BCEWithLogitsLoss": "binary_cross_entropy_with_logits", "CrossEntropyLoss": "cross_entropy",
    "NLLLoss": "nll_loss",
}


def loss_module(func: Any, scope: Any, resolver: Any) -> str | None:
    """`nn.MSELoss()(prediction, target)`, or `criterion(...)` with `criterion` bound once to
    such a call: the functional loss it computes (its options do not change the shapes it
    takes, but for a class weight, which only a known class count would judge)."""
    import libcst as cst

    call = func
    if isinstance(func, cst.Name):
        found = resolver.lookup(func.value, scope)
        if found is None or len(found[1]) != 1 or found[1][0].kind != "assign":
            return None
        call = found[1][0].payload
    if not isinstance(call, cst.Call):
        return None
    path = resolver.path_of(call.func, scope)
    if path is None or not path.startswith("torch."):
        return None
    return LOSS_MODULES.get(path.rsplit(".", 1)[-1])


# ops after which the rows of a tensor are still the rows it had, in some order: directions a
# view made rows (`Tensor.folded`) stay rows through them (a batched product keeps its first
# operand's batch)
_ROWS_KEPT = frozenset({"transpose", "permute", "contiguous", "squeeze", "unsqueeze", "bmm", "clone",
                        "detach", "float", "to"})


def folded_kept(receiver: Tensor, name: str) -> Location | None:
    """Where a view made the directions of a bidirectional output rows, when `name` keeps
    those rows (`.permute(1, 0, 2)` after `.view(T, -1, H)`, `torch.bmm(folded, weights)`);
    None after any other op."""
    return receiver.folded if name in _ROWS_KEPT else None
