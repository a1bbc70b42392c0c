"""`lstmcheck shape` as a user runs it: flags, JSON, errors, --verify, and what it imports.

Most runs go through typer's CliRunner on `lstmcheck.cli.app`; the import and missing-torch
checks run `python -m lstmcheck` in a subprocess. Shapes in the output are checked against
real torch modules and forward passes wherever torch can say what is right.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import warnings

import pytest
import torch
from torch import nn
from typer.testing import CliRunner

from lstmcheck.cli import app

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

CLASS_OF_MODE = {
    "lstm": "LSTM", "gru": "GRU", "rnn": "RNN",
    "lstm-cell": "LSTMCell", "gru-cell": "GRUCell", "rnn-cell": "RNNCell",
}
TORCH_DTYPES = {"float32": torch.float32, "float64": torch.float64,
                "float16": torch.float16, "bfloat16": torch.bfloat16}
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["shape", *args])


def run_json(*args: str) -> dict:
    result = run(*args, "--json")
    assert result.exit_code == 0, (args, result.stdout, result.stderr)
    assert result.stderr == ""
    return json.loads(result.stdout)


def assert_usage_error(result) -> str:
    """Exit 2, nothing on stdout, one line on stderr, no traceback. Returns that line."""
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("lstmcheck: error: ")
    assert "Traceback" not in result.stderr
    return lines[0]


def torch_error(build) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(Exception) as info:
            build()
    return str(info.value)


# --- shapes through the CLI, checked by torch ---------------------------------------------

def torch_forward(doc: dict, module: nn.Module, dtype=torch.float32) -> dict:
    """Run the module on the JSON's input, h_0 and c_0; return what torch gives back."""
    x = torch.randn(doc["input"], dtype=dtype)
    h0 = torch.randn(doc["h_0"], dtype=dtype)
    hx = (h0, torch.randn(doc["c_0"], dtype=dtype)) if doc["c_0"] is not None else h0
    with torch.no_grad():
        result = module(x, hx)
    lstm = doc["c_0"] is not None
    if isinstance(module, nn.RNNCellBase):
        h, c = result if lstm else (result, None)
        out = h
    else:
        out, state = result
        h, c = state if lstm else (state, None)
    return {"output": list(out.shape), "h_n": list(h.shape),
            "c_n": None if c is None else list(c.shape)}


def assert_doc_matches(doc: dict, module: nn.Module, dtype=torch.float32) -> None:
    got = torch_forward(doc, module, dtype)
    assert {k: doc[k] for k in got} == got
    assert doc["parameters"] == [{"name": n, "shape": list(p.shape)}
                                 for n, p in module.named_parameters()]
    assert doc["num_parameters"] == sum(p.numel() for p in module.parameters())
    assert doc["num_bytes"] == sum(p.numel() * p.element_size() for p in module.parameters())


