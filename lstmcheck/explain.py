"""Plain-language accounts for someone who has just met a recurrent layer.

`explain_answer` words one configuration: what each size means, where each output dimension
comes from, what batch_first does and does not change, what h_n[-1] is, what proj_size
changes. `overview` says what the six layers are for. Every number comes from the answer that
the shape calculator worked out, so the words and the table cannot disagree.
"""

from __future__ import annotations

from lstmcheck.calculator import ShapeAnswer
from lstmcheck.formulas import Dim, format_shape, mul

_GATES = {
    "LSTM": "4 gates (input, forget, cell and output)",
    "GRU": "3 gates (reset, update and new)",
}

OVERVIEW = """\
A recurrent layer reads a sequence one step at a time (words of a sentence, frames of a
signal) and carries a hidden state h from each step to the next: its memory of what it has
read so far. torch has six of them:

  nn.LSTM     whole sequences; a cell state c beside h lets it remember over long spans
              (4 gates). The usual first choice.
  nn.GRU      whole sequences; like the LSTM with 3 gates and no separate c: fewer weights.
  nn.RNN      whole sequences; the plain recurrence h' = tanh(W x + U h + b): simplest,
              forgets quickly.
  nn.LSTMCell, nn.GRUCell, nn.RNNCell
              one time step of one layer: you write the loop over the sequence yourself
              (for decoders that feed their output back in, or custom steps).

Their two sizes are the same for all six:
  input_size   features in each step of the input (H_in), e.g. an embedding's size
  hidden_size  features in the hidden state h (H_out; an LSTM's cell state c: H_cell): the layer's memory width
The sequence length (L) and the batch size (N) are never constructor arguments: one layer
takes sequences of any length and batches of any size.

The three whole-sequence layers also take num_layers (layers stacked, each reading the output
of the one below), bidirectional (a second pass reads the sequence backwards, D = 2),
batch_first (input and output as (N, L, H) instead of (L, N, H)) and dropout (between stacked
layers); nn.LSTM also takes proj_size (h projected to fewer features).

Try:  lstmcheck shape 'nn.LSTM(10, 20, batch_first=True)' --explain --diagram
"""


def overview() -> str:
    """What the six layers are for, and what their sizes mean."""
    return OVERVIEW


def _n(d: Dim) -> str:
    return f"{d:,}" if isinstance(d, int) else str(d)


def _hidden_features(answer: ShapeAnswer) -> str:
    """torch's names: H_out for h (proj_size when an LSTM projects it), H_cell for an LSTM's c."""
    spec, n = answer.spec, _n(answer.spec.hidden_size)
    if not answer.ctor.has_cell_state:
        return f"the hidden state h has {n} features (H_out)"
    if spec.has_projection:
        return (f"the cell state c has {n} features (H_cell), and so has h before proj_size "
                "projects it (H_out = proj_size)")
    return f"the hidden state h and the cell state c have {n} features each (H_out = H_cell)"


def _sizes(answer: ShapeAnswer) -> list[str]:
    spec, name = answer.spec, answer.ctor.name
    out = [
        f"input_size = {_n(spec.input_size)}: each time step of the input carries "
        f"{_n(spec.input_size)} features (H_in), e.g. the size of a word embedding or the "
        "number of measurements per time step.",
        f"hidden_size = {_n(spec.hidden_size)}: " + _hidden_features(answer)
        + ". It is the layer's memory width, chosen by you; "
        + (f"the layer learns weights for {_GATES[name.removesuffix('Cell')]}, stacked, so "
           f"weight_ih has {_n(mul(answer.ctor.gates, spec.hidden_size))} rows."
           if answer.ctor.gates > 1 else
           f"the plain recurrence has no gates, so weight_ih has {_n(spec.hidden_size)} rows."),
    ]
    if answer.ctor.is_cell:
        out.append(
            f"nn.{name} is one time step of one layer: it takes one step of input "
            f"{format_shape(answer.shapes.input.shape)} and the previous state, and returns the "
            "next state. You loop over the sequence yourself and feed the state back in."
        )
        return out
    out.append(
        "The sequence length (L) and the batch size (N) are not constructor arguments: the same "
        "layer takes sequences of any length and batches of any size. They only appear in the "
        "tensors you pass" + _given_data_dims(answer) + "."
    )
    return out


def _given_data_dims(answer: ShapeAnswer) -> str:
    given = [f"{name} = {_n(d)}" for name, d in (("L", answer.seq_len), ("N", answer.batch))
             if isinstance(d, int) and not (name == "N" and answer.unbatched)]
    return f" (here {', '.join(given)})" if given else ""


