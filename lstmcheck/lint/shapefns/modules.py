"""The layers a recurrent output meets: Linear, Embedding, Conv1d, the norms and attention.
Each gives what the layer returns when the input fits; whether it fits is the rules' call."""

from __future__ import annotations

from lstmcheck.lint.shapefns import Dims
from lstmcheck.sizes import Size


def linear(dims: Dims, out_features: Size | None) -> Dims | None:
    return dims[:-1] + (out_features,) if dims else None


def embedding(dims: Dims, embedding_dim: Size | None) -> Dims:
    return dims + (embedding_dim,)


def conv1d(dims: Dims, out_channels: Size | None, kernel: int, stride: int = 1,
           padding: int = 0, dilation: int = 1) -> Dims | None:
    """(N, C_in, L) or (C_in, L) -> (.., C_out, L_out), L_out = (L + 2p - d(k-1) - 1) // s + 1."""
    if len(dims) not in (2, 3) or kernel < 1 or stride < 1 or dilation < 1 or padding < 0:
        return None
    length = dims[-1]
    out_length = None
    if length is not None and length.value is not None:
        n = (length.value + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
        if n < 1:
            return None
        out_length = Size.number(n)
    return dims[:-2] + (out_channels, out_length)


def norm(dims: Dims) -> Dims:
    """LayerNorm, BatchNorm1d, GroupNorm...: the input's shape."""
    return dims


def multihead_attention(query: Dims, key: Dims, value: Dims,
                        embed_dim: Size | None) -> tuple[Dims, Dims] | None:
    """(output, averaged weights) for batched (L, N, E) / unbatched (L, E) inputs as given
    (batch_first only swaps the first two dims, the caller's business)."""
    if len(query) not in (2, 3) or len(key) != len(query) or len(value) != len(query):
        return None
    output = query[:-1] + (embed_dim,)
    if len(query) == 3:
        return output, (query[1], query[0], key[0])
    return output, (query[0], key[0])
