"""Mistakes a new user made with `lstmcheck shape` that it used to answer with a shape:
a size written with `/` and an `--input-shape` with an empty or unreadable part."""

from __future__ import annotations

import pytest
import torch
from torch import nn
from typer.testing import CliRunner

from lstmcheck.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["shape", *args])


@pytest.mark.parametrize("line, name", [
    ("nn.GRU(10, hidden/2)", "hidden_size"),
    ("nn.LSTM(emb / 2, 20)", "input_size"),
    ("nn.GRU(10, (a + b) / 2)", "hidden_size"),
    ("nn.RNN(10, 20, layers / 2)", "num_layers"),
])
def test_a_size_written_with_true_division_is_refused_as_torch_refuses_it(line, name):
    result = run(line)
    assert result.exit_code == 2, result.output
    # torch's own words for the float any `/` gives, whatever the names hold.
    layer = {"hidden_size": lambda: nn.GRU(10, 1.5), "input_size": lambda: nn.LSTM(1.5, 20),
             "num_layers": lambda: nn.RNN(10, 20, 1.5)}[name]
    with pytest.raises(TypeError) as raised:
        layer()
    assert str(raised.value) in result.output
    assert "//" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("line", ["nn.GRU(10, hidden // 2)", "nn.LSTM(10, 20, dropout=p / 2)",
                                  "nn.GRU(10, int(h / 2))"])
def test_floor_division_and_a_float_dropout_are_answered(line):
    result = run(line)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("shape", ["5,x,10", "5,,10", "5, ,10", ",5,10"])
def test_an_input_shape_with_an_empty_part_is_an_error_not_an_unbatched_sequence(shape):
    result = run("nn.LSTM(10, 20)", "--input-shape", shape)
    assert result.exit_code == 2, result.output
    assert "--input-shape" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("shape", ["5,3,10", "5x3x10", "(5, 3, 10)", "5,3,10,"])
def test_the_written_forms_of_an_input_shape_agree_with_torch(shape):
    result = run("nn.LSTM(10, 20)", "--input-shape", shape)
    assert result.exit_code == 0, result.output
    output, _ = nn.LSTM(10, 20)(torch.zeros(5, 3, 10))
    assert f"({', '.join(map(str, output.shape))})" in result.output


def test_a_pasted_snippet_points_to_the_command_that_follows_it():
    snippet = ("import torch\nimport torch.nn as nn\nlstm = nn.LSTM(10, 20)\n"
               "x = torch.zeros(5, 3, 10)\nout, (h, c) = lstm(x)\n")
    result = run(snippet)
    assert result.exit_code == 2
    assert "lstmcheck check - --show-shapes" in result.output
    followed = runner.invoke(app, ["check", "-", "--show-shapes", "--no-cache"], input=snippet)
    out, (h, c) = nn.LSTM(10, 20)(torch.zeros(5, 3, 10))
    assert f"output  ({', '.join(map(str, out.shape))})" in followed.output
    assert f"h_n     ({', '.join(map(str, h.shape))})" in followed.output


@pytest.mark.parametrize("line, shape, hint", [
    ("nn.LSTM(input_size=6, hidden_size=8)", "6,16,8", True),
    ("nn.GRU(6, 8, batch_first=True)", "16,6,8", True),
    ("nn.LSTM(5, 8)", "6,16,8", False),
])
def test_sequence_length_as_input_size_is_named_as_check_names_it(line, shape, hint):
    result = run(line, "--input-shape", shape)
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    with pytest.raises(RuntimeError) as raised:  # torch rejects it: the error stands either way
        eval(line, {"nn": nn})(torch.zeros(*map(int, shape.split(","))))
    assert str(raised.value) in result.output
    assert ("is the sequence length here" in result.output) is hint
