"""A per-session state cache read with a walrus: `if (state := cache.get(sid)) is None`
makes a fresh batch-one state; otherwise the cached one (same batch) is carried."""
import torch
import torch.nn as nn

gru = nn.GRU(5, 10, 2, batch_first=True)
cache = {}


def respond(session_id, features):
    if (state := cache.get(session_id)) is None:
        state = torch.zeros(2, 1, 10)
    out, cache[session_id] = gru(features.unsqueeze(0), state)
    return out[0, -1]


def probe():
    for sid in ("a", "b", "a", "a"):
        assert respond(sid, torch.randn(3, 5)).shape == (10,)
