"""`lstmcheck shape`: the shapes a recurrent layer takes and gives.

Imports only typer at module level: `lstmcheck shape` must start nearly as fast as a bare
Typer app (benchmarks/startup.py).
"""

from __future__ import annotations

import sys
from enum import Enum
from typing import Optional

import typer

from lstmcheck.cli.common import EXIT_FINDINGS, fail
from lstmcheck.cli.explain import explain  # noqa: F401 - registered beside shape in cli/__init__


class Mode(str, Enum):
    lstm = "lstm"
    gru = "gru"
    rnn = "rnn"
    lstm_cell = "lstm-cell"
    gru_cell = "gru-cell"
    rnn_cell = "rnn-cell"


def shape(
    expression: Optional[str] = typer.Argument(
        None, help="A constructor as in your code, e.g. 'nn.LSTM(10, 20, bidirectional=True)'. "
        "Parsed, never run."),
    mode: Optional[Mode] = typer.Option(None, "--mode", "-m", help="The layer (default lstm)."),
    input_size: Optional[int] = typer.Option(None, "--input-size", "-i", help="input_size (H_in)."),
    hidden_size: Optional[int] = typer.Option(None, "--hidden-size", "-H",
                                              help="hidden_size (H_cell); required without an expression."),
    num_layers: Optional[int] = typer.Option(None, "--num-layers", "-L", help="num_layers (default 1)."),
    bias: Optional[bool] = typer.Option(None, "--bias/--no-bias", help="bias (default on)."),
    batch_first: Optional[bool] = typer.Option(None, "--batch-first/--no-batch-first",
                                               help="batch_first (default off)."),
    bidirectional: Optional[bool] = typer.Option(None, "--bidirectional/--no-bidirectional",
                                                 help="bidirectional (default off)."),
    proj_size: Optional[int] = typer.Option(None, "--proj-size", help="proj_size (LSTM only)."),
    nonlinearity: Optional[str] = typer.Option(None, "--nonlinearity", help="'tanh' or 'relu' (RNN)."),
    dropout: Optional[float] = typer.Option(None, "--dropout", help="dropout between layers."),
    seq_len: Optional[int] = typer.Option(None, "--seq-len", "-T", help="Sequence length (L)."),
    batch: Optional[int] = typer.Option(None, "--batch", "-N", help="Batch size (N)."),
    unbatched: bool = typer.Option(False, "--unbatched", help="Input without a batch dimension."),
    input_shape: Optional[str] = typer.Option(
        None, "--input-shape", help="The input's shape, e.g. 7,3,10 (read per --batch-first)."),
    dtype: Optional[str] = typer.Option(
        None, "--dtype", help="float32 (default), float64, float16 or bfloat16; torch.float16 "
        "and half also do."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    verify: bool = typer.Option(False, "--verify",
                                help="Confirm every shape with torch on the meta device."),
    explain: bool = typer.Option(False, "--explain",
                                 help="After the table, explain this layer in plain words."),
    diagram: bool = typer.Option(False, "--diagram",
                                 help="Draw the layer: layers, directions, states, each arrow's shape."),
    svg: Optional[str] = typer.Option(None, "--svg", metavar="FILE",
                                      help="Write the same picture as a standalone SVG file."),
) -> None:
    """Print the shapes a recurrent layer takes and gives, and its parameters.

    Paste the line from your code: 'lstm = nn.LSTM(10, 20, batch_first=True)  # encoder'
    works, and flags fill in what it leaves open ('nn.LSTM(10)' -H 20).
    """
    from lstmcheck.calculator import ShapeRequest, UsageError, calculate

    request = ShapeRequest(
        expression=expression, mode=mode.value if mode else None, input_size=input_size,
        hidden_size=hidden_size, num_layers=num_layers, bias=bias, batch_first=batch_first,
        bidirectional=bidirectional, proj_size=proj_size, nonlinearity=nonlinearity,
        dropout=dropout, seq_len=seq_len, batch=batch, unbatched=unbatched,
        input_shape=input_shape, dtype=dtype,
    )
    try:
        answer = calculate(request)
    except UsageError as exc:
        raise fail(str(exc)) from None
    verified = None
    if verify:
        from lstmcheck.verify import TorchMissing, VerifyMismatch, verify_answer

        try:
            verified = verify_answer(answer)
        except TorchMissing as exc:
            raise fail(str(exc)) from None
        except VerifyMismatch as exc:
            sys.stderr.write(f"lstmcheck: error: torch disagrees: {exc}\n")
            raise typer.Exit(EXIT_FINDINGS) from None
    if svg is not None:
        from lstmcheck.svg import SvgError, write_svg

        try:
            write_svg(answer, svg)
        except SvgError as exc:
            raise fail(str(exc)) from None
    if as_json:
        from lstmcheck.report.shape_json import render

        print(render(answer, verified))
        return
    from lstmcheck.report.shape_text import print_answer

    print_answer(answer, sys.stdout, verified, explain=explain, diagram=diagram)
