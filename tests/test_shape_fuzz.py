"""Issue 15 for `shape`: odd values in every argument slot, against torch.

Each drawn constructor call goes through the shape calculator and through torch (on the meta
device). The calculator may only answer or raise its one-line UsageError; when it answers,
torch builds the layer and agrees on every shape (verify_answer); when torch builds the
layer and runs a forward pass, the calculator answers too, unless the weights could not be
held by any machine (torch on meta would build 10**20 layers one by one, so it is not asked),
or a flag is not a literal (`bias=x`: lstmcheck asks for --bias or --no-bias).
"""

from __future__ import annotations

import warnings

import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from torch import nn

from lstmcheck.calculator import ShapeRequest, UsageError, calculate
from lstmcheck.expression import parse_constructor
from lstmcheck.verify import verify_answer

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

VALUES = [
    "0", "-1", "1", "3", "7", "10**20", "2**63", "9" * 50, "0x" + "f" * 40, "1e400",
    "float('nan')", "True", "False", "None", "'relu'", "'tanh'", "0.5", "2.0", "hidden",
    "2*hidden", "-hidden", "[]", "(1, 2)", "'cuda:x'", "'cpu'", "torch.float16", "torch.int64",
    "'float16'", "b'x'", "1j",
]
KEYWORDS = ["input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout",
            "bidirectional", "proj_size", "nonlinearity", "device", "dtype", "mode", "foo"]
CLASSES = ["LSTM", "GRU", "RNN", "LSTMCell", "GRUCell", "RNNCell"]


@st.composite
def calls(draw) -> str:
    cls = draw(st.sampled_from(CLASSES))
    positional = draw(st.lists(st.sampled_from(VALUES), max_size=5))
    keywords = draw(st.lists(st.tuples(st.sampled_from(KEYWORDS), st.sampled_from(VALUES)),
                             max_size=3, unique_by=lambda kv: kv[0]))
    args = positional + [f"{k}={v}" for k, v in keywords]
    return f"nn.{cls}({', '.join(args)})"


def torch_run(text: str) -> tuple[BaseException | None, bool]:
    """(what building raised, whether a forward pass on meta ran) for a call without names."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with torch.device("meta"):
                module = eval(text, {"nn": nn, "torch": torch})
        except Exception as exc:  # noqa: BLE001 - torch's answer
            return exc, False
        try:
            dtype = next(module.parameters()).dtype
            shape = (2, module.input_size) if isinstance(module, nn.RNNCellBase) else (3, 2, module.input_size)
            with torch.no_grad():
                module(torch.empty(shape, device="meta", dtype=dtype))
        except Exception:  # noqa: BLE001
            return None, False
    return None, True


def _unread(text: str) -> bool:
    """Whether an argument of the call is not a literal lstmcheck reads (a call such as
    `float('nan')`): what torch does with it, lstmcheck cannot know."""
    _, call = parse_constructor(text)
    return any(not value.known for value in call.arguments.values())


@settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck))
@given(calls())
def test_odd_values_never_crash_and_agree_with_torch(text):
    try:
        answer = calculate(ShapeRequest(expression=text))
    except UsageError as exc:
        message = str(exc)
        assert "\n" not in message and len(message) < 1000
        answer = None
    if "hidden" in text:
        return  # names: torch cannot be asked
    small = answer is not None and all(
        isinstance(d, int) and d < 10_000 for d in (answer.spec.input_size, answer.spec.hidden_size,
                                                   answer.spec.num_layers))
    if answer is None and "can't allocate memory" in message:
        return  # torch on meta would build 10**20 layers one by one: never asked
    raised, ran = torch_run(text) if answer is None or small else (None, False)
    if raised is not None and "accelerator" in str(raised):
        return  # device=0: valid on a machine with a GPU, so lstmcheck rightly accepts it
    if answer is not None and raised is not None and _unread(text):
        return  # `float('nan')` as device: not a literal, so lstmcheck cannot judge it
    if answer is not None and small:
        assert raised is None, f"{text}: lstmcheck answers, torch raises {raised!r}"
        assert verify_answer(answer)["status"] == "confirmed"
    if answer is None and ran:  # only a flag lstmcheck cannot read may stop it (it asks for it)
        assert "which lstmcheck cannot read" in message, f"{text}: torch runs it, lstmcheck says {message}"
