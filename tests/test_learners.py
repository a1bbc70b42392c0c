"""Issue 14 as a learner meets it: pasted lines, flags that fill gaps, dtypes as people write
them, --explain, --diagram, --svg, `lstmcheck explain` and the Python API.

torch is the oracle: every shape the words, the picture or the API state is compared with a
real module's forward pass.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import struct
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
import zlib

import pytest
import torch
from torch import nn
from typer.testing import CliRunner

from lstmcheck.cli import app

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def shape_json(*args: str) -> dict:
    result = run("shape", *args, "--json")
    assert result.exit_code == 0, (args, result.stdout, result.stderr)
    return json.loads(result.stdout)


def one_line_error(result) -> str:
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("lstmcheck: error: "), result.stderr
    return lines[0]


def forward(module: nn.Module, input_shape) -> dict[str, tuple[int, ...]]:
    with torch.no_grad():
        result = module(torch.zeros(input_shape))
    if isinstance(module, nn.RNNCellBase):
        parts = result if isinstance(result, tuple) else (result,)
        return dict(zip(("output", "c_n"), (tuple(t.shape) for t in parts)))
    out, state = result
    states = state if isinstance(state, tuple) else (state,)
    return {"output": tuple(out.shape), **dict(zip(("h_n", "c_n"), (tuple(t.shape) for t in states)))}


# --- input as people paste it --------------------------------------------------------------

PASTED = [
    ("lstm = nn.LSTM(10, 20)", "nn.LSTM(10, 20)"),
    ("self.rnn = nn.GRU(10, 20, batch_first=True)  # the encoder", "nn.GRU(10, 20, batch_first=True)"),
    ("self.rnn: nn.LSTM = nn.LSTM(10, 20, 2)", "nn.LSTM(10, 20, 2)"),
    ("        self.lstm = nn.LSTM(\n            input_size=10,\n            hidden_size=20,  # units\n"
     "            bidirectional=True,\n        )", "nn.LSTM(10, 20, bidirectional=True)"),
    ("nn.LSTM(10, 20, proj_size=5),", "nn.LSTM(10, 20, proj_size=5)"),
    ("return torch.nn.RNN(10, 20, nonlinearity='relu')", "nn.RNN(10, 20, nonlinearity='relu')"),
]


@pytest.mark.parametrize("pasted,call", PASTED)
def test_pasted_lines_give_torch_shapes(pasted, call):
    doc = shape_json(pasted, "-T", "5", "-N", "3")
    module = eval(call, {"nn": nn})
    got = forward(module, doc["input"])
    assert {k: tuple(doc[k]) for k in got} == got


def test_flags_fill_what_the_expression_leaves_open():
    doc = shape_json("nn.LSTM(10)", "-H", "20", "-T", "5", "-N", "3")
    assert {k: tuple(doc[k]) for k in ("output", "h_n", "c_n")} == forward(nn.LSTM(10, 20), (5, 3, 10))
    doc = shape_json("nn.GRU(hidden_size=20)", "-i", "7", "-L", "2", "-T", "5", "-N", "3")
    assert tuple(doc["h_n"]) == forward(nn.GRU(7, 20, 2), (5, 3, 7))["h_n"]
    doc = shape_json("nn.LSTM(emb, 20)", "-i", "12", "-T", "5", "-N", "3")
    assert doc["input"] == [5, 3, 12]


@pytest.mark.parametrize("args,needles", [
    (["nn.LSTM(10, 20)", "-H", "30"], ["20", "30"]),
    (["nn.LSTM(10, hidden_size=20)", "-H", "30"], ["20", "30"]),
    (["nn.LSTM(10, 20, 2)", "-L", "1"], ["2", "1"]),
    (["nn.LSTM(10, 20, bias=1)", "--bias"], ["bias"]),  # 1 is not True: still a conflict
    (["nn.LSTM(10, 20, dtype=torch.float16)", "--dtype", "float64"], ["float16", "float64"]),
])
def test_a_conflict_stays_an_error(args, needles):
    line = one_line_error(run("shape", *args))
    for needle in needles:
        assert needle in line


@pytest.mark.parametrize("spelled,dtype", [
    ("float16", torch.float16), ("torch.float16", torch.float16), ("half", torch.float16),
    ("torch.half", torch.float16), ("double", torch.float64), ("torch.bfloat16", torch.bfloat16),
])
def test_dtype_as_people_write_it(spelled, dtype):
    module = nn.GRU(3, 5, dtype=dtype)
    bytes_ = sum(p.numel() * p.element_size() for p in module.parameters())
    assert shape_json("nn.GRU(3, 5)", "--dtype", spelled)["num_bytes"] == bytes_
    assert shape_json(f"nn.GRU(3, 5, dtype=torch.{str(dtype).split('.')[1]})")["num_bytes"] == bytes_


@pytest.mark.parametrize("call", [
    "nn.LSTM(10, 20, dtype=torch.int64)", "nn.GRUCell(10, 20, dtype=torch.bool)",
    "nn.LSTM(10, 20, dtype='float16')", "nn.LSTM(10, 20, device='cuda:x')",
    "nn.LSTM(10, 20, device='gpu')", "nn.LSTM(10, 20, device='cuda:2147483648')",
    "nn.RNN(10, 20, device='cuda:01')", "nn.GRU(3, 3, device=True)", "nn.GRU(3, 3, device=[])",
    "nn.GRU(3, 3, device=-1)", "nn.LSTMCell(3, 3, device=1.5)", "nn.GRU(3, 3, device=b'x')",
])
def test_device_and_dtype_torch_refuses(call):
    with pytest.raises(Exception) as info:
        eval(call, {"nn": nn, "torch": torch})
    line = one_line_error(run("shape", call))
    assert str(info.value).splitlines()[0] in line
    assert "verified" not in run("shape", call, "--verify").stdout


@pytest.mark.parametrize("call", ["nn.LSTM(10, 20, device='cuda:1')", "nn.LSTM(10, 20, device='meta')",
                                  "nn.LSTM(10, 20, device=None, dtype=None)"])
def test_devices_torch_names_are_accepted(call):
    torch.device(eval(call.partition("device=")[2].partition(",")[0].rstrip(")")) or "cpu")
    assert shape_json(call)["output"] == ["L", "N", 20]


# --- hostile input: one line, exit 2, never a hang ------------------------------------------

def test_hostile_arguments_are_one_line_errors():
    for args in (
        ["-i", "1" * 400, "-H", "20"],
        ["nn.LSTM(0x" + "f" * 4400 + ", 20)"],
        ["nn.LSTM(" + "1" * 5000 + ", 20)"],
        ["nn.LSTM(" + "-" * 5000 + "1, 20)"],
        ["nn.LSTM(" + "(" * 5000 + "1" + ")" * 5000 + ", 20)"],
        ["nn.LSTM(\udcff10, 20)"],  # a non-UTF-8 byte, as Python hands it over
        ["nn.LSTM(10, 20, 99999999999999999999)"],
        ["-H", "20", "-L", "99999999999999999999"],
        ["-i", "10", "-H", "20", "-T", str(2**63), "--verify"],
        ["-i", "10", "-H", "20", "-N", str(2**62), "-T", str(2**62), "--verify"],
        ["nn.LSTM(10, 20)\nnn.GRU(3, 4)"],
        ["nn.LSTM(10, 20, bias=True, x=\x00)"],
    ):
        line = one_line_error(run("shape", *args))
        assert len(line) < 400, line


def test_non_utf8_argument_from_a_real_shell():
    proc = subprocess.run([sys.executable, "-m", "lstmcheck", "shape", b"nn.LSTM(\xff10, 20)"],
                          capture_output=True, timeout=120)
    assert proc.returncode == 2 and proc.stdout == b""
    assert len(proc.stderr.splitlines()) == 1 and b"UTF-8" in proc.stderr


def test_many_layers_are_listed_briefly_and_verified_quickly():
    doc = shape_json("nn.LSTM(10, 20, 1000)")
    assert len(doc["parameters"]) == 8  # layer 0 and one l{k} set
    assert doc["num_parameters"] == sum(p.numel() for p in nn.LSTM(10, 20, 1000, device="meta").parameters())
    assert tuple(doc["h_n"][:1]) == (1000,)
    result = run("shape", "nn.LSTM(10, 20, 1000)", "--verify")
    assert result.exit_code == 0 and "verified" in result.stdout and "num_layers 1000=2" in result.stdout


# --- --explain and `lstmcheck explain` -----------------------------------------------------

EXPLAINED = [
    ("nn.LSTM(10, 20, 2, bidirectional=True, batch_first=True)", (3, 5, 10)),
    ("nn.LSTM(10, 20, proj_size=5)", (5, 3, 10)),
    ("nn.GRU(8, 16)", (5, 3, 8)),
    ("nn.RNNCell(8, 16)", (3, 8)),
]


@pytest.mark.parametrize("call,input_shape", EXPLAINED)
def test_explanation_states_torch_shapes(call, input_shape):
    result = run("shape", call, "--input-shape", ",".join(map(str, input_shape)), "--explain")
    assert result.exit_code == 0, result.stderr
    words = result.stdout.split("What this means", 1)[1]
    module = eval(call, {"nn": nn})
    for name, shape in forward(module, input_shape).items():
        label = {"output": "h'", "c_n": "c'"}[name] if isinstance(module, nn.RNNCellBase) else name
        assert f"{label} {shape}" in words, (label, shape)
    if "batch_first=True" in call:
        assert "never batch-first" in words
    if "bidirectional" in call:
        assert "h_n[-1] is the last layer's backward direction" in words
    if "proj_size" in call:
        assert "c_n keeps hidden_size (20)" in words


def test_explain_without_a_configuration_names_the_six_layers():
    result = run("explain")
    assert result.exit_code == 0
    for name in ("nn.LSTM", "nn.GRU", "nn.RNN", "nn.LSTMCell", "nn.GRUCell", "nn.RNNCell",
                 "input_size", "hidden_size"):
        assert name in result.stdout
    assert "never constructor arguments" in result.stdout


def test_explain_a_configuration_and_a_bad_one():
    result = run("explain", "lstm = nn.LSTM(10, 20, batch_first=True)")
    assert result.exit_code == 0 and "never batch-first" in result.stdout
    assert "hidden_size must be greater than zero" in one_line_error(run("explain", "nn.LSTM(10, 0)"))


@pytest.mark.parametrize("typed, cls", [("nn.LSTM", nn.LSTM), ("torch.nn.GRUCell", nn.GRUCell),
                                        ("rnn", nn.RNN), ("nn.LSTMCell()", nn.LSTMCell)])
def test_explain_a_class_named_alone_as_learners_type_it(typed, cls):
    result = run("explain", typed)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == (
        f"nn.{cls.__name__}(input_size=input_size, hidden_size=hidden_size)")
    assert "input_size" in result.stdout and "hidden_size" in result.stdout
    assert "is not one of the six recurrent layers" in one_line_error(run("explain", "nn.Linear"))
    assert "did you mean nn.LSTM?" in one_line_error(run("explain", "nn.LTSM"))


@pytest.mark.parametrize("call", ["nn.LSTM(10, 20, num_layers=2)",
                                  "nn.LSTM(10, 20, 2, bidirectional=True, proj_size=5)"])
def test_explain_compares_the_layers_weights_as_torch_has_them(call):
    module = eval(call, {"nn": nn})
    above, first = (tuple(getattr(module, f"weight_ih_l{k}").shape) for k in (1, 0))
    words = " ".join(run("explain", call).stdout.split())
    assert f"its weight_ih is {above}" in words
    if above == first:
        assert "the same as layer 0's" in words and "where layer 0's" not in words
    else:
        assert f"where layer 0's is {first}" in words


@pytest.mark.parametrize("batch_first", [False, True])
def test_show_shapes_says_which_number_is_the_batch(tmp_path, batch_first):
    # the quiz's mix-up: (2, 4, 5) is 2 steps of 4 sequences unless batch_first=True
    source = ("import torch\nimport torch.nn as nn\n"
              f"lstm = nn.LSTM(input_size=5, hidden_size=3, batch_first={batch_first})\n"
              "output, (h_n, c_n) = lstm(torch.randn(2, 4, 5))\n")
    (tmp_path / "q.py").write_text(source)
    shown = run("check", "--no-cache", "--show-shapes", str(tmp_path / "q.py")).stdout
    _, (h_n, _) = nn.LSTM(5, 3, batch_first=batch_first)(torch.randn(2, 4, 5))
    batch = h_n.shape[1]  # torch's own reading: the states carry the batch
    steps = 8 // batch
    assert f"{steps} steps of a batch of {batch}" in shown or \
        f"a batch of {batch} sequences of {steps} steps" in shown
    assert f"h_n     (1, {batch}, 3)" in shown


def test_explain_a_rule_code_read_off_a_report_explains_that_rule():
    result = run("explain", "lc009")
    assert result.exit_code == 0, result.output
    assert result.stdout == run("rule", "LC009").stdout
    assert result.stdout.startswith("LC009 initial-state-mismatch")
    assert "no rule 'LC999'" in one_line_error(run("explain", "LC999"))


# --- --diagram: every label checked against torch ------------------------------------------

DRAWN = [
    ("nn.LSTM(10, 20, 2, bidirectional=True)", (5, 3, 10)),
    ("nn.GRU(10, 20, 5)", (5, 3, 10)),
    ("nn.LSTM(10, 20, 3, proj_size=4, batch_first=True)", (3, 5, 10)),
    ("nn.RNN(10, 20, 6, bidirectional=True)", (5, 3, 10)),
]


@pytest.mark.parametrize("call,input_shape", DRAWN)
def test_diagram_labels_are_torch_shapes(call, input_shape):
    result = run("shape", call, "--input-shape", ",".join(map(str, input_shape)), "--diagram")
    assert result.exit_code == 0
    picture = result.stdout.split("\n\n")[-1]
    module = eval(call, {"nn": nn})
    with torch.no_grad():
        out, state = module(torch.zeros(input_shape))
    states = dict(zip(("h", "c"), state if isinstance(state, tuple) else (state,)))
    labels = re.findall(r"([hc])_[0n](\[[-\d:]+\])\s+(\([\d, ]+\))", picture)
    labels += [(kind, rows, shape) for kind, rows, shape in
               re.findall(r"([hc])_[0n](\[[-\d:]+\]) (\([\d, ]+\))", picture)]
    assert labels
    for kind, rows, shape in labels:
        assert str(tuple(eval(f"states[kind]{rows}").shape)) == shape
    for between in re.findall(r"[│|] (\([\d, ]+\))", picture):  # arrows between layers
        assert between == str(tuple(out.shape))
    assert f"output {tuple(out.shape)}" in picture and f"input {input_shape}" in picture
    layers = module.num_layers
    drawn = re.findall(r"layer (\d+) ", picture)
    assert drawn[-1] == "0" and drawn[0] == str(layers - 1)


def test_diagram_keeps_names_and_falls_back_to_ascii():
    from lstmcheck.calculator import ShapeRequest, calculate
    from lstmcheck.diagram import draw, picture

    answer = calculate(ShapeRequest(expression="nn.GRU(emb, hidden, layers, bidirectional=True)"))
    text = "\n".join(draw(picture(answer), unicode=False))
    assert "(L, N, 2*hidden)" in text and "input (L, N, emb)" in text and "h_n[-2:]" in text
    assert text.isascii()


# --- --svg ----------------------------------------------------------------------------------

def _png_is_not_blank(data: bytes) -> bool:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    return len(set(raw)) > 16  # a blank image filters down to a handful of byte values


def test_svg_file_parses_and_renders(tmp_path):
    target = tmp_path / "layer.svg"
    target.write_text("old")
    result = run("shape", "nn.LSTM(10, 20, 2, bidirectional=True)", "-T", "5", "-N", "3",
                 "--svg", str(target))
    assert result.exit_code == 0 and result.stderr == ""
    root = ET.fromstring(target.read_bytes())
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    out, (h, c) = nn.LSTM(10, 20, 2, bidirectional=True)(torch.zeros(5, 3, 10))
    assert f"output {tuple(out.shape)}" in texts and f"h_n {tuple(h.shape)}" in texts
    assert "h_n[0:2], c_n[0:2]  (2, 3, 20)" in texts
    assert [p.name for p in tmp_path.iterdir()] == ["layer.svg"]  # no temporary left behind
    renderer = shutil.which("rsvg-convert")
    if renderer is None:
        pytest.skip("rsvg-convert is not installed (apt-get install librsvg2-bin)")
    png = subprocess.run([renderer, "-f", "png", str(target)], capture_output=True, timeout=60)
    assert png.returncode == 0, png.stderr
    assert _png_is_not_blank(png.stdout)


def test_svg_to_a_place_it_cannot_go(tmp_path):
    line = one_line_error(run("shape", "nn.LSTM(10, 20)", "--svg", str(tmp_path / "no" / "x.svg")))
    assert "--svg" in line
    line = one_line_error(run("shape", "nn.LSTM(10, 20)", "--svg", str(tmp_path)))
    assert "directory" in line
    assert list(tmp_path.iterdir()) == []


# --- the Python API -------------------------------------------------------------------------

class Refuses(nn.LSTM):
    def forward(self, *args, **kwargs):  # the API must never run the module
        raise AssertionError("forward was called")


@pytest.mark.parametrize("module,input_shape", [
    (nn.LSTM(10, 20, 2), (5, 3, 10)),
    (nn.GRU(4, 8, bidirectional=True, batch_first=True), (3, 5, 4)),
    (nn.RNN(4, 8, 3, nonlinearity="relu"), (5, 4)),
    (nn.LSTM(6, 9, proj_size=3, bidirectional=True), (2, 1, 6)),
    (nn.LSTMCell(4, 8), (2, 4)),
    (nn.GRUCell(4, 8, bias=False), (4,)),
    (nn.GRU(4, 8).half(), (5, 3, 4)),
])
def test_shapes_of_a_live_module(module, input_shape):
    from lstmcheck import shapes

    report = shapes(module, input=input_shape)
    x = torch.zeros(input_shape, dtype=next(module.parameters()).dtype)
    with torch.no_grad():
        if module.__class__ in (nn.GRU,) and x.dtype == torch.float16:
            got = forward(nn.GRU(4, 8), input_shape)  # half on the CPU: the float twin's shapes
        else:
            got = forward(module, input_shape)
    assert report.output == got["output"]
    if "h_n" in got:
        assert report.h_n == got["h_n"]
    if "c_n" in got:
        assert report.c_n == got["c_n"]
    assert report.parameters == tuple((n, tuple(p.shape)) for n, p in module.named_parameters())
    assert report.num_parameters == sum(p.numel() for p in module.parameters())
    assert report.num_bytes == sum(p.numel() * p.element_size() for p in module.parameters())
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.output = ()  # type: ignore[misc]


def test_shapes_reads_without_running():
    from lstmcheck import shapes

    report = shapes(Refuses(10, 20, batch_first=True), input=(3, 5, 10))
    assert report.output == (3, 5, 20)
    assert "batch_first=True" in report.module
    meta = shapes(nn.LSTM(10, 20, device="meta"), seq_len=5, batch=3)
    assert meta.h_n == (1, 3, 20)


def test_shapes_from_text_and_flags():
    from lstmcheck import ShapeError, shapes

    assert shapes("nn.LSTM(10, 20)", seq_len=5, batch=3).output == (5, 3, 20)
    assert shapes(mode="gru", input_size=7, hidden_size=11, bidirectional=True).output == ("L", "N", 22)
    assert shapes("self.rnn = nn.LSTM(emb, hidden)").output == ("L", "N", "hidden")
    with pytest.raises(ShapeError, match="hidden_size must be greater than zero"):
        shapes("nn.LSTM(10, 0)")
    with pytest.raises(ShapeError, match="hiden_size"):
        shapes("nn.LSTM(10)", hiden_size=20)
    with pytest.raises(ShapeError, match="not one of torch's"):
        shapes(nn.Linear(3, 4))


def test_notebook_displays():
    from lstmcheck import shapes

    report = shapes(nn.LSTM(10, 20, 2, bidirectional=True), input=(5, 3, 10))
    assert repr(report) == ("<nn.LSTM(input_size=10, hidden_size=20, num_layers=2, bidirectional=True): "
                            "input=(5, 3, 10) -> output=(5, 3, 40), h_n=(4, 3, 20), c_n=(4, 3, 20); "
                            f"{sum(p.numel() for p in nn.LSTM(10, 20, 2, bidirectional=True).parameters()):,} "
                            "parameters>")
    markdown = report._repr_markdown_()
    assert "| output | `(5, 3, 40)` | `(L, N, D*H_out)` |" in markdown and "<svg" in markdown
    page = ET.fromstring(report._repr_html_())  # well-formed, so a notebook can embed it
    assert page.find(".//table") is not None
    assert page.find(".//{http://www.w3.org/2000/svg}svg") is not None
    assert "h_n[-1] is the last layer's backward direction" in report.explain()


def test_check_source_returns_plain_findings():
    from lstmcheck import check_source

    findings = check_source("import torch.nn as nn\nlstm = nn.LSTM(10, 20, 2, 0.5)\n")
    assert [f.code for f in findings] == ["LC005"]
    assert findings[0].location.line == 2
    with pytest.raises(TypeError, match="bias should be of type bool"):
        nn.LSTM(10, 20, 2, 0.5)
    assert "bias should be of type bool" in findings[0].message
    assert check_source("import torch.nn as nn\nlstm = nn.LSTM(10, 20)\n") == ()


def test_import_lstmcheck_stays_light():
    code = textwrap.dedent("""
        import sys, lstmcheck
        heavy = [m for m in ("torch", "libcst", "lstmcheck.api", "typer", "rich") if m in sys.modules]
        print(heavy)
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip() == "[]", proc.stderr


def test_int_arithmetic_on_literals_is_folded_within_bounds():
    import time

    assert shape_json("nn.LSTM(2*5, 4*64)", "-T", "5", "-N", "3")["output"] == [5, 3, 256]
    line = one_line_error(run("shape", "nn.LSTM(10, 20, 10**20)"))
    assert "can't allocate memory" in line
    started = time.perf_counter()
    doc = shape_json("nn.LSTM(10, 10**10**10)")  # too big to fold: stays a name
    assert time.perf_counter() - started < 5
    assert doc["output"] == ["L", "N", "10**10**10"]
    assert doc["parameters"][0]["shape"] == ["4*10**10**10", 10]
    assert shape_json("nn.GRU(2**k, 2**k)")["parameters"][0]["shape"] == ["3*2**k", "2**k"]
