"""lstmcheck from Python, for notebooks: `shapes(...)` and `check_source(...)`.

`shapes` takes what a notebook holds: a live `nn.LSTM` (its attributes are read, nothing is
run and nothing is built), the constructor as text, or keyword flags as on the command line.
Its answer is a frozen `LayerReport` that a notebook shows as a table with the diagram.
`check_source` runs the linter on a string and returns its findings as plain frozen records.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any, Sequence

from lstmcheck.calculator import ShapeAnswer, ShapeRequest, UsageError, calculate
from lstmcheck.records import Finding, Settings
from lstmcheck.formulas import Dim, Shape, format_shape
from lstmcheck.signatures import CONSTRUCTORS, MODES


class ShapeError(ValueError):
    """torch would refuse the layer, or the request cannot be read: the CLI's one line."""


@dataclass(frozen=True)
class LayerReport:
    """The shapes one layer takes and gives. Sizes are ints, or names where they are open."""

    module: str  # nn.LSTM(input_size=10, hidden_size=20)
    input: Shape
    output: Shape  # a cell's h'
    h_n: Shape
    c_n: Shape | None
    h_0: Shape
    c_0: Shape | None
    parameters: tuple[tuple[str, Shape], ...]  # (name, shape) as torch registers them
    num_parameters: Dim
    num_bytes: Dim
    dtype: str
    notes: tuple[str, ...]
    warnings: tuple[str, ...]
    answer: ShapeAnswer  # everything the calculator worked out

    def __repr__(self) -> str:
        states = f"h_n={format_shape(self.h_n)}"
        if self.c_n is not None:
            states += f", c_n={format_shape(self.c_n)}"
        return (f"<{self.module}: input={format_shape(self.input)} -> "
                f"output={format_shape(self.output)}, {states}; {self._count()} parameters>")

    def table(self) -> list[tuple[str, str, str]]:
        """(tensor, shape, formula) rows, as `lstmcheck shape` prints them."""
        s = self.answer.shapes
        rows = [("input", s.input), ("h_0", s.h_0), ("c_0", s.c_0), ("output", s.output)]
        if not self.answer.ctor.is_cell:
            rows.append(("h_n", s.h_n))
        rows.append(("c_n", s.c_n))
        return [(name, format_shape(t.shape), t.formula) for name, t in rows if t is not None]

    def explain(self) -> str:
        """The plain-language account of `lstmcheck shape --explain`."""
        from lstmcheck.explain import explain_answer

        return "\n\n".join(explain_answer(self.answer))

    def diagram(self) -> str:
        """The terminal picture of `lstmcheck shape --diagram`."""
        from lstmcheck.diagram import text_diagram

        return text_diagram(self.answer)

    def svg(self) -> str:
        """The picture as a standalone SVG document."""
        from lstmcheck.svg import svg_text

        return svg_text(self.answer)

    def _svg_inline(self) -> str:
        return self.svg().split("\n", 1)[1]  # without the XML declaration

    def _repr_markdown_(self) -> str:
        lines = [f"**`{self.module}`**", "", "| tensor | shape | formula |", "|---|---|---|"]
        lines += [f"| {n} | `{shape}` | `{formula}` |" for n, shape, formula in self.table()]
        lines += ["", f"{self._count()} parameters ({self.dtype})"]
        lines += [f"- warning: {w}" for w in self.warnings] + [f"- note: {n}" for n in self.notes]
        return "\n".join(lines) + "\n\n" + self._svg_inline()

    def _repr_html_(self) -> str:
        cells = "".join(
            f"<tr><td>{html.escape(n)}</td><td><code>{html.escape(shape)}</code></td>"
            f"<td><code>{html.escape(formula)}</code></td></tr>"
            for n, shape, formula in self.table())
        notes = "".join(f"<li>warning: {html.escape(w)}</li>" for w in self.warnings)
        notes += "".join(f"<li>note: {html.escape(n)}</li>" for n in self.notes)
        return (f"<div><p><b><code>{html.escape(self.module)}</code></b></p>"
                "<table><thead><tr><th>tensor</th><th>shape</th><th>formula</th></tr></thead>"
                f"<tbody>{cells}</tbody></table>"
                f"<p>{html.escape(self._count())} parameters ({html.escape(self.dtype)})</p>"
                + (f"<ul>{notes}</ul>" if notes else "") + self._svg_inline() + "</div>")

    def _count(self) -> str:
        n = self.num_parameters
        return f"{n:,}" if isinstance(n, int) else str(n)


def _torch_class(layer: Any) -> str | None:
    """The torch recurrent class a live module is, or derives from (by name and module, so
    that torch need not be imported here)."""
    for cls in type(layer).__mro__:
        if cls.__name__ in CONSTRUCTORS and cls.__module__.startswith("torch.nn"):
            return cls.__name__
    return None


def _from_module(layer: Any) -> tuple[str, dict[str, Any]]:
    """The constructor's arguments, read from a live module's attributes."""
    name = _torch_class(layer)
    if name is None:
        raise ShapeError(f"{type(layer).__name__} is not one of torch's nn.LSTM, GRU, RNN "
                         "or their cells")
    ctor = CONSTRUCTORS[name]
    values = {}
    for param in ctor.params:
        if param.name in ("device", "dtype") or not hasattr(layer, param.name):
            continue
        value = getattr(layer, param.name)
        if param.required or value != param.default or type(value) is not type(param.default):
            values[param.name] = value  # what differs from the default, as a user writes it
    for parameter in getattr(layer, "parameters", lambda: iter(()))():
        values["dtype"] = str(parameter.dtype)  # torch.float16
        break
    return ctor.mode, values


