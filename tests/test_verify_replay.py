"""--verify's verdicts on what fails around a layer (lint/replay.py) and on states handed over
in the code's form, each against torch: the real bug's probe (or the model's forward pass)
must raise what the verdict says torch raised for the same sizes; a claim torch does not
make is shown as refuted; exact repeats of a finding are said once."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.lint.unique import unique
from lstmcheck.records import Feed, FileFacts, Finding, Location, Settings, Tensor, TorchOutcome, UnfitView
from lstmcheck.sizes import Size

torch = pytest.importorskip("torch")

HERE = Path(__file__).parent
REALBUGS = HERE / "realbugs"
VERIFY = Settings(verify=True)

# Real bugs whose findings had no verdict before (no forward pass of a layer to rebuild), by
# kind: (file stem's start, code, line of the finding).
REPLAYED = [
    ("bug_102", "LC009", 86),  # a view of a state that cannot hold it
    ("bug_088", "LC009", 92),  # rows taken past a state's first dim
    ("bug_101", "LC007", 35),  # bmm of a state read as one direction
    ("bug_107", "LC007", 60),  # bmm given a 4-D tensor
    ("bug_044", "LC009", 42),  # states as two arguments
    ("bug_100", "LC009", 40),  # an LSTM's pair given to torch.cat
    ("bug_063", "LC009", 51),  # states of a full batch, a short last one
    ("bug_064", "LC009", 50),
    ("bug_093", "LC009", 53),
    ("bug_090", "LC007", 49),  # a head fed a state's layers as rows
    ("bug_070", "LC007", 35),  # a head fed an output's directions as rows
    ("bug_054", "LC009", 25),  # states of a packed sequence
    ("bug_005", "LC008", 12),  # input features, where torch rejects the states first
]


def _probe_raises(path: Path) -> BaseException | None:
    """What the bug's probe() raises in torch (the oracle), run in this process."""
    namespace = {"__name__": f"replayed_{path.stem}", "__file__": str(path)}
    exec(compile(path.read_text(), str(path), "exec"), namespace)  # noqa: S102 - the set's own probes
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        try:
            namespace["probe"]()
        except Exception as exc:  # noqa: BLE001 - torch is the oracle
            return exc
    return None


@pytest.fixture(scope="module")
def verified() -> dict[str, list[Finding]]:
    found = {}
    for stem, _, _ in REPLAYED:
        (path,) = REALBUGS.glob(f"{stem}_*.py")
        found[stem] = list(check_source(path.read_bytes(), str(path), VERIFY).findings)
    return found


@pytest.mark.parametrize(("stem", "code", "line"), REPLAYED, ids=[r[0] for r in REPLAYED])
def test_confirmed_as_torch_raises(stem: str, code: str, line: int, verified) -> None:
    (finding,) = [f for f in verified[stem] if f.code == code and f.location.line == line]
    verdict = finding.verify
    assert verdict is not None and verdict.status == "confirmed", verdict
    assert verdict.ran  # what torch was given is said
    (path,) = REALBUGS.glob(f"{stem}_*.py")
    raised = _probe_raises(path)
    assert raised is not None, stem
    # the same kind of failure torch raises for the real sizes (the probe may stop at
    # another of the file's mistakes first, but never at another kind of error)
    assert verdict.exception == type(raised).__name__, (verdict, raised)
    # and no LC010 repeats what the finding says
    assert not [f for f in verified[stem] if f.code == "LC010"]


def _lc011_cases():
    from test_lc011_result_form import CASES, HEAD

    return [(name, HEAD + source) for name, source, line in CASES if line is not None]


@pytest.mark.parametrize(("name", "source"), _lc011_cases(), ids=[c[0] for c in _lc011_cases()])
def test_result_forms_confirmed_as_the_forward_pass_raises(name: str, source: str) -> None:
    """A result unpacked or used in a form it does not have: the layer is run on meta and its
    result taken as written; the model's own forward pass raises the same error."""
    namespace: dict = {}
    exec(compile(source, name, "exec"), namespace)  # noqa: S102 - our own test models
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        with pytest.raises(Exception) as raised:  # noqa: PT011 - torch says which
            namespace["RUN"]()
    (finding,) = [f for f in check_source(source.encode(), f"{name}.py", VERIFY).findings
                  if f.code == "LC011"]
    assert finding.verify is not None and finding.verify.status == "confirmed", finding.verify
    assert finding.verify.exception == type(raised.value).__name__
    assert _same_words(finding.verify.message, str(raised.value)), (finding.verify, raised.value)


def _same_words(ours: str | None, theirs: str) -> bool:
    """Python words a count it knows ("expected 2, got 3") and the iterator's alike up to it."""
    first = re.split(r"[,)]", ours or "")[0]
    return bool(first) and theirs.startswith(first)


GRU_TUPLE = """\
import torch
import torch.nn as nn

gru = nn.GRU(4, 8)
h = torch.zeros(1, 3, 8)
out, h = gru(torch.zeros(5, 3, 4), (h,))
"""

GRU_BARE = GRU_TUPLE.replace("(h,))", "h)")


def test_states_are_handed_over_in_the_codes_form() -> None:
    """A GRU's `(h,)` fails in torch where its bare `h` runs: --verify passes the tuple."""
    namespace: dict = {}
    with pytest.raises(AttributeError):
        exec(compile(GRU_TUPLE, "gru_tuple.py", "exec"), namespace)  # noqa: S102
    exec(compile(GRU_BARE, "gru_bare.py", "exec"), {})  # noqa: S102 - runs
    findings = check_source(GRU_TUPLE.encode(), "gru_tuple.py", VERIFY).findings
    (finding,) = [f for f in findings if f.code == "LC009"]
    assert finding.verify is not None and finding.verify.status == "confirmed", finding.verify
    assert finding.verify.exception == "AttributeError"
    assert not [f for f in findings if f.code == "LC010"]
    assert check_source(GRU_BARE.encode(), "gru_bare.py", VERIFY).findings == ()


