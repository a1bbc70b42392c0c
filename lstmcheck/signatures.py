"""The six constructors: one table that the shape calculator, the linter and `--verify` share.

The order of `params` is the positional order as a user writes it, traps included: RNN's 4th
positional is `nonlinearity`, GRU's and RNN's `proj_size` is reachable positionally although
the documentation omits it, and the cells' 3rd positional is `bias`. `bind` binds a call's
arguments exactly as Python and torch bind them, and words its failures as Python does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal, Sequence

from lstmcheck.records import BindError, BoundCall, Value

REQUIRED = object()

ParamKind = Literal[
    "size", "layers", "flag", "probability", "projection", "nonlinearity", "device", "dtype"
]


@dataclass(frozen=True)
class Param:
    name: str
    kind: ParamKind
    default: Any = REQUIRED
    doc: str = ""

    @property
    def required(self) -> bool:
        return self.default is REQUIRED


@dataclass(frozen=True)
class Constructor:
    """One of the six classes, with its parameters in positional order."""

    name: str
    mode: str
    gates: int
    params: tuple[Param, ...]
    is_cell: bool

    @property
    def has_cell_state(self) -> bool:
        return self.name in ("LSTM", "LSTMCell")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def default(self, name: str) -> Any:
        return self.param(name).default

    @property
    def init_name(self) -> str:
        """The qualname in Python's binding errors: LSTM/GRU/RNN bind in RNNBase."""
        return f"{self.name}.__init__()" if self.is_cell else "RNNBase.__init__()"

    def signature_text(self) -> str:
        parts = []
        for p in self.params:
            parts.append(p.name if p.required else f"{p.name}={p.default!r}")
        return f"nn.{self.name}({', '.join(parts)})"


def _p(name: str, kind: ParamKind, default: Any = REQUIRED, doc: str = "") -> Param:
    return Param(name, kind, default, doc)


_INPUT = _p("input_size", "size", doc="features in each input step (H_in)")
_HIDDEN = _p("hidden_size", "size", doc="features in the hidden state h (H_out; an LSTM's cell state c: H_cell)")
_LAYERS = _p("num_layers", "layers", 1, "recurrent layers stacked on each other")
_BIAS = _p("bias", "flag", True, "whether the layer has bias weights b_ih and b_hh")
_BATCH_FIRST = _p("batch_first", "flag", False, "input and output are (N, L, H), not (L, N, H)")
_DROPOUT = _p("dropout", "probability", 0.0, "dropout on the outputs of all but the last layer")
_BIDIRECTIONAL = _p("bidirectional", "flag", False, "run a second layer backwards (D = 2)")
_PROJ = _p("proj_size", "projection", 0, "LSTM only: project h to this size (H_out)")
_NONLINEARITY = _p("nonlinearity", "nonlinearity", "tanh", "'tanh' or 'relu'")
_DEVICE = _p("device", "device", None, "where the weights are allocated")
_DTYPE = _p("dtype", "dtype", None, "the weights' floating point type")

_FAMILY_TAIL = (_BIAS, _BATCH_FIRST, _DROPOUT, _BIDIRECTIONAL, _PROJ, _DEVICE, _DTYPE)

CONSTRUCTORS: dict[str, Constructor] = {
    c.name: c
    for c in (
        Constructor("LSTM", "lstm", 4, (_INPUT, _HIDDEN, _LAYERS, *_FAMILY_TAIL), False),
        Constructor("GRU", "gru", 3, (_INPUT, _HIDDEN, _LAYERS, *_FAMILY_TAIL), False),
        Constructor(
            "RNN", "rnn", 1, (_INPUT, _HIDDEN, _LAYERS, _NONLINEARITY, *_FAMILY_TAIL), False
        ),
        Constructor("LSTMCell", "lstm-cell", 4, (_INPUT, _HIDDEN, _BIAS, _DEVICE, _DTYPE), True),
        Constructor("GRUCell", "gru-cell", 3, (_INPUT, _HIDDEN, _BIAS, _DEVICE, _DTYPE), True),
        Constructor(
            "RNNCell", "rnn-cell", 1, (_INPUT, _HIDDEN, _BIAS, _NONLINEARITY, _DEVICE, _DTYPE), True
        ),
    )
}

# The class names a file must mention to hold a call that resolves to one of them: the
# linter's text prefilter reads this, so the list cannot drift from the table.
CLASS_NAMES: tuple[str, ...] = tuple(CONSTRUCTORS)

MODES: dict[str, Constructor] = {c.mode: c for c in CONSTRUCTORS.values()}

# Dotted paths under which torch exports the classes.
TORCH_MODULES: tuple[str, ...] = ("torch.nn", "torch.nn.modules.rnn", "torch.nn.modules")

