"""The cross-statement rules against torch: generated scripts, run for real, must crash exactly
when lstmcheck reports an error, and --show-shapes must print the shapes torch produces.

Each script builds a recurrent layer from drawn sizes, feeds it a tensor of drawn features,
maybe with initial states built the right or a wrong way, and sends one of its results into a
Linear head. The scripts are ours, so running them is fine; the linter only reads them.
"""

from __future__ import annotations

import json
import random
import warnings

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstmcheck.lint.engine import check_source
from lstmcheck.records import Settings
from lstmcheck.sizes import Size, differ, same

FLOW_CODES = {"LC003", "LC007", "LC008", "LC009"}


# --- sizes: the comparison is sound ----------------------------------------------------

names = st.sampled_from(["a@f", "b@f", "c@g"])


@st.composite
def sizes(draw, depth=2):
    if depth == 0 or draw(st.booleans()):
        return Size.number(draw(st.integers(1, 9))) if draw(st.booleans()) else Size.named(draw(names))
    left, right = draw(sizes(depth=depth - 1)), draw(sizes(depth=depth - 1))
    return draw(st.sampled_from([left + right, left * right]))


def evaluate(size: Size, env: dict[str, int]) -> int:
    total = 0
    for monomial, coefficient in size.terms:
        product = coefficient
        for key in monomial:
            product *= env[key]
        total += product
    return total


@given(sizes(), sizes(), st.lists(st.integers(1, 50), min_size=3, max_size=3))
def test_same_and_differ_hold_for_every_positive_value(a, b, values):
    env = dict(zip(["a@f", "b@f", "c@g"], values))
    if same(a, b):
        assert evaluate(a, env) == evaluate(b, env)
    if differ(a, b):
        assert evaluate(a, env) != evaluate(b, env)
    assert not (same(a, b) and differ(a, b))


def test_named_sizes_compare_by_identity_not_spelling():
    hidden = Size.named("hidden@Model.__init__:2")
    other = Size.named("hidden@build:7")
    assert same(Size.number(2) * hidden, hidden + hidden)
    assert differ(Size.number(2) * hidden, hidden)
    assert not same(hidden, other) and not differ(hidden, other)
    assert str(Size.number(2) * hidden) == "2*hidden"


# --- generated scripts ------------------------------------------------------------------

@st.composite
def scripts(draw):
    kind = draw(st.sampled_from(["LSTM", "GRU", "RNN"]))
    inp, hidden = draw(st.integers(2, 9)), draw(st.integers(2, 9))
    layers = draw(st.integers(1, 3))
    batch_first = draw(st.booleans())
    bidirectional = draw(st.booleans())
    proj = draw(st.integers(1, hidden - 1)) if kind == "LSTM" and hidden > 2 and draw(st.booleans()) else 0
    seq, batch = draw(st.integers(2, 6)), draw(st.integers(2, 6))
    d = 2 if bidirectional else 1
    h_out = proj or hidden
    # the features fed: right, or a classic wrong one
    features = draw(st.sampled_from([inp, inp, inp, hidden, inp + 1]))
    lead = f"{batch}, {seq}" if batch_first else f"{seq}, {batch}"
    lines = [
        "import torch",
        "import torch.nn as nn",
        f"rnn = nn.{kind}({inp}, {hidden}, num_layers={layers}, batch_first={batch_first}, "
        f"bidirectional={bidirectional}" + (f", proj_size={proj}" if proj else "") + ")",
        f"x = torch.randn({lead}, {features})",
    ]
    states = draw(st.sampled_from(["none", "right", "layers", "hidden", "batch_first", "cell"]))
    first = {"layers": layers}.get(states, d * layers)
    h_last = hidden if states == "hidden" else h_out
    c_last = h_out if states == "cell" and proj else hidden
    h_dims = f"{batch}, {first}, {h_last}" if states == "batch_first" else f"{first}, {batch}, {h_last}"
    c_dims = f"{batch}, {first}, {c_last}" if states == "batch_first" else f"{first}, {batch}, {c_last}"
    if states == "none":
        call = "rnn(x)"
    elif kind == "LSTM":
        lines += [f"h0 = torch.zeros({h_dims})", f"c0 = torch.zeros({c_dims})"]
        call = "rnn(x, (h0, c0))"
    else:
        lines += [f"h0 = torch.zeros({h_dims})"]
        call = "rnn(x, h0)"
    if kind == "LSTM":
        lines.append(f"out, (h_n, c_n) = {call}")
    else:
        lines.append(f"out, h_n = {call}")
    head_in = draw(st.sampled_from([h_out, d * h_out, 2 * h_out]))
    taken = draw(st.sampled_from(["out[-1]", "out[:, -1, :]", "h_n[-1]",
                                  "torch.cat((h_n[-2], h_n[-1]), dim=1)", "out"]))
    if taken.startswith("torch.cat") and layers * d < 2:
        taken = "h_n[-1]"
    lines += [f"head = nn.Linear({head_in}, 1)", f"y = head({taken})"]
    return "\n".join(lines) + "\n"


