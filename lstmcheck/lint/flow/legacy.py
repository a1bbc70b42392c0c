"""torch's legacy constructors, `torch.Tensor(8)`, `torch.FloatTensor(batch, hidden)`: called with
ints they make an uninitialised tensor of those sizes (PLELog's attention guide,
`Parameter(torch.Tensor(self.sent_dim))`). Called with anything else (a list, a tuple, a
tensor, a name the walk cannot tell from one) they copy it as data, so only sizes the walk
knows to be ints count. Called with nothing they make a 1-D tensor of 0 elements, the empty
accumulator code joins features onto (`feats = torch.Tensor()`, then `torch.cat([feats, x], -1)`),
which torch.cat skips whatever the other parts' rank."""

from __future__ import annotations

from lstmcheck.records import Location, Tensor
from lstmcheck.sizes import Size

LEGACY_CONSTRUCTORS = frozenset({
    "Tensor", "FloatTensor", "DoubleTensor", "HalfTensor", "BFloat16Tensor", "LongTensor",
    "IntTensor", "ShortTensor", "CharTensor", "ByteTensor", "BoolTensor",
})


def legacy_dims(path: str, values: list, keywords: dict) -> tuple[Size, ...] | None:
    """The dims `torch.<Legacy>(*values)` makes, None when they are not all sizes: one argument
    must be a known int (a lone name may hold data), several may be named sizes."""
    module, _, name = path.rpartition(".")
    if module not in ("torch", "torch.cuda") or name not in LEGACY_CONSTRUCTORS \
            or set(keywords) - {"device"}:
        return None
    if not values:  # `torch.Tensor()`: one dim of 0, the accumulator torch.cat skips
        return (Size.number(0),)
    if not all(isinstance(v, Size) for v in values):
        return None  # a tuple or list is data: torch.Tensor((3, 4)) has two elements
    if len(values) == 1 and values[0].value is None:
        return None
    if any(v.value is not None and v.value < 0 for v in values):
        return None
    return tuple(values)


def legacy_tensor(path: str, values: list, keywords: dict, made_at: Location) -> Tensor | None:
    dims = legacy_dims(path, values, keywords)
    if dims is None:
        return None
    name = path.rpartition(".")[2]
    return Tensor(dims, dims[-1], f"torch.{name}(...) at line {made_at.line}", made_at.line,
                  made_at=made_at)