def _input_output(answer: ShapeAnswer) -> list[str]:
    spec, s = answer.spec, answer.shapes
    d = spec.directions
    if answer.ctor.is_cell:
        return [f"h' {format_shape(s.output.shape)} is the new hidden state: pass it back in as "
                "hx at the next step" + (", with c' as cx" if s.c_n is not None else "") + "."]
    order = "(N, L, H_in): batch first" if spec.batch_first else "(L, N, H_in): sequence first"
    if answer.unbatched:
        order = "(L, H_in): one sequence, no batch dimension"
    out = [f"input {format_shape(s.input.shape)} is {order}."]
    width = (f"{d} directions x H_out = {_n(mul(d, spec.hidden_out))} features"
             if d == 2 else f"H_out = {_n(spec.hidden_out)} features")
    out.append(
        f"output {format_shape(s.output.shape)} holds, for every time step, the hidden state "
        f"of the last layer only: {width}"
        + (" (forward and backward concatenated)" if d == 2 else "") + "."
    )
    rows = mul(d, spec.num_layers)
    if rows == 1:
        count = "the final hidden state, in 1 row (D*num_layers = 1). "
    else:
        count = (f"the final hidden state of every layer{' and direction' if d == 2 else ''}: "
                 f"{_n(rows)} rows (D*num_layers = {d}*{_n(spec.num_layers)}), "
                 + ("ordered layer by layer, forward then backward. " if d == 2
                    else "one per layer, lowest first. "))
    out.append(
        f"h_n {format_shape(s.h_n.shape)} holds {count}"
        + ("h_n[-1] is the last layer's backward direction alone, which has read the sequence "
           "from its end to its start; for a summary of both directions use "
           "torch.cat((h_n[-2], h_n[-1]), dim=-1)."
           if d == 2 else
           "h_n[-1] is the last layer's state after the last step, the same as the output's "
           "last step: the usual input to a classifier head.")
    )
    if s.c_n is not None:
        out.append(f"c_n {format_shape(s.c_n.shape)} is the LSTM's cell state, its long-term "
                   f"memory, with hidden_size ({_n(spec.hidden_size)}) features per row.")
    if s.c_0 is not None:
        out.append("h_0 and c_0 are optional: leave them out and torch starts from zeros. "
                   "Their shapes are those of h_n and c_n.")
    else:
        out.append("h_0 is optional: leave it out and torch starts from zeros. Its shape is "
                   "that of h_n.")
    return out


def _options(answer: ShapeAnswer) -> list[str]:
    spec = answer.spec
    if answer.ctor.is_cell:
        return []
    out = []
    if spec.batch_first:
        out.append("batch_first=True swaps the first two dimensions of input and output only: "
                   + ("h_0, h_n, c_0 and c_n" if answer.ctor.has_cell_state else "h_0 and h_n")
                   + " are never batch-first, they stay (D*num_layers, N, H).")
    else:
        out.append("batch_first is False (the default): input and output are sequence-first. "
                   "If your batches come as (N, L, H_in), as a DataLoader gives them, pass "
                   "batch_first=True rather than transposing; the states are never batch-first.")
    if spec.num_layers != 1:
        rows, width = mul(answer.ctor.gates, spec.hidden_size), mul(spec.directions, spec.hidden_out)
        above, first = format_shape((rows, width)), format_shape((rows, spec.input_size))
        compared = ("the same as layer 0's, whose input happens to have as many features"
                    if above == first else f"where layer 0's is {first}")
        out.append(
            f"num_layers = {_n(spec.num_layers)}: the layers are stacked, and each layer above "
            f"the first reads the output of the one below ({_n(width)} features per step), so "
            f"its weight_ih is {above}, {compared}."
        )
    if answer.ctor.has_cell_state:
        if spec.has_projection:
            out.append(
                f"proj_size = {_n(spec.proj_size)}: after each step h is projected from "
                f"{_n(spec.hidden_size)} down to {_n(spec.proj_size)} features (weight_hr). So "
                f"output and h_n carry {_n(spec.proj_size)} features (H_out), while c_n keeps "
                f"hidden_size ({_n(spec.hidden_size)})."
            )
        else:
            out.append("proj_size is 0 (the default): no projection, H_out = hidden_size.")
    return out


def explain_answer(answer: ShapeAnswer) -> list[str]:
    """Paragraphs about this very configuration, in the order a learner asks."""
    first = (f"nn.{answer.ctor.name} reads a sequence one step at a time and carries a hidden "
             "state h" + (" and a cell state c" if answer.ctor.has_cell_state else "")
             + " from step to step.")
    if answer.ctor.is_cell:
        first = (f"nn.{answer.ctor.name} computes one step of a recurrent layer: from one input "
                 "step and the previous state, the next state.")
    paragraphs = [first, *_sizes(answer), *_input_output(answer), *_options(answer)]
    if answer.symbols:
        paragraphs.append("Sizes shown by name (" + ", ".join(answer.symbols) + ") are the ones "
                          "you did not give as numbers; the formulas hold for any value.")
    return paragraphs