FLAG_CASES = [
    # (CLI flags, mode, torch constructor kwargs)
    (["-i", "7", "-H", "11", "-T", "5", "-N", "3"], "lstm", {}),
    (["--mode", "lstm", "-i", "7", "-H", "11", "-L", "2", "-T", "5", "-N", "3"], "lstm", {"num_layers": 2}),
    (["-m", "gru", "-i", "7", "-H", "11", "--bidirectional", "-T", "5", "-N", "3"], "gru", {"bidirectional": True}),
    (["-m", "rnn", "-i", "7", "-H", "11", "--nonlinearity", "relu", "--no-bias", "-T", "2", "-N", "1"],
     "rnn", {"nonlinearity": "relu", "bias": False}),
    (["-i", "7", "-H", "11", "--batch-first", "-T", "5", "-N", "3"], "lstm", {"batch_first": True}),
    (["-i", "7", "-H", "11", "--no-batch-first", "--no-bidirectional", "--bias", "-T", "5", "-N", "3"],
     "lstm", {"batch_first": False, "bidirectional": False, "bias": True}),
    (["-i", "7", "-H", "11", "-L", "2", "--bidirectional", "--proj-size", "4", "-T", "5", "-N", "3"],
     "lstm", {"num_layers": 2, "bidirectional": True, "proj_size": 4}),
    (["-i", "7", "-H", "11", "-L", "3", "--proj-size", "4", "--batch-first", "-T", "2", "-N", "2"],
     "lstm", {"num_layers": 3, "proj_size": 4, "batch_first": True}),
    (["-i", "7", "-H", "11", "-L", "2", "--dropout", "0.3", "-T", "5", "-N", "3"],
     "lstm", {"num_layers": 2, "dropout": 0.3}),
    (["-i", "7", "-H", "11", "-L", "2", "--bidirectional", "--unbatched", "-T", "5"],
     "gru", {"num_layers": 2, "bidirectional": True}),
    (["-i", "7", "-H", "11", "--input-shape", "3,5,7", "--batch-first"], "lstm", {"batch_first": True}),
    (["-H", "11", "--input-shape", "5,7"], "rnn", {}),
    (["-H", "11", "--input-shape", "(5, 0, 7)"], "gru", {}),
    (["-m", "lstm-cell", "-i", "7", "-H", "11", "-N", "3"], "lstm-cell", {}),
    (["-m", "gru-cell", "-i", "7", "-H", "11", "--unbatched"], "gru-cell", {}),
    (["-m", "rnn-cell", "-i", "7", "-H", "11", "--nonlinearity", "relu", "--no-bias", "-N", "2"],
     "rnn-cell", {"nonlinearity": "relu", "bias": False}),
    (["-m", "lstm-cell", "-H", "11", "--input-shape", "7"], "lstm-cell", {}),
    (["-m", "rnn-cell", "-H", "11", "--input-shape", "4,7"], "rnn-cell", {}),
]


