"""Where a state's batch dim was decided, when ops that only move or add dims carried it
from an earlier one (`self.rnn_states = torch.zeros(1, H)` in one class, `.unsqueeze(0)` in
another's forward): the number to change is there, not at the unsqueeze (`Tensor.dims_at`)."""

from __future__ import annotations

from lstmcheck.records import Location, Tensor


def batch_decided_at(state: Tensor) -> Location | None:
    """The batch dim's own place: (layers, N, H) for a layer's state, (N, H) for a cell's."""
    if state.dims_at is None or state.dims is None or len(state.dims_at) != len(state.dims) \
            or len(state.dims) not in (2, 3):
        return None
    return state.dims_at[1 if len(state.dims) == 3 else 0]
