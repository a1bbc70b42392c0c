"""Each shape function against torch's own meta kernels: hypothesis draws shapes and
arguments, torch on the meta device says what comes out (or that it raises).

Two properties per op:
- with every dim a known number, a call torch accepts gives exactly torch's shape;
- with some dims replaced by named sizes, every dim the function still states evaluates to
  torch's dim once the names take their values (unknown is allowed, wrong is not).
"""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from lstmcheck.lint.shapefns import join, matmul, modules, pieces, reduce, slicing, views  # noqa: E402
from lstmcheck.lint.shapefns.broadcast import broadcast  # noqa: E402
from lstmcheck.sizes import Size  # noqa: E402

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
shapes = st.lists(st.integers(1, 5), min_size=0, max_size=4).map(tuple)
nonempty = st.lists(st.integers(1, 5), min_size=1, max_size=4).map(tuple)
masks = st.lists(st.booleans(), min_size=4, max_size=4)


def meta(shape):
    return torch.empty(shape, device="meta")


def known(shape):
    return tuple(Size.number(n) for n in shape)


def named(shape, mask, tag):
    """Some dims as names (`d0@a`), with the values they stand for."""
    dims, values = [], {}
    for i, n in enumerate(shape):
        if mask[i % len(mask)]:
            key = f"d{i}@{tag}"
            dims.append(Size.named(key))
            values[key] = n
        else:
            dims.append(Size.number(n))
    return tuple(dims), values


def torch_shape(op):
    try:
        result = op()
    except (RuntimeError, IndexError, ValueError, TypeError):
        return None
    return tuple(result.shape)


def agree(ours, expected, values=None):
    """Known dims must match torch; with names, each stated dim must evaluate to torch's."""
    if expected is None:
        return  # torch rejects: what we say of a rejected call is not judged here
    if values is None:
        assert ours is not None and all(d is not None for d in ours), (ours, expected)
        assert tuple(d.value for d in ours) == expected
        return
    if ours is None:
        return
    assert len(ours) == len(expected), (ours, expected)
    for dim, n in zip(ours, expected):
        if dim is not None:
            assert dim.evaluate(values) == n, (ours, expected)


@SETTINGS
@given(shape=nonempty, dim=st.integers(-4, 3), count=st.integers(1, 3), grow=st.integers(1, 4),
       mask=masks)
def test_cat(shape, dim, count, grow, mask):
    parts = []
    for k in range(count):
        s = list(shape)
        if -len(s) <= dim < len(s):
            s[dim] = grow + k
        parts.append(tuple(s))
    expected = torch_shape(lambda: torch.cat([meta(p) for p in parts], dim=dim))
    agree(join.cat(tuple(known(p) for p in parts), dim), expected)
    symbolic = [named(p, mask, f"t{k}") for k, p in enumerate(parts)]
    values = {k: v for _, vs in symbolic for k, v in vs.items()}
    agree(join.cat(tuple(d for d, _ in symbolic), dim), expected, values)


@SETTINGS
@given(shape=shapes, dim=st.integers(-5, 4), count=st.integers(1, 3))
def test_stack(shape, dim, count):
    expected = torch_shape(lambda: torch.stack([meta(shape)] * count, dim=dim))
    agree(join.stack((known(shape),) * count, dim), expected)


@SETTINGS
@given(shape=nonempty, a=st.integers(-4, 3), b=st.integers(-4, 3), mask=masks)
def test_transpose(shape, a, b, mask):
    expected = torch_shape(lambda: meta(shape).transpose(a, b))
    agree(views.transpose(known(shape), a, b), expected)
    dims, values = named(shape, mask, "x")
    agree(views.transpose(dims, a, b), expected, values)


@SETTINGS
@given(shape=nonempty, data=st.data())
def test_permute(shape, data):
    order = tuple(data.draw(st.permutations(range(len(shape)))))
    order = tuple(i - len(shape) if data.draw(st.booleans()) else i for i in order)
    expected = torch_shape(lambda: meta(shape).permute(*order))
    agree(views.permute(known(shape), order), expected)