def torch_fails(source: str) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            exec(compile(source, "<generated>", "exec"), {})  # noqa: S102 - our own script
        except (RuntimeError, ValueError):
            return True
    return False


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scripts())
def test_flow_errors_are_exactly_the_crashes(source):
    findings = check_source(source.encode(), "gen.py").findings
    errors = [f for f in findings if f.code in FLOW_CODES and f.severity == "error"]
    fails = torch_fails(source)
    if errors:
        assert fails, f"lstmcheck reports an error torch does not raise:\n{source}\n{errors}"
    else:
        # One crash the flow cannot see statically is allowed: a head fed out[:, -1, :] of a
        # time-major output takes the last batch element, whose features still fit.
        assert not fails, f"torch raises but lstmcheck is silent:\n{source}\n{findings}"


# --- --show-shapes prints what torch gives ---------------------------------------------

@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["LSTM", "GRU", "RNN"]), st.integers(1, 6), st.integers(2, 6),
       st.integers(1, 3), st.booleans(), st.booleans(), st.integers(0, 4),
       st.integers(1, 4), st.integers(1, 4))
def test_show_shapes_match_a_real_forward_pass(kind, inp, hidden, layers, batch_first,
                                               bidirectional, proj, seq, batch):
    proj = proj if kind == "LSTM" and proj < hidden else 0
    lead = (batch, seq) if batch_first else (seq, batch)
    source = (
        "import torch\nfrom torch import nn\n"
        f"rnn = nn.{kind}({inp}, {hidden}, {layers}, batch_first={batch_first}, "
        f"bidirectional={bidirectional}" + (f", proj_size={proj}" if kind == "LSTM" else "") + ")\n"
        f"x = torch.randn({lead[0]}, {lead[1]}, {inp})\n"
        "result = rnn(x)\n"
    )
    shown = check_source(source.encode(), "gen.py", Settings(show_shapes=True)).layers
    assert len(shown) == 1
    rows = dict(shown[0].shapes)
    namespace: dict = {}
    exec(compile(source, "<generated>", "exec"), namespace)  # noqa: S102 - our own script
    out, state = namespace["result"]
    h_n, c_n = state if kind == "LSTM" else (state, None)
    assert rows["input"] == str(tuple(namespace["x"].shape))
    assert rows["output"] == str(tuple(out.shape))
    assert rows["h_n"] == str(tuple(h_n.shape))
    if c_n is not None:
        assert rows["c_n"] == str(tuple(c_n.shape))


@pytest.mark.parametrize("call", ["nn.LSTM(10, 20, 2, 0.5)", "nn.GRU(10, 0)", "nn.LSTM(10)",
                                  "nn.LSTM(10, 20, proj_size=20)"])
def test_show_shapes_draws_no_layer_torch_cannot_build(call):
    with pytest.raises((TypeError, ValueError)):
        eval(call, {"nn": torch.nn})  # noqa: S307 - a literal call of our own
    source = f"from torch import nn\nlayer = {call}\n"
    (shown,) = check_source(source.encode(), "gen.py", Settings(show_shapes=True)).layers
    assert shown.shapes == () and "torch cannot build this call" in shown.note


# --- tensor ops between the layer and the head ------------------------------------------

OPS = [
    "{x}.transpose(0, 1)", "{x}.permute(1, 0, 2)", "{x}.unsqueeze(0)", "{x}.squeeze(0)",
    "{x}.sum(dim=1)", "{x}.mean(1)", "{x}.flatten(1)", "{x}.view(-1, {f})", "{x}.reshape({b}, -1)",
    "torch.cat(({x}, {x}), dim=-1)", "torch.stack(({x}, {x}), dim=0)", "({x} * {x}).sum(dim=0)",
    "{x}.expand_as({x})", "{x}.repeat(1, 1, 2)", "torch.transpose({x}, 1, 2)", "{x} * 2",
    "torch.bmm({x}, {x}.transpose(1, 2))", "{x} @ {x}.transpose(-1, -2)", "{x}[:, -1]",
]


@st.composite
def op_scripts(draw):
    kind = draw(st.sampled_from(["LSTM", "GRU"]))
    inp, hidden = draw(st.integers(2, 6)), draw(st.integers(2, 6))
    bidirectional = draw(st.booleans())
    seq, batch = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    f = (2 if bidirectional else 1) * hidden
    lines = [
        "import torch",
        "import torch.nn as nn",
        f"rnn = nn.{kind}({inp}, {hidden}, batch_first=True, bidirectional={bidirectional})",
        f"x = torch.randn({batch}, {seq}, {inp})",
        "out, _ = rnn(x)",
    ]
    value = "out"
    for step in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(OPS))
        lines.append(f"t{step} = " + op.format(x=value, f=f, b=batch))
        value = f"t{step}"
    head_in = draw(st.sampled_from([f, hidden, 2 * f, f + 1]))
    lines += [f"head = nn.Linear({head_in}, 1)", f"y = head({value})"]
    return "\n".join(lines) + "\n"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(op_scripts())