_FLAGS = ("input_size", "hidden_size", "num_layers", "bias", "batch_first", "bidirectional",
          "proj_size", "nonlinearity", "dropout")


# The calculator speaks the command line's flags; a caller of shapes() passed keywords. A flag
# followed by its value becomes `name=value`, a switch `name=True` (`--no-x`: `x=False`), and a
# flag written with its other spelling (`--hidden-size/-H`) the keyword's name alone.
_FLAG = re.compile(r"--(no-)?([a-z][a-z-]*)(/-[A-Za-z]|/--no-[a-z-]+)?"
                   r"(?: (-?\d[\d.]*(?:,\d[\d.]*)*|'[^']*'|(?<=--mode )[a-z-]+|(?<=--dtype )[\w.]+))?")
_KEYWORD = {"input-shape": "input"}
_SWITCHES = {"bias", "batch_first", "bidirectional", "unbatched"}


def in_api_words(message: str) -> str:
    """A calculator message with each command-line flag written as shapes()'s keyword."""
    def keyword(found: re.Match[str]) -> str:
        name = _KEYWORD.get(found.group(2), found.group(2).replace("-", "_"))
        value = "False" if found.group(1) else found.group(4)
        if value is None and name in _SWITCHES and found.group(3) is None:
            value = "True"
        if name == "input" and value is not None and value[0].isdigit():
            value = "(" + ", ".join(value.split(",")) + ")"
        return name if value is None else f"{name}={value}"
    return _FLAG.sub(keyword, message)


def shapes(layer: Any = None, *, input: Sequence[int] | None = None, seq_len: int | None = None,
           batch: int | None = None, unbatched: bool = False, dtype: str | None = None,
           mode: str | None = None, **flags: Any) -> LayerReport:
    """The shapes a recurrent layer takes and gives.

    `layer` is a live module (`nn.LSTM(10, 20, 2)`: read, never run), a constructor as text
    (`"nn.LSTM(10, 20)"`, `"self.rnn = nn.GRU(...)"`), or None with `hidden_size=` and the
    other constructor arguments as keywords. `input` is the input's shape, e.g. (5, 3, 10).
    Raises ShapeError with the command line's one-line message, in this function's keywords,
    when torch would refuse.
    """
    unknown = sorted(set(flags) - set(_FLAGS))
    if unknown:
        raise ShapeError(f"shapes() takes no argument {unknown[0]!r}; it takes "
                         f"{', '.join(_FLAGS)}, input, seq_len, batch, unbatched, dtype, mode")
    expression = None
    if isinstance(layer, str):
        expression = layer
    elif layer is not None:
        mode, read = _from_module(layer)
        if dtype is None and "dtype" in read:
            dtype = read.pop("dtype")
        read.pop("dtype", None)
        for key, value in flags.items():
            # the module's own value, default or not: a flag may never silently replace it
            held = read.get(key, getattr(layer, key, None))
            if hasattr(layer, key) and held != value:
                raise ShapeError(f"{key}={value!r} conflicts with the module's {key}={held!r}")
        flags = {**read, **flags}
    if hasattr(input, "shape"):  # a tensor: its shape, never its values
        input = tuple(input.shape)
    request = ShapeRequest(
        expression=expression, mode=mode, seq_len=seq_len, batch=batch, unbatched=unbatched,
        input_shape=None if input is None else ",".join(str(int(d)) for d in input),
        dtype=dtype, **{k: v for k, v in flags.items() if v is not None and k in _FLAGS},
    )
    if mode is not None and mode not in MODES:
        raise ShapeError(f"mode={mode!r} is not one of {', '.join(MODES)}")
    try:
        answer = calculate(request)
    except UsageError as exc:
        raise ShapeError(in_api_words(str(exc))) from None
    s = answer.shapes
    return LayerReport(
        module=answer.module_text, input=s.input.shape, output=s.output.shape, h_n=s.h_n.shape,
        c_n=None if s.c_n is None else s.c_n.shape, h_0=s.h_0.shape,
        c_0=None if s.c_0 is None else s.c_0.shape,
        parameters=tuple((p.name, p.shape) for p in s.parameters),
        num_parameters=s.num_parameters, num_bytes=answer.num_bytes, dtype=answer.dtype,
        notes=answer.notes, warnings=answer.warnings, answer=answer,
    )


def check_source(source: str | bytes, path: str = "<string>", *,
                 select: Sequence[str] = (), ignore: Sequence[str] = ()) -> tuple[Finding, ...]:
    """Lint Python source (never imported or run); the findings as frozen `Finding` records:
    .code, .severity, .message, .location (1-based line and column), .outcome."""
    from lstmcheck.lint.engine import check_source as check

    data = source.encode("utf-8", "surrogatepass") if isinstance(source, str) else source
    settings = Settings(select=tuple(select), ignore=tuple(ignore))
    return tuple(check(data, path, settings).findings)
