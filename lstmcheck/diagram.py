"""A picture of a recurrent layer: the input going up through the stacked layers and their
directions, the states going in and out of each layer, and every arrow labelled with its shape.

`picture(answer)` lays the picture out once as plain records; `draw(picture)` renders it
for the terminal and svg.py renders the same records as SVG, so the two cannot differ.
Symbolic sizes keep their names (`(L, N, 2*hidden)`).
"""

from __future__ import annotations

from dataclasses import dataclass

from lstmcheck.calculator import ShapeAnswer
from lstmcheck.formulas import Dim, Shape, add, format_shape, mul

# More stacked layers than this are drawn as the first two, a gap, and the last.
_DRAWN_LAYERS = 3


@dataclass(frozen=True)
class Block:
    """One box: a layer (all its directions), or the gap standing for layers not drawn."""

    title: str  # "layer 0", "layers 2 .. 6", "LSTMCell"
    detail: str  # "forward ->  backward <-", "4 gates x hidden 20"
    state_in: str  # "h_0[0:2], c_0[0:2]  (2, N, 20)", "" for a gap
    state_out: str
    below: str  # the shape on the arrow leaving the box upwards, "" for the last
    gap: bool = False


@dataclass(frozen=True)
class Picture:
    title: str  # nn.LSTM(input_size=10, hidden_size=20)
    input: str  # "input (L, N, 10)"
    blocks: tuple[Block, ...]
    output: str  # "output (L, N, 40)"
    finals: tuple[str, ...]  # ("h_n (2, N, 20)", "c_n (2, N, 20)")


def _rows(layer: Dim, d: int, last: bool) -> str:
    """The rows of h_0/h_n that belong to one layer: [k] or [2k:2k+2], [-1] or [-2:] for the
    last layer."""
    if last:
        return "[-1]" if d == 1 else "[-2:]"
    if d == 1:
        return f"[{layer}]"
    start = mul(d, layer)
    return f"[{start}:{add(start, d)}]"


def _state_shape(answer: ShapeAnswer, d: int, width: Dim) -> Shape:
    """The shape of one layer's rows as _rows indexes them: h_n[k] drops the row dimension,
    h_n[2k:2k+2] keeps it."""
    rows: tuple[Dim, ...] = (d,) if d > 1 else ()
    return rows + (() if answer.unbatched else (answer.batch,)) + (width,)


def _states(names: list[str], shapes: list[Shape]) -> str:
    """`h_0[0], c_0[0]  (1, N, 20)`, or each with its own shape when they differ."""
    if len(set(shapes)) == 1:
        return f"{', '.join(names)}  {format_shape(shapes[0])}"
    return ", ".join(f"{n} {format_shape(s)}" for n, s in zip(names, shapes))


def _detail(answer: ShapeAnswer) -> str:
    gates = answer.ctor.gates
    return f"{gates} gate{'s' if gates > 1 else ''}, H = {answer.spec.hidden_size}"


def _layer_block(answer: ShapeAnswer, layer: Dim, last: bool) -> Block:
    spec, s = answer.spec, answer.shapes
    d = spec.directions
    detail = ("forward ->  backward <-" if d == 2 else "forward ->") + "   " + _detail(answer)
    rows = _rows(layer, d, last and layer != 0)
    shapes = [_state_shape(answer, d, spec.hidden_out)]
    if s.c_0 is not None:
        shapes.append(_state_shape(answer, d, spec.hidden_size))
    names_in = [f"h_0{rows}"] + ([f"c_0{rows}"] if s.c_0 is not None else [])
    names_out = [f"h_n{rows}"] + ([f"c_n{rows}"] if s.c_n is not None else [])
    return Block(
        title=f"layer {layer}",
        detail=detail,
        state_in=_states(names_in, shapes),
        state_out=_states(names_out, shapes),
        below="" if last else format_shape(s.output.shape),
    )