def test_errors_after_tensor_ops_are_crashes(source):
    """The shape functions never make lstmcheck call correct code wrong."""
    findings = check_source(source.encode(), "gen.py").findings
    errors = [f for f in findings if f.code in FLOW_CODES and f.severity == "error"]
    if errors:
        assert torch_fails(source), f"an error torch does not raise:\n{source}\n{errors}"


def test_an_attention_context_concatenated_into_a_gru_sized_for_one_part_is_found():
    source = (
        "import torch\nimport torch.nn as nn\n"
        "enc = nn.GRU(8, 16)\n"
        "dec = nn.GRU(8, 16)\n"
        "states, h = enc(torch.randn(5, 3, 8))\n"
        "weights = torch.softmax(torch.randn(5, 3, 1), dim=0)\n"
        "context = (weights * states).sum(dim=0)\n"
        "embedded = torch.randn(3, 8)\n"
        "step = torch.cat((embedded, context), dim=1).unsqueeze(0)\n"
        "out, h = dec(step, h)\n"
    )
    findings = check_source(source.encode(), "attn.py").findings
    # reported at the decoder's constructor (the fix), with a note where the tensors meet
    assert [(f.code, f.location.line, f.severity) for f in findings] == [("LC008", 4, "error")]
    assert [r.location.line for r in findings[0].related if r.message.startswith("tensors meet")] == [10]
    assert torch_fails(source)
    fixed = source.replace("dec = nn.GRU(8, 16)", "dec = nn.GRU(24, 16)")
    assert not check_source(fixed.encode(), "attn.py").findings and not torch_fails(fixed)


# --- what a recurrent output meets besides a Linear -------------------------------------

MODULE_HEADS = {
    "conv": ("nn.Conv1d({c}, 4, 3, padding=1)", "out.permute(0, 2, 1)"),
    "conv-unpermuted": ("nn.Conv1d({c}, 4, 3, padding=1)", "out"),
    "layernorm": ("nn.LayerNorm({c})", "out"),
    "batchnorm": ("nn.BatchNorm1d({c})", "out.transpose(1, 2)"),
    "batchnorm-unpermuted": ("nn.BatchNorm1d({c})", "out"),
    "attention": ("nn.MultiheadAttention({c}, 1, batch_first=True)", "out, out, out"),
}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(MODULE_HEADS)), st.integers(2, 6), st.integers(2, 6),
       st.booleans(), st.integers(3, 5), st.sampled_from([0, 1]))
def test_module_feeds_state_the_dim_torch_reads(head, inp, hidden, bidirectional, seq, off):
    """A Feed into Conv1d / a norm / attention names the input dim the layer reads
    (`feature_dim`); when that dim and `in_features` certainly differ torch raises, and when
    they are the same number it does not."""
    layer, fed = MODULE_HEADS[head]
    features = (2 if bidirectional else 1) * hidden
    source = "\n".join([
        "import torch", "import torch.nn as nn",
        f"rnn = nn.GRU({inp}, {hidden}, batch_first=True, bidirectional={bidirectional})",
        f"head = {layer.format(c=features + off)}",
        f"out, _ = rnn(torch.randn(2, {seq}, {inp}))",
        f"y = head({fed})",
    ]) + "\n"
    from lstmcheck.lint.extract import extract

    (feed,) = [f for f in extract(source, "g.py").feeds if f.record is None]
    assert feed.input is not None and feed.input.dims is not None and feed.feature_dim is not None
    read = feed.input.dims[feed.feature_dim]
    try:
        fails = torch_fails(source)
    except AssertionError:  # MultiheadAttention checks embed_dim with an assert
        fails = True
    assert differ(read, feed.in_features) or same(read, feed.in_features)
    assert fails == differ(read, feed.in_features), source


def test_conv1d_and_attention_outputs_flow_on():
    source = (
        "import torch\nimport torch.nn as nn\n"
        "rnn = nn.LSTM(5, 8, batch_first=True)\n"
        "conv = nn.Conv1d(8, 6, kernel_size=3, stride=2)\n"
        "attn = nn.MultiheadAttention(6, 2, batch_first=True)\n"
        "head = nn.Linear(6, 1)\n"
        "out, _ = rnn(torch.randn(4, 11, 5))\n"
        "features = conv(out.transpose(1, 2)).transpose(1, 2)\n"
        "context, weights = attn(features, features, features)\n"
        "y = head(context)\n"
    )
    from lstmcheck.lint.extract import extract

    feeds = {f.kind: f for f in extract(source, "g.py").feeds}
    namespace: dict = {}
    exec(compile(source, "<g>", "exec"), namespace)  # noqa: S102 - our own script
    assert tuple(d.value for d in feeds["Linear"].input.dims) == tuple(namespace["context"].shape)