# Keywords people write for a parameter, beyond what difflib finds by spelling alone.
_ALIASES: dict[str, str] = {
    "hidden": "hidden_size",
    "hidden_dim": "hidden_size",
    "hidden_units": "hidden_size",
    "hidden_dims": "hidden_size",
    "units": "hidden_size",
    "num_units": "hidden_size",
    "n_hidden": "hidden_size",
    "nhid": "hidden_size",
    "input_dim": "input_size",
    "input": "input_size",
    "in_features": "input_size",
    "input_dim_size": "input_size",
    "embedding_dim": "input_size",
    "n_layers": "num_layers",
    "nlayers": "num_layers",
    "layers": "num_layers",
    "num_layer": "num_layers",
    "n_layer": "num_layers",
    "depth": "num_layers",
    "batchfirst": "batch_first",
    "batch_major": "batch_first",
    "bidirection": "bidirectional",
    "bi": "bidirectional",
    "bidir": "bidirectional",
    "bidirectionnal": "bidirectional",
    "drop_out": "dropout",
    "dropout_rate": "dropout",
    "drop_prob": "dropout",
    "p": "dropout",
    "activation": "nonlinearity",
    "act": "nonlinearity",
    "non_linearity": "nonlinearity",
    "projection_size": "proj_size",
    "proj_dim": "proj_size",
    "use_bias": "bias",
}


def suggest(ctor: Constructor, keyword: str) -> str | None:
    """The parameter a misspelled keyword most likely meant, if the constructor has it."""
    alias = _ALIASES.get(keyword) or _ALIASES.get(keyword.lower())
    if alias and alias in ctor.names:
        return alias
    import difflib  # only when a keyword is unknown: keeps `shape` start-up lean

    close = difflib.get_close_matches(keyword.lower(), ctor.names, n=1, cutoff=0.75)
    return close[0] if close else None


def missing_message(init_name: str, names: Sequence[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        listed = quoted[0]
    elif len(quoted) == 2:
        listed = f"{quoted[0]} and {quoted[1]}"
    else:
        listed = ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
    plural = "argument" if len(names) == 1 else "arguments"
    return f"{init_name} missing {len(names)} required positional {plural}: {listed}"


def bind(
    ctor: Constructor,
    positional: Sequence[Value],
    keywords: Sequence[tuple[str, Value]],
    *,
    star_args: bool = False,
    star_kwargs: bool = False,
) -> BoundCall:
    """Bind a call's arguments as Python does when torch's constructor receives them.

    Python reports, in this order: each keyword that is unknown or given twice (first one
    wins, so only it is reported as the error torch raises, but all are kept), then too many
    positionals, then the missing required parameters. With `*args` or `**kwargs` the binding
    is partial: what is shown is bound, and nothing may be called missing or too many.
    """
    names = ctor.names
    arguments: dict[str, Value] = {}
    errors: list[BindError] = []
    positional = list(positional)

    # RNN pops its 4th positional as the nonlinearity before RNNBase binds the rest, so a
    # `nonlinearity=` keyword beside it reaches RNNBase, which does not know the name.
    rnn_pops_nonlinearity = ctor.name == "RNN" and len(positional) > 3

    for index, value in enumerate(positional[: len(names)]):
        arguments[names[index]] = value

    for keyword, value in keywords:
        unexpected = f"{ctor.init_name} got an unexpected keyword argument '{keyword}'"
        if rnn_pops_nonlinearity and keyword == "nonlinearity":
            # Given twice in truth, though torch words it as an unknown keyword.
            errors.append(BindError("multiple", (keyword,), unexpected, value.location))
            continue
        if keyword == "mode" and not ctor.is_cell:
            # LSTM, GRU and RNN hand their mode to RNNBase as its first positional, so torch
            # words it as given twice; to the subclass's users it is a keyword it does not take.
            message = f"{ctor.init_name} got multiple values for argument 'mode'"
            errors.append(BindError("unexpected", (keyword,), message, value.location))
            continue
        if keyword not in names:
            errors.append(BindError("unexpected", (keyword,), unexpected, value.location))
            continue
        if keyword in arguments:
            message = f"{ctor.init_name} got multiple values for argument '{keyword}'"
            errors.append(BindError("multiple", (keyword,), message, value.location))
            continue
        arguments[keyword] = value

    if len(positional) > len(names) and not star_args:
        error = _too_many(ctor, len(positional))
        errors.append(replace(error, location=positional[len(names)].location))

    if not (star_args or star_kwargs):
        missing = [p.name for p in ctor.params if p.required and p.name not in arguments]
        if missing:
            errors.append(BindError("missing", tuple(missing), missing_message(ctor.init_name, missing)))

    return BoundCall(
        constructor=ctor.name,
        arguments=arguments,
        partial=star_args or star_kwargs,
        errors=tuple(errors),
        positional_count=len(positional),
        keywords=tuple(k for k, _ in keywords),
    )


def _too_many(ctor: Constructor, given: int) -> BindError:
    if ctor.is_cell:
        # Python counts `self`: LSTMCell(self, input_size, hidden_size, bias, device, dtype).
        low, high, count = 3, len(ctor.params) + 1, given + 1
    else:
        # RNNBase(self, mode, input_size, ...) receives RNN's positionals minus nonlinearity.
        popped = 1 if ctor.name == "RNN" else 0
        low, high, count = 4, 12, given - popped + 2
    extra = [p for p in range(len(ctor.params), given)]
    return BindError(
        "too-many",
        tuple(f"#{i + 1}" for i in extra),
        f"{ctor.init_name} takes from {low} to {high} positional arguments but {count} were given",
    )


def effective(ctor: Constructor, call: BoundCall, name: str) -> Value | None:
    """The value a parameter ends up with: the call's, or the default when it is certain."""
    if name in call.arguments:
        return call.arguments[name]
    if name not in ctor.names:
        return None
    if call.partial:
        return None
    default = ctor.default(name)
    return None if default is REQUIRED else Value.of(default, origin="default")