def _cell_picture(answer: ShapeAnswer) -> Picture:
    s = answer.shapes
    lstm = s.c_0 is not None
    block = Block(
        title=f"nn.{answer.ctor.name}",
        detail=f"one time step   {_detail(answer)}",
        state_in=("hx, cx" if lstm else "hx") + f"  {format_shape(s.h_0.shape)}",
        state_out=("h', c'" if lstm else "h'") + f"  {format_shape(s.output.shape)}",
        below="",
    )
    return Picture(answer.module_text, f"input {format_shape(s.input.shape)}", (block,),
                   f"h' {format_shape(s.output.shape)}  (feed back as hx next step)",
                   (f"c' {format_shape(s.c_n.shape)}",) if lstm else ())


def picture(answer: ShapeAnswer) -> Picture:
    """The layer laid out bottom-up: input, each layer (or a gap), output and final states."""
    if answer.ctor.is_cell:
        return _cell_picture(answer)
    s, layers = answer.shapes, answer.spec.num_layers
    blocks: list[Block] = []
    if isinstance(layers, int) and layers <= _DRAWN_LAYERS:
        blocks = [_layer_block(answer, k, k == layers - 1) for k in range(layers)]
    else:
        last = add(layers, -1)
        blocks = [_layer_block(answer, 0, False), _layer_block(answer, 1, False)] \
            if isinstance(layers, int) else [_layer_block(answer, 0, False)]
        first_hidden = 2 if isinstance(layers, int) else 1
        gap_end = add(layers, -2)
        blocks.append(Block(f"layers {first_hidden} .. {gap_end}", "the same as the layer below",
                            "", "", format_shape(s.output.shape), gap=True))
        blocks.append(_layer_block(answer, last, True))
    finals = (f"h_n {format_shape(s.h_n.shape)}",)
    if s.c_n is not None:
        finals += (f"c_n {format_shape(s.c_n.shape)}",)
    return Picture(answer.module_text, f"input {format_shape(s.input.shape)}", tuple(blocks),
                   f"output {format_shape(s.output.shape)}", finals)


# --- the terminal -----------------------------------------------------------------------------

_UNICODE = {"h": "─", "v": "│", "tl": "┌", "tr": "┐", "bl": "└", "br": "┘", "up": "▲",
            "in": "◀──", "out": "──▶", "gap": "┆"}
_ASCII = {"h": "-", "v": "|", "tl": "+", "tr": "+", "bl": "+", "br": "+", "up": "^",
          "in": "<--", "out": "-->", "gap": ":"}


def draw(pic: Picture, unicode: bool = True) -> list[str]:
    """The picture as lines of text: the output at the top and the input at the bottom, as
    data flows up through a stack of layers; states enter and leave each box on its right."""
    g = _UNICODE if unicode else _ASCII
    inner = max(34, *(len(b.title) + len(b.detail) + 5 for b in pic.blocks))
    pad, arrow = "   ", " " * 7
    lines = [pic.title, "", f"{pic.output}    {'   '.join(pic.finals)}".rstrip(), arrow + g["up"]]
    for index in range(len(pic.blocks) - 1, -1, -1):
        block = pic.blocks[index]
        if block.gap:
            lines.append(f"{arrow}{g['gap']}  {block.title}: {block.detail}")
        else:
            body = f" {block.title}   {block.detail}".ljust(inner)
            lines += [
                f"{pad}{g['tl']}{g['h'] * inner}{g['tr']} {g['out']} {block.state_out}",
                f"{pad}{g['v']}{body}{g['v']}",
                f"{pad}{g['bl']}{g['h'] * inner}{g['br']} {g['in']} {block.state_in}",
            ]
        lines.append(arrow + g["up"])
        below = pic.blocks[index - 1].below if index else ""
        lines.append(f"{arrow}{g['v']} {below}".rstrip())
    lines.append(pic.input)
    return lines


def text_diagram(answer: ShapeAnswer, unicode: bool = True) -> str:
    return "\n".join(draw(picture(answer), unicode))
