"""Convolutions and poolings over 1, 2 or 3 spatial dims (Conv1d/2d/3d, MaxPool, AvgPool, their
adaptive forms): the output's spatial sizes from kernel, stride, padding and dilation, as
torch's meta kernels compute them. Input (N, C, *spatial) or (C, *spatial); None when a size
the arithmetic needs is not a known number, or when torch would reject the call."""

from __future__ import annotations

from lstmcheck.lint.shapefns import Dims
from lstmcheck.sizes import Size

Ints = tuple[int, ...]


def _out(length: int, kernel: int, stride: int, padding: int, dilation: int, ceil_mode: bool) -> int | None:
    span = length + 2 * padding - dilation * (kernel - 1) - 1  # floored as torch's div_rtn
    out = (span + (stride - 1 if ceil_mode else 0)) // stride + 1
    if ceil_mode and (out - 1) * stride >= length + padding:
        out -= 1  # the last window must start inside the input or its left padding
    return out if out >= 1 else None


def _spatial(dims: Dims, n: int) -> tuple[Dims, Dims] | None:
    """(leading dims, spatial dims) of an input of rank n + 1 or n + 2."""
    if len(dims) not in (n + 1, n + 2):
        return None
    return dims[:-n], dims[-n:]


def _sizes(spatial: Dims, kernel: Ints, stride: Ints, padding: Ints, dilation: Ints,
           ceil_mode: bool) -> Dims | None:
    out: list[Size | None] = []
    for length, k, s, p, d in zip(spatial, kernel, stride, padding, dilation):
        if k < 1 or s < 1 or d < 1 or p < 0:
            return None
        if length is None or length.value is None:
            out.append(None)  # the arithmetic needs a number
            continue
        size = _out(length.value, k, s, p, d, ceil_mode)
        if size is None:
            return None
        out.append(Size.number(size))
    return tuple(out)


def conv(dims: Dims, n: int, out_channels: Size | None, kernel: Ints, stride: Ints, padding: Ints | str,
         dilation: Ints) -> Dims | None:
    """ConvNd: (.., C_in, *L) -> (.., C_out, *L_out), L_out = (L + 2p - d(k-1) - 1) // s + 1;
    padding "same" keeps L (stride 1), "valid" is 0."""
    split = _spatial(dims, n)
    if split is None:
        return None
    leading, spatial = split
    if padding == "same":
        if any(s != 1 for s in stride):
            return None
        sizes: Dims | None = spatial
    else:
        pads = (0,) * n if padding == "valid" else padding
        if isinstance(pads, str):
            return None
        sizes = _sizes(spatial, kernel, stride, pads, dilation, False)
    if sizes is None:
        return None
    return leading[:-1] + (out_channels,) + sizes


def pool(dims: Dims, n: int, kernel: Ints, stride: Ints, padding: Ints, dilation: Ints,
         ceil_mode: bool, average: bool = False) -> Dims | None:
    """MaxPoolNd / AvgPoolNd: the channels kept, each spatial size as a convolution's (stride
    defaults to the kernel); torch wants the padding at most half the kernel, and AvgPool3d an
    input no smaller than the kernel."""
    split = _spatial(dims, n)
    if split is None or any(2 * p > k for p, k in zip(padding, kernel)):
        return None
    leading, spatial = split
    if average and n == 3 and any(s is None or s.value is None or s.value < k for s, k in zip(spatial, kernel)):
        return None
    sizes = _sizes(spatial, kernel, stride, padding, dilation, ceil_mode)
    return None if sizes is None else leading + sizes


def adaptive(dims: Dims, n: int, output_size: tuple[int | None, ...]) -> Dims | None:
    """AdaptiveAvgPoolNd / AdaptiveMaxPoolNd: the sizes asked for (None keeps the input's)."""
    split = _spatial(dims, n)
    if split is None or len(output_size) != n:
        return None
    leading, spatial = split
    return leading + tuple(s if o is None else Size.number(o) for s, o in zip(spatial, output_size))