def test_forward_forms_against_torch() -> None:
    from lstmcheck import verify

    lstm = torch.nn.LSTM(4, 8, device="meta")
    states = ((1, 3, 8), (1, 3, 8))
    assert verify.forward(lstm, (5, 3, 4), states, "tuple").exception is None
    assert verify.forward(lstm, (5, 3, 4), states, "apart").exception == "TypeError"
    gru = torch.nn.GRU(4, 8, device="meta")
    assert verify.forward(gru, (5, 3, 4), ((1, 3, 8),), "tensor").exception is None
    assert verify.forward(gru, (5, 3, 4), ((1, 3, 8),), "tuple").exception == "AttributeError"
    # an LSTMCell's unbatched step with one tensor crashes torch 2.13's process: never run
    cell = torch.nn.LSTMCell(4, 8, device="meta")
    assert verify.forward(cell, (4,), ((8,),), "tensor").exception == "NotRun"


def _view_feed(before: tuple[int, ...], asked: tuple[int, ...]) -> tuple[Feed, Finding]:
    at = Location(3, 5, 3, 30)
    view = UnfitView(at, "view", tuple(map(Size.number, before)), tuple(map(Size.number, asked)))
    state = Tensor(tuple(map(Size.number, asked)), Size.number(asked[-1]), ".view(...) at line 3", 3,
                   unfit=view)
    feed = Feed("m.py", "LSTM", Location(1, 1, 1, 20), "nn.LSTM(4, 8)", Location(4, 1, 4, 20), None,
                (state, state))
    finding = Finding("LC009", "initial-state-mismatch", "error", "m.py", at, "the view cannot hold it",
                      TorchOutcome("forward-raises", "RuntimeError", "is invalid for input of size",
                                   source="pattern"), call=at)
    return feed, finding


@pytest.mark.parametrize(("before", "asked", "status"), [
    ((3, 32), (2, 3, 32), "confirmed"),  # 96 elements asked as 192
    ((20, 5, 1), (20, 12, -1), "confirmed"),  # no multiple of 240 holds 100
    ((2, 3, 32), (2, 3, 32), "refuted"),  # it holds them: a claim torch does not make
    ((6, 32), (2, 3, 32), "refuted"),
])
def test_a_view_is_replayed_and_a_wrong_claim_refuted(before, asked, status) -> None:
    from lstmcheck.lint.confirm import Verifier
    from lstmcheck.lint.replay import replayed

    feed, finding = _view_feed(before, asked)
    verdict = replayed(Verifier(FileFacts()), finding, feed, FileFacts())
    assert verdict is not None and verdict.status == status, verdict
    try:
        torch.empty(before).view(*asked)
    except RuntimeError as exc:
        assert status == "confirmed" and verdict.message == str(exc)
    else:
        assert status == "refuted"


@pytest.mark.parametrize("pattern", [2, 3, [None, [None, None, None]], [None, None, None]])
def test_unpacking_is_worded_as_python_words_it(pattern) -> None:
    from lstmcheck import verify

    result = torch.nn.LSTM(4, 8, num_layers=2, device="meta")(torch.empty(1, 3, 4, device="meta"))
    attempt = verify.unpack(result, pattern)
    count = pattern if isinstance(pattern, int) else len(pattern)
    value = result if isinstance(pattern, int) or len(pattern) != 2 or pattern[1] is None else result[1]
    if isinstance(pattern, list) and isinstance(pattern[1], list):
        count, value = len(pattern[1]), result[1]
    try:
        exec(f"{', '.join(f'x{i}' for i in range(count))}, = value", {"value": value})  # noqa: S102
    except ValueError as exc:
        assert attempt.exception == "ValueError" and str(exc).startswith(attempt.message.split(",")[0])
    else:
        assert attempt.exception is None


def test_exact_repeats_are_said_once() -> None:
    at = Location(5, 1, 5, 10)
    one = Finding("LC009", "x", "warning", "m.py", at, "said")
    same_as_error = Finding("LC009", "x", "error", "m.py", at, "said")
    other = Finding("LC009", "x", "warning", "m.py", Location(6, 1, 6, 10), "said")
    assert unique([one, other, one]) == [one, other]
    assert unique([one, same_as_error, other]) == [same_as_error, other]
    assert unique([]) == []


@pytest.mark.parametrize("stem", ["bug_019", "bug_022"])
def test_a_call_that_unpacks_kwargs_is_built_as_bound(stem: str) -> None:
    """`nn.LSTM(batch_first=True, **params)`: built from the arguments the linter bound, as
    Python binds them; torch warns as the probe's real layer does."""
    (path,) = REALBUGS.glob(f"{stem}_*.py")
    (finding,) = [f for f in check_source(path.read_bytes(), str(path), VERIFY).findings
                  if f.code == "LC006"]
    assert finding.verify is not None and finding.verify.status == "confirmed", finding.verify
    namespace = {"__name__": f"replayed_{path.stem}", "__file__": str(path)}
    exec(compile(path.read_text(), str(path), "exec"), namespace)  # noqa: S102 - the set's own probes
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        namespace["probe"]()
    assert finding.verify.message in [str(w.message) for w in caught]
