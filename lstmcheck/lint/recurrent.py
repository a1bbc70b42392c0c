"""The sizes one recurrent-layer call fixes, as comparable `Size`s, and what it produces.

The flow pass uses this to give `out, (h_n, c_n) = self.lstm(x)` their shapes; the rules use
it to say what `h_0` must look like. Unknown stays None: nothing is guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from lstmcheck.records import CallRecord, Value
from lstmcheck.signatures import CONSTRUCTORS, effective
from lstmcheck.sizes import Size


@dataclass(frozen=True)
class RecurrentSizes:
    input_size: Size | None
    hidden_size: Size | None
    num_layers: Size | None
    directions: Size | None  # D: 2 when bidirectional
    h_out: Size | None  # proj_size when set, else hidden_size
    batch_first: bool | None
    cell: bool  # LSTMCell, GRUCell, RNNCell: one step, states (N, H)
    lstm: bool  # has a cell state c

    @property
    def layers_times_directions(self) -> Size | None:
        if self.num_layers is None or self.directions is None:
            return None
        return self.directions * self.num_layers


# How an origin says a value is assumed rather than built: a parameter's default, or a
# configuration that no site in the file builds (findings that rest on one are warnings).
# A project module's constant (`config.HIDDEN`) is what its file says unless another module
# assigns it at run time (`config.HIDDEN = args.hidden`), which a file checked alone cannot see.
RUN_TIME = ", if nothing changes it at run time"
ASSUMING = (" defaults to ", "no site in the file builds", RUN_TIME)


def assumed_origin(origin: str | None) -> bool:
    return bool(origin) and any(phrase in origin for phrase in ASSUMING)  # type: ignore[operator]


def _assumed(value: Value | None) -> tuple[str, ...]:
    """The assumption a value rests on, as 'bidirectional defaults to True in ...'."""
    if value is not None and assumed_origin(value.origin):
        return (value.origin,)  # type: ignore[return-value]
    return ()


def _size(value: Value | None) -> Size | None:
    """Prefer the size as written (`hidden_size` stays a name even with a default), so that a
    head sized `hidden_size` compares with it whatever a caller passes."""
    if value is None:
        return None
    if value.size is not None:
        return value.size
    return Size.number(value.value, _assumed(value)) if value.is_int() else None


def _flag(value: Value | None) -> bool | None:
    if value is None or not value.known:
        return None
    return bool(value.value)


def sizes_of(record: CallRecord) -> RecurrentSizes:
    ctor = CONSTRUCTORS[record.constructor]
    call = record.call
    arg = lambda name: effective(ctor, call, name) if name in ctor.names else None  # noqa: E731
    cell = ctor.name.endswith("Cell")
    hidden = _size(arg("hidden_size"))
    layers = Size.number(1) if cell else _size(arg("num_layers"))
    bidirectional = arg("bidirectional")
    flag = False if cell else _flag(bidirectional)
    directions = None if flag is None else Size.number(2 if flag else 1, _assumed(bidirectional))
    h_out = hidden
    if ctor.name == "LSTM":
        proj = arg("proj_size")
        proj_size = _size(proj)
        if proj_size is None:
            h_out = None
        elif proj_size.value != 0:
            h_out = proj_size
    return RecurrentSizes(
        input_size=_size(arg("input_size")),
        hidden_size=hidden,
        num_layers=layers,
        directions=directions,
        h_out=h_out,
        batch_first=False if cell else _flag(arg("batch_first")),
        cell=cell,
        lstm=ctor.has_cell_state,
    )


def features_out(sizes: RecurrentSizes) -> Size | None:
    """The output's feature size: D * H_out (H for a cell)."""
    if sizes.cell:
        return sizes.hidden_size
    if sizes.directions is None or sizes.h_out is None:
        return None
    return sizes.directions * sizes.h_out
