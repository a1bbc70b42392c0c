"""From a new-user trial: what the Python API and `shape` must refuse, as torch does."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

torch = pytest.importorskip("torch")
nn = torch.nn

from lstmcheck import ShapeError, shapes  # noqa: E402


@pytest.mark.parametrize("flag", [{"num_layers": 3}, {"batch_first": True},
                                  {"bidirectional": True}, {"proj_size": 5}, {"bias": False}])
def test_a_flag_never_replaces_a_live_modules_default_value(flag: dict) -> None:
    module = nn.LSTM(10, 20)  # every flag above differs from what this module holds
    with pytest.raises(ShapeError, match="conflicts with the module's"):
        shapes(module, **flag)


def test_a_flag_that_agrees_with_the_module_and_a_tensor_as_input_are_fine() -> None:
    module = nn.LSTM(10, 20, batch_first=True)
    x = torch.zeros(3, 5, 10)
    report = shapes(module, batch_first=True, num_layers=1, input=x)
    output, (h_n, c_n) = module(x)
    assert report.output == tuple(output.shape) and report.h_n == tuple(h_n.shape)


def test_shape_refuses_a_true_division_as_torch_does() -> None:
    with pytest.raises(TypeError, match="hidden_size should be of type int"):
        nn.LSTM(10, 40 / 2)
    run = subprocess.run([sys.executable, "-m", "lstmcheck", "shape", "nn.LSTM(10, 40 / 2)"],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "hidden_size should be of type int" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    floor = subprocess.run([sys.executable, "-m", "lstmcheck", "shape", "nn.LSTM(10, 40 // 2)",
                            "-T", "5", "-N", "3", "--json"], capture_output=True, text=True)
    output, _ = nn.LSTM(10, 40 // 2)(torch.zeros(5, 3, 10))
    assert floor.returncode == 0 and json.loads(floor.stdout)["output"] == list(output.shape)


@pytest.mark.parametrize("keywords, said, not_said", [
    ({"input_size": 10}, "give hidden_size", "--hidden-size"),
    ({"hidden_size": 20, "seq_len": -1}, "seq_len=-1:", "--seq-len"),
    ({"hidden_size": 20, "input": (5, 3, 7), "input_size": 4}, "input=(5, 3, 7) has 7 features",
     "--input-shape"),
    ({"hidden_size": 20, "input": (5, 3, 7), "batch": 4}, "batch=4 conflicts with input=(5, 3, 7)",
     "--batch"),
    ({"hidden_size": 20, "mode": "lstm-cell", "seq_len": 3}, "(use mode=lstm for a sequence)",
     "--mode"),
    ({"hidden_size": 20, "dtype": "foo"}, "dtype='foo' is not one of", "--dtype"),
    ({"hidden_size": 20, "mode": "XX"}, "mode='XX' is not one of lstm, gru", "KeyError"),
])
def test_api_errors_name_the_keywords_the_caller_passed(keywords, said, not_said):
    """shapes() is called with keywords: its errors say `seq_len=-1`, not the CLI's `--seq-len -1`."""
    with pytest.raises(ShapeError) as raised:
        shapes(**keywords)
    assert said in str(raised.value)
    assert not_said not in str(raised.value)


def test_switches_are_written_as_the_bool_to_pass():
    from lstmcheck.api import in_api_words

    said = in_api_words("add --batch-first or --no-batch-first to say which; --unbatched and --batch 3")
    assert said == "add batch_first=True or batch_first=False to say which; unbatched=True and batch=3"