@SETTINGS
@given(shape=shapes, dim=st.integers(-5, 4))
def test_unsqueeze(shape, dim):
    expected = torch_shape(lambda: meta(shape).unsqueeze(dim))
    agree(views.unsqueeze(known(shape), dim), expected)


@SETTINGS
@given(shape=st.lists(st.integers(1, 3), max_size=4).map(tuple),
       dim=st.one_of(st.none(), st.integers(-4, 3)), mask=masks)
def test_squeeze(shape, dim, mask):
    expected = torch_shape(lambda: meta(shape).squeeze() if dim is None else meta(shape).squeeze(dim))
    agree(views.squeeze(known(shape), dim), expected)
    dims, values = named(shape, mask, "x")
    agree(views.squeeze(dims, dim), expected, values)


@SETTINGS
@given(shape=shapes, start=st.integers(-4, 3), end=st.integers(-4, 3), mask=masks)
def test_flatten(shape, start, end, mask):
    expected = torch_shape(lambda: meta(shape).flatten(start, end))
    agree(views.flatten(known(shape), start, end), expected)
    dims, values = named(shape, mask, "x")
    agree(views.flatten(dims, start, end), expected, values)


@SETTINGS
@given(shape=nonempty, data=st.data(), mask=masks)
def test_view(shape, data, mask):
    total = 1
    for n in shape:
        total *= n
    divisors = [d for d in range(1, total + 1) if total % d == 0]
    first = data.draw(st.sampled_from(divisors))
    target = data.draw(st.sampled_from([(first, total // first), (first, -1), (-1, first),
                                        (total,), (-1,), (first, 2, -1)]))
    expected = torch_shape(lambda: meta(shape).view(*target))
    agree(views.view(known(shape), known(target)), expected)
    dims, values = named(shape, mask, "x")
    agree(views.view(dims, known(target)), expected, values)


@SETTINGS
@given(shape=shapes, lead=st.lists(st.integers(1, 4), max_size=2), data=st.data())
def test_expand(shape, lead, data):
    target = tuple(lead) + tuple(
        data.draw(st.sampled_from([-1, n, 3] if n == 1 else [-1, n, n + 1])) for n in shape)
    expected = torch_shape(lambda: meta(shape).expand(*target))
    agree(views.expand(known(shape), known(target)), expected)


@SETTINGS
@given(shape=shapes, extra=st.lists(st.integers(1, 3), max_size=2), data=st.data())
def test_repeat(shape, extra, data):
    times = tuple(extra) + tuple(data.draw(st.integers(1, 3)) for _ in shape)
    if not times:
        return
    expected = torch_shape(lambda: meta(shape).repeat(*times))
    agree(views.repeat(known(shape), known(times)), expected)


@SETTINGS
@given(shape=shapes, dim=st.one_of(st.none(), st.integers(-4, 3)), keepdim=st.booleans(),
       mask=masks)
def test_reductions(shape, dim, keepdim, mask):
    if dim is None:
        expected = torch_shape(lambda: meta(shape).sum())
        if keepdim:
            expected = tuple(1 for _ in shape)
    else:
        expected = torch_shape(lambda: meta(shape).sum(dim=dim, keepdim=keepdim))
    agree(reduce.reduce(known(shape), dim, keepdim), expected)
    dims, values = named(shape, mask, "x")
    agree(reduce.reduce(dims, dim, keepdim), expected, values)


@SETTINGS
@given(a=shapes, b=shapes, data=st.data(), mask=masks)
def test_broadcast(a, b, data, mask):
    b = tuple(data.draw(st.sampled_from([n, 1])) if data.draw(st.booleans()) else n for n in b)
    expected = torch_shape(lambda: meta(a) * meta(b))
    agree(broadcast(known(a), known(b)), expected)
    left, lv = named(a, mask, "a")
    right, rv = named(b, mask[::-1], "b")
    agree(broadcast(left, right), expected, {**lv, **rv})


@SETTINGS
@given(a=st.lists(st.integers(1, 4), min_size=1, max_size=4).map(tuple),
       b=st.lists(st.integers(1, 4), min_size=1, max_size=4).map(tuple), share=st.booleans())
def test_matmul(a, b, share):
    if share and len(b) >= 2:
        b = b[:-2] + (a[-1], b[-1])
    elif share:
        b = (a[-1],)
    expected = torch_shape(lambda: torch.matmul(meta(a), meta(b)))
    agree(matmul.matmul(known(a), known(b)), expected)


@SETTINGS
@given(n=st.integers(1, 4), m=st.integers(1, 4), k=st.integers(1, 4), p=st.integers(1, 4))
def test_bmm(n, m, k, p):
    expected = torch_shape(lambda: torch.bmm(meta((n, m, k)), meta((n, k, p))))
    agree(matmul.bmm(known((n, m, k)), known((n, k, p))), expected)


@SETTINGS
@given(shape=nonempty, out=st.integers(1, 6))
def test_linear_and_embedding(shape, out):
    layer = torch.nn.Linear(shape[-1], out, device="meta")
    agree(modules.linear(known(shape), Size.number(out)), torch_shape(lambda: layer(meta(shape))))
    table = torch.nn.Embedding(10, out, device="meta")
    indices = torch.empty(shape, dtype=torch.long, device="meta")
    agree(modules.embedding(known(shape), Size.number(out)), torch_shape(lambda: table(indices)))


@SETTINGS
@given(batch=st.one_of(st.none(), st.integers(1, 3)), channels=st.integers(1, 4),
       length=st.integers(1, 12), out=st.integers(1, 4), kernel=st.integers(1, 5),
       stride=st.integers(1, 3), padding=st.integers(0, 2), dilation=st.integers(1, 2))
def test_conv1d(batch, channels, length, out, kernel, stride, padding, dilation):
    shape = (channels, length) if batch is None else (batch, channels, length)
    conv = torch.nn.Conv1d(channels, out, kernel, stride=stride, padding=padding,
                           dilation=dilation, device="meta")
    expected = torch_shape(lambda: conv(meta(shape)))
    agree(modules.conv1d(known(shape), Size.number(out), kernel, stride, padding, dilation),
          expected)


@SETTINGS
@given(batch=st.one_of(st.none(), st.integers(1, 3)), target=st.integers(1, 4),
       source=st.integers(1, 4), heads=st.sampled_from([1, 2]), per_head=st.integers(1, 3))
def test_multihead_attention(batch, target, source, heads, per_head):
    embed = heads * per_head
    attention = torch.nn.MultiheadAttention(embed, heads, device="meta")
    q = (target, embed) if batch is None else (target, batch, embed)
    kv = (source, embed) if batch is None else (source, batch, embed)
    try:
        output, weights = attention(meta(q), meta(kv), meta(kv))
    except RuntimeError:
        return
    ours = modules.multihead_attention(known(q), known(kv), known(kv), Size.number(embed))
    assert ours is not None
    agree(ours[0], tuple(output.shape))
    agree(ours[1], tuple(weights.shape))


@SETTINGS
@given(shape=nonempty)
def test_norms_keep_the_shape(shape):
    layer = torch.nn.LayerNorm(shape[-1], device="meta")
    agree(modules.norm(known(shape)), torch_shape(lambda: layer(meta(shape))))


bounds = st.one_of(st.none(), st.integers(-6, 6))


@SETTINGS
@given(n=st.integers(1, 8), lower=bounds, upper=bounds, step=st.one_of(st.none(), st.integers(1, 3)))
def test_slice_of_known_rows(n, lower, upper, step):
    expected = torch_shape(lambda: meta((n, 2))[lower:upper:step])
    number = (lambda v: None if v is None else Size.number(v))
    rows = slicing.sliced(Size.number(n), number(lower), number(upper), number(step))
    agree(None if rows is None else (rows, Size.number(2)), expected)


@SETTINGS
@given(layers=st.integers(1, 4), factor=st.integers(1, 3), lower=st.integers(-3, 3),
       step=st.integers(1, 3), to_end=st.booleans())
def test_strided_rows_of_a_named_dim(layers, factor, lower, step, to_end):
    """`h[lower:h.size(0):step]` of a dim of `factor * layers` rows, layers a name."""
    n = factor * layers
    expected = torch_shape(lambda: meta((n, 2))[lower:n:step] if to_end else meta((n, 2))[lower::step])
    size = Size.number(factor) * Size.named("layers@m")
    rows = slicing.sliced(size, Size.number(lower), size if to_end else None, Size.number(step))
    agree(None if rows is None else (rows, Size.number(2)), expected, {"layers@m": layers})


def test_each_direction_of_a_bidirectional_state_keeps_the_layers():
    layers = Size.named("layers@m")
    rows = Size.number(2) * layers
    assert slicing.sliced(rows, Size.number(0), rows, Size.number(2)) == layers
    assert slicing.sliced(rows, Size.number(1), None, Size.number(2)) == layers
    assert slicing.sliced(rows, Size.number(2), rows, Size.number(2)) is None  # layers - 1
    assert slicing.sliced(layers, Size.number(0), None, Size.number(2)) is None  # odd or even



def first_piece(op):
    try:
        result = op()
    except (RuntimeError, IndexError, ValueError, TypeError):
        return None
    return tuple(result[0].shape) if len(result) else None


@SETTINGS
@given(shape=nonempty, size=st.integers(-1, 6), dim=st.integers(-4, 3), mask=masks)
def test_split_first_piece(shape, size, dim, mask):
    expected = first_piece(lambda: meta(shape).split(size, dim))
    agree(pieces.split(known(shape), Size.number(size), dim), expected)
    dims, values = named(shape, mask, "s")
    agree(pieces.split(dims, Size.number(size), dim), expected, values)
    if -len(shape) <= dim < len(shape):  # the whole dim by its own name: one piece
        agree(pieces.split(dims, dims[dim], dim), first_piece(lambda: meta(shape).split(shape[dim], dim)),
              values)


@SETTINGS
@given(shape=nonempty, data=st.data())
def test_split_into_sections(shape, data):
    dim = data.draw(st.integers(-len(shape), len(shape) - 1))
    n = shape[dim]
    first = data.draw(st.integers(0, n + 1))
    sections = [first, n - first] if n - first >= 0 else [first]
    expected = first_piece(lambda: meta(shape).split(sections, dim))
    agree(pieces.split(known(shape), tuple(Size.number(k) for k in sections), dim), expected)


@SETTINGS
@given(shape=nonempty, chunks=st.integers(1, 4), factor=st.integers(1, 3), dim=st.integers(-4, 3), mask=masks)
def test_chunk_first_piece(shape, chunks, factor, dim, mask):
    expected = first_piece(lambda: meta(shape).chunk(chunks, dim))
    agree(pieces.chunk(known(shape), chunks, dim), expected)
    dims, values = named(shape, mask, "c")
    agree(pieces.chunk(dims, chunks, dim), expected, values)
    if -len(shape) <= dim < len(shape):  # a named dim that chunks divides
        scaled = list(shape)
        scaled[dim] = chunks * factor * shape[dim]
        dims = list(known(scaled))
        dims[dim] = Size.number(chunks * factor) * Size.named("n@c")
        agree(pieces.chunk(tuple(dims), chunks, dim), first_piece(lambda: meta(tuple(scaled)).chunk(chunks, dim)),
              {"n@c": shape[dim]})


@SETTINGS
@given(shape=nonempty, dim=st.integers(-4, 3))
def test_unbind_piece(shape, dim):
    expected = first_piece(lambda: meta(shape).unbind(dim))
    agree(pieces.unbind(known(shape), dim), expected)


def test_rows_one_by_one_of_a_named_dim():
    steps = Size.named("steps@x")
    dims = (Size.number(3), steps, Size.number(4))
    assert pieces.split(dims, Size.number(1), 1) == (Size.number(3), Size.number(1), Size.number(4))
    assert pieces.split(dims, Size.number(2), 1) is None  # 1 or 2 rows: not known
    assert pieces.chunk((Size.number(2) * steps,), 2) == (steps,)


# Ops that pick along a dim, through the table the flow uses (`ops.PICKS`): the arguments as
# the flow passes them (Sizes). The oracle is torch on small CPU tensors: the meta kernels of
# sort and kthvalue do not check the dim or k (torch 2.13 gives a shape where the CPU raises).
from lstmcheck.lint.flow import ops  # noqa: E402


def cpu(shape):
    return torch.zeros(shape)


def _picked_shapes(result):
    if isinstance(result, tuple):  # (values, indices)
        assert result[0].shape == result[1].shape
        return tuple(result[0].shape), True
    return tuple(result.shape), False


def _torch_picked(op):
    try:
        return _picked_shapes(op())
    except (RuntimeError, IndexError, ValueError, TypeError):
        return None


def _agree_picked(ours, expected, values=None):
    if expected is None:
        return
    if values is None:
        assert ours is not None, expected
    if ours is None:
        return
    assert ours[1] == expected[1], (ours, expected)
    agree(ours[0], expected[0], values)


@SETTINGS
@given(shape=shapes, name=st.sampled_from(["argmax", "argmin", "max", "min", "median", "mode"]),
       dim=st.one_of(st.none(), st.integers(-4, 3)), keepdim=st.one_of(st.none(), st.booleans()),
       mask=masks)
def test_picks_along_a_dim(shape, name, dim, keepdim, mask):
    kwargs = {} if keepdim is None else {"keepdim": keepdim}
    args = () if dim is None else (dim,)
    if dim is None and keepdim is not None and name != "argmax" and name != "argmin":
        return  # `x.max(keepdim=True)` without a dim is not a call torch takes
    expected = _torch_picked(lambda: getattr(cpu(shape), name)(*args, **kwargs))
    flow_args = [Size.number(a) for a in args]
    flow_kwargs = {k: Size.number(int(v)) for k, v in kwargs.items()}
    _agree_picked(ops.PICKS[name](known(shape), flow_args, flow_kwargs), expected)
    dims, values = named(shape, mask, "x")
    _agree_picked(ops.PICKS[name](dims, flow_args, flow_kwargs), expected, values)


@SETTINGS
@given(shape=nonempty, k=st.integers(0, 6), dim=st.one_of(st.none(), st.integers(-4, 3)), mask=masks)
def test_topk_and_kthvalue(shape, k, dim, mask):
    args = (k,) if dim is None else (k, dim)
    flow_args = [Size.number(a) for a in args]
    dims, values = named(shape, mask, "x")
    for name in ("topk", "kthvalue"):
        expected = _torch_picked(lambda: getattr(cpu(shape), name)(*args))
        _agree_picked(ops.PICKS[name](known(shape), flow_args, {}), expected)
        _agree_picked(ops.PICKS[name](dims, flow_args, {}), expected, values)


@SETTINGS
@given(shape=shapes, dim=st.one_of(st.none(), st.integers(-4, 3)))
def test_sort(shape, dim):
    args = () if dim is None else (dim,)
    expected = _torch_picked(lambda: cpu(shape).sort(*args))
    _agree_picked(ops.PICKS["sort"](known(shape), [Size.number(a) for a in args], {}), expected)


@SETTINGS
@given(a=shapes, b=shapes)
def test_max_of_two_tensors_broadcasts(a, b):
    from lstmcheck.records import Tensor
    other = Tensor(known(b), None, "other", 1)
    expected = _torch_picked(lambda: torch.max(cpu(a), cpu(b)))
    _agree_picked(ops.PICKS["max"](known(a), [other], {}), expected)


@SETTINGS
@given(shape=nonempty, cut=st.integers(0, 4), factor=st.integers(1, 3), mask=masks)
def test_view_with_minus_one_over_named_sizes(shape, cut, factor, mask):
    """`(B, T, factor*H).view(-1, H)`-style: the -1 is the named count divided by the named
    sizes kept, exactly (the rows a bidirectional output's directions become)."""
    cut = min(cut, len(shape) - 1)
    dims, values = named(shape, mask, "x")
    scaled = dims[:-1] + (Size.number(factor) * dims[-1],)
    full = shape[:-1] + (factor * shape[-1],)
    kept = dims[cut + 1:] if cut + 1 < len(dims) else dims[-1:]
    kept_numbers = shape[cut + 1:] if cut + 1 < len(shape) else shape[-1:]
    expected = torch_shape(lambda: meta(full).view(-1, *kept_numbers))
    ours = views.view(scaled, (Size.number(-1),) + kept)
    agree(ours, expected, values)
    if expected is not None and ours is not None and cut + 1 < len(dims):
        assert ours[0] is not None  # a count the kept sizes divide is always worked out