@pytest.mark.parametrize("flags,mode,kwargs", FLAG_CASES, ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_flags_give_torch_shapes(flags, mode, kwargs):
    if "--mode" not in flags and "-m" not in flags and mode != "lstm":
        flags = ["-m", mode, *flags]
    doc = run_json(*flags)
    assert doc["mode"] == mode
    assert doc["input"][-1] == 7
    module = getattr(nn, CLASS_OF_MODE[mode])(7, 11, **kwargs)
    assert_doc_matches(doc, module)


@pytest.mark.parametrize("dtype", list(TORCH_DTYPES))
def test_dtype_flag(dtype):
    doc = run_json("-m", "gru", "-i", "3", "-H", "5", "-L", "2", "-T", "2", "-N", "2", "--dtype", dtype)
    assert doc["dtype"] == dtype
    module = nn.GRU(3, 5, 2, dtype=TORCH_DTYPES[dtype])
    assert_doc_matches(doc, module, TORCH_DTYPES[dtype])


@pytest.mark.parametrize("mode", list(CLASS_OF_MODE))
def test_json_contract(mode):
    doc = run_json("-m", mode, "-i", "3", "-H", "5", "-N", "2")
    for key in ("input", "output", "h_n", "c_n", "h_0", "c_0", "parameters", "num_parameters"):
        assert key in doc
    lstm = mode in ("lstm", "lstm-cell")
    for key in ("input", "output", "h_n", "h_0") + (("c_n", "c_0") if lstm else ()):
        assert isinstance(doc[key], list) and doc[key]
        assert all(isinstance(d, (int, str)) and not isinstance(d, bool) for d in doc[key])
    if not lstm:
        assert doc["c_n"] is None and doc["c_0"] is None
    assert isinstance(doc["num_parameters"], int)
    for p in doc["parameters"]:
        assert set(p) == {"name", "shape"} and isinstance(p["name"], str)
        assert all(isinstance(d, int) for d in p["shape"])
    module = getattr(nn, CLASS_OF_MODE[mode])(3, 5)
    assert doc["num_parameters"] == sum(p.numel() for p in module.parameters())
    # the sequence length was not given: it stays the symbol L
    if not mode.endswith("-cell"):
        assert doc["input"][0] == "L"


def test_symbolic_output():
    doc = run_json("nn.LSTM(emb_dim, hidden, bidirectional=True)")
    assert doc["output"] == ["L", "N", "2*hidden"]
    assert doc["h_n"] == [2, "N", "hidden"]
    assert doc["c_n"] == [2, "N", "hidden"]
    assert doc["input"] == ["L", "N", "emb_dim"]
    assert isinstance(doc["num_parameters"], str)


def test_expression_with_flags_filling_symbols():
    doc = run_json("nn.LSTM(emb, hidden, 2, batch_first=True)", "-i", "7", "-H", "11", "-T", "5", "-N", "3")
    assert_doc_matches(doc, nn.LSTM(7, 11, 2, batch_first=True))


def test_text_output_shows_torch_numbers():
    result = run("nn.LSTM(7, 11, 2, bidirectional=True, proj_size=4)", "-T", "5", "-N", "3")
    assert result.exit_code == 0 and result.stderr == ""
    module = nn.LSTM(7, 11, 2, bidirectional=True, proj_size=4)
    with torch.no_grad():
        out, (h, c) = module(torch.randn(5, 3, 7))
    for tensor in (out, h, c):
        assert str(tuple(tensor.shape)) in result.stdout
    assert f"{sum(p.numel() for p in module.parameters()):,}" in result.stdout
    for name, _ in module.named_parameters():
        assert name in result.stdout


def test_dropout_with_one_layer_warns_on_stdout_not_stderr():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nn.LSTM(3, 5, dropout=0.5)
    assert caught  # torch warns about this configuration ...
    doc = run_json("-i", "3", "-H", "5", "--dropout", "0.5")
    assert doc["warnings"] and "dropout" in doc["warnings"][0]  # ... and so do we
    assert run_json("-i", "3", "-H", "5", "-L", "2", "--dropout", "0.5")["warnings"] == []


# --- errors: exit 2, one line, torch's own words where torch refuses ----------------------

TORCH_REFUSES = [
    (["-i", "0", "-H", "4"], lambda: nn.LSTM(0, 4)),
    (["-i", "3", "-H", "0"], lambda: nn.LSTM(3, 0)),
    (["-i", "-2", "-H", "4", "-m", "gru"], lambda: nn.GRU(-2, 4)),
    (["-i", "3", "-H", "-1", "-m", "rnn"], lambda: nn.RNN(3, -1)),
    (["-i", "3", "-H", "4", "--num-layers", "0"], lambda: nn.LSTM(3, 4, 0)),
    (["-i", "3", "-H", "4", "-L", "-1"], lambda: nn.LSTM(3, 4, -1)),
    (["-i", "3", "-H", "4", "--proj-size", "4"], lambda: nn.LSTM(3, 4, proj_size=4)),
    (["-i", "3", "-H", "4", "--proj-size", "9"], lambda: nn.LSTM(3, 4, proj_size=9)),
    (["-i", "3", "-H", "4", "--proj-size", "-1"], lambda: nn.LSTM(3, 4, proj_size=-1)),
    (["-m", "gru", "-i", "3", "-H", "4", "--proj-size", "2"], lambda: nn.GRU(3, 4, proj_size=2)),
    (["-m", "rnn", "-i", "3", "-H", "4", "--proj-size", "0"], lambda: nn.RNN(3, 4, proj_size=0)),
    (["-i", "3", "-H", "4", "-L", "2", "--dropout", "1.5"], lambda: nn.LSTM(3, 4, 2, dropout=1.5)),
    (["-i", "3", "-H", "4", "-L", "2", "--dropout", "-0.1"], lambda: nn.LSTM(3, 4, 2, dropout=-0.1)),
    (["-m", "rnn", "-i", "3", "-H", "4", "--nonlinearity", "sigmoid"],
     lambda: nn.RNN(3, 4, nonlinearity="sigmoid")),
    (["-m", "rnn", "-i", "3", "-H", "4", "--nonlinearity", "Tanh"], lambda: nn.RNN(3, 4, nonlinearity="Tanh")),
    (["nn.LSTM(10, 20, 2, 0.5)"], lambda: nn.LSTM(10, 20, 2, 0.5)),
    (["nn.RNN(10, 20, 2, 0.5)"], lambda: nn.RNN(10, 20, 2, 0.5)),
    (["nn.LSTM(10, 20, hiden_size=3)"], lambda: nn.LSTM(10, 20, hiden_size=3)),
    (["nn.LSTM(10)"], lambda: nn.LSTM(10)),
    (["nn.LSTMCell(10, -1)"], lambda: nn.LSTMCell(10, -1)),
]


@pytest.mark.parametrize("args,build", TORCH_REFUSES, ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_invalid_configuration_quotes_torch(args, build):
    line = assert_usage_error(run(*args))
    message = torch_error(build)
    if "Trying to create tensor" in message:  # the allocator's text carries the shape
        message = re.sub(r" -?\d+: \[.*\]$", "", message)
    assert message in line


def test_forward_failure_is_refused_too():
    # RNNCell builds with an unknown nonlinearity; the first forward pass raises
    module = nn.RNNCell(3, 4, nonlinearity="sigmoid")
    message = torch_error(lambda: module(torch.randn(2, 3)))
    line = assert_usage_error(run("-m", "rnn-cell", "-i", "3", "-H", "4", "--nonlinearity", "sigmoid"))
    assert "RuntimeError" in line and "sigmoid" in line and "Unknown nonlinearity" in message


def test_seq_len_zero_quotes_torch():
    message = torch_error(lambda: nn.LSTM(3, 4)(torch.randn(0, 2, 3)))
    assert message in assert_usage_error(run("-i", "3", "-H", "4", "-T", "0"))


def test_input_shape_feature_mismatch_quotes_torch():
    message = torch_error(lambda: nn.LSTM(10, 20)(torch.randn(5, 3, 8)))
    assert message in assert_usage_error(run("nn.LSTM(10, 20)", "--input-shape", "5,3,8"))


@pytest.mark.parametrize("args,needles", [
    (["-i", "3"], ["--hidden-size"]),
    (["-m", "gru"], ["--hidden-size"]),
    (["nn.LSTM(10"], ["cannot parse"]),
    (["nn.LSTM(*sizes)"], ["*args"]),
    (["nn.LSTM(**config)"], ["**kwargs"]),
    (["nn.Linear(10, 20)"], ["nn.LSTM"]),
    (["10 + 20"], ["not a constructor call"]),
    (["nn.LSTM(10, 20)", "-H", "30"], ["20", "30"]),
    (["nn.LSTM(10, 20)", "-i", "12"], ["10", "12"]),
    (["nn.LSTM(10, 20, 2)", "-L", "3"], ["2", "3"]),
    (["nn.LSTM(10, 20, bidirectional=True)", "--no-bidirectional"], ["True", "False"]),
    (["nn.GRU(10, 20)", "--mode", "lstm"], ["lstm", "nn.GRU"]),
    (["-i", "10", "-H", "20", "--input-shape", "5,3,8"], ["8", "10"]),
    (["-i", "10", "-H", "20", "--input-shape", "5,3,10", "-N", "4"], ["4", "3"]),
    (["-i", "10", "-H", "20", "--input-shape", "5,3,10", "--unbatched"], ["--unbatched"]),
    (["-i", "10", "-H", "20", "--input-shape", "1,2,3,10"], ["4 dimensions"]),
    (["-i", "10", "-H", "20", "--input-shape", "abc"], ["abc"]),
    (["-i", "10", "-H", "20", "--unbatched", "-N", "3"], ["--unbatched", "3"]),
    (["-i", "10", "-H", "20", "-N", "-1"], ["-1"]),
    (["-i", "10", "-H", "20", "--nonlinearity", "relu"], ["nonlinearity"]),
    (["-m", "lstm-cell", "-i", "10", "-H", "20", "--batch-first"], ["batch_first"]),
    (["-m", "gru-cell", "-i", "10", "-H", "20", "-L", "2"], ["num_layers"]),
    (["-m", "rnn-cell", "-i", "10", "-H", "20", "-T", "3"], ["--seq-len"]),
    (["-i", "10", "-H", "20", "--dtype", "int8"], ["int8"]),
    (["nn.LSTM(10, 20, bias=use_bias)"], ["--bias"]),
])
def test_usage_errors(args, needles):
    line = assert_usage_error(run(*args))
    for needle in needles:
        assert needle in line, (needle, line)


# --- --verify ------------------------------------------------------------------------------

@pytest.mark.parametrize("mode", list(CLASS_OF_MODE))
def test_verify_prints_torch_version(mode):
    result = run("-m", mode, "-i", "3", "-H", "5", "-N", "2", "--verify")
    assert result.exit_code == 0, result.stderr
    assert torch.__version__ in result.stdout
    assert "verified" in result.stdout


def test_verify_json_and_symbols():
    doc = run_json("nn.LSTM(emb, hidden, layers, bidirectional=True, proj_size=p)", "--verify")
    assert doc["verify"]["status"] == "confirmed"
    assert doc["verify"]["torch_version"] == torch.__version__
    assert set(doc["verify"]["stand_ins"]) >= {"emb", "hidden", "layers", "p"}


def test_verify_catches_a_wrong_shape(monkeypatch):
    """--verify is not a rubber stamp: a wrong formula makes it fail with exit 1."""
    import dataclasses

    import lstmcheck.verify as verify

    real = verify.forward_shapes

    def wrong(*args, **kwargs):
        shapes = real(*args, **kwargs)
        bad = dataclasses.replace(shapes.output, shape=(*shapes.output.shape[:-1], 99))
        return dataclasses.replace(shapes, output=bad)

    monkeypatch.setattr(verify, "forward_shapes", wrong)
    result = run("-i", "3", "-H", "5", "--verify")
    assert result.exit_code == 1
    assert result.stderr.startswith("lstmcheck: error: torch disagrees")


# --- what `lstmcheck shape` imports, and life without torch --------------------------------

def _python(code: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=120, env=env)


@pytest.mark.parametrize("args", [
    ["-i", "3", "-H", "5"],
    ["-i", "3", "-H", "5", "--json"],
    ["nn.LSTM(emb, 20, bidirectional=True)", "--json"],
    ["-i", "0", "-H", "5"],
    ["lstm = nn.LSTM(10, 20, 2)  # encoder", "--explain", "--diagram"],
])
def test_shape_imports_neither_libcst_nor_torch(args):
    proc = _python(f"""
        import json, sys
        from lstmcheck.cli import app
        try:
            app(["shape", *{args!r}])
        except SystemExit as exc:
            code = exc.code
        print(json.dumps({{"code": code, "libcst": "libcst" in sys.modules,
                           "torch": "torch" in sys.modules}}), file=sys.stderr)
    """)
    report = json.loads(proc.stderr.strip().splitlines()[-1])
    assert report["code"] in (0, 2, None)
    assert report["libcst"] is False
    assert report["torch"] is False


def test_import_probe_sees_torch_under_verify():
    # the probe above is able to see an import when there is one
    proc = _python("""
        import sys
        from lstmcheck.cli import app
        try:
            app(["shape", "-i", "3", "-H", "5", "--verify"])
        except SystemExit:
            pass
        print("torch" in sys.modules, file=sys.stderr)
    """)
    assert proc.stderr.strip().splitlines()[-1] == "True"


def test_verify_without_torch_says_how_to_install(tmp_path):
    # a sitecustomize that hides torch, as on a machine without it
    (tmp_path / "sitecustomize.py").write_text("import sys\nsys.modules['torch'] = None\n")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "lstmcheck", "shape", "-i", "3", "-H", "5", "--verify"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("lstmcheck: error: ")
    assert "pip install 'lstmcheck[verify]'" in lines[0]
    assert proc.stdout == ""
    # without --verify the same machine still answers
    proc = subprocess.run([sys.executable, "-m", "lstmcheck", "shape", "-i", "3", "-H", "5", "--json"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0 and json.loads(proc.stdout)["output"] == ["L", "N", 5]


def test_python_dash_m_entry_point():
    proc = subprocess.run([sys.executable, "-m", "lstmcheck", "shape", "nn.GRU(7, 11, 2)",
                           "-T", "5", "-N", "3", "--json"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert_doc_matches(doc, nn.GRU(7, 11, 2))


@pytest.mark.parametrize("device", ["10**20", "-10**20", "2**63"])
def test_a_device_index_beyond_64_bits_is_refused_as_torch_refuses_it(device):
    """torch reads a device index as a 64-bit integer and raises on one that does not fit
    (found by the shape fuzz test); `shape` says so and exits 2 instead of showing shapes."""
    with pytest.raises(ValueError, match="Overflow when unpacking long long"):
        nn.LSTMCell(0, 0, 0, eval(device))
    result = run(f"nn.LSTMCell(0, 0, 0, {device})")
    assert result.exit_code == 2
    assert "Overflow when unpacking long long" in result.output
