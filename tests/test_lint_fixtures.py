"""Precision and recall of `lstmcheck check` on realistic model files.

Each module in tests/fixtures/lint/ is written as people write models, with mistakes in many
spellings and traps that must stay silent. A line where a finding is expected ends with
`# expect: LC005` (several: `# expect: LC002, LC002`). The test asserts that the findings,
as (line, code) pairs counted with multiplicity, are exactly the markers.

A second test asks torch itself: every call the linter reports is rebuilt from its own text
(values the linter resolved are used as resolved, names it could not resolve get a harmless
stand-in) and evaluated on the meta device. What torch raises, warns, or accepts must be what
the findings say. Calls the linter left silent whose every argument is known are built too,
and must build without an error or a warning. Fixture modules are never run as a whole.

Where the linter is wrong, the fixture keeps the correct expectation and the test fails: a
disagreement is a bug to fix, never an entry to skip.
"""

from __future__ import annotations

import ast
import re
import warnings
from collections import Counter
from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.lint.extract import extract
from lstmcheck.records import CallRecord, Finding, Settings

FIXTURES = Path(__file__).parent / "fixtures" / "lint"
FILES = sorted(FIXTURES.glob("*.py"))
_MARKER = re.compile(r"#\s*expect:\s*(LC\d{3}(?:\s*,\s*LC\d{3})*)")



# --- expectations -------------------------------------------------------------------------

def expected_findings(path: Path) -> Counter[tuple[int, str]]:
    out: Counter[tuple[int, str]] = Counter()
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        match = _MARKER.search(line)
        if match:
            for code in re.split(r"\s*,\s*", match.group(1)):
                out[(number, code)] += 1
    return out


def lint(path: Path) -> tuple[Finding, ...]:
    result = check_source(path.read_bytes(), str(path), Settings())
    return result.findings


def _describe(findings: list[Finding], pairs: Counter) -> str:
    lines = []
    for (line, code), n in sorted(pairs.items()):
        messages = [f.message for f in findings if (f.location.line, f.code) == (line, code)]
        lines.append(f"  line {line}: {code} x{n}" + "".join(f"\n      {m}" for m in messages))
    return "\n".join(lines)


def test_fixtures_exist():
    assert len(FILES) >= 10
    assert sum(sum(expected_findings(p).values()) for p in FILES) >= 80


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_findings_match_markers(path: Path):
    findings = list(lint(path))
    actual = Counter((f.location.line, f.code) for f in findings)
    expected = expected_findings(path)
    missed = expected - actual
    extra = actual - expected
    assert not missed and not extra, (
        f"{path.name}: lstmcheck disagrees with the # expect: markers\n"
        + (f"missed (expected, not reported):\n{_describe(findings, missed)}\n" if missed else "")
        + (f"extra (reported, not expected):\n{_describe(findings, extra)}\n" if extra else "")
    )


# --- torch as the oracle ------------------------------------------------------------------

import torch  # noqa: E402  (the oracle; CI installs it)

# Positional order of each constructor as the user writes it (torch 2.13, verified; see
# /work/shared/reference/torch-rnn-semantics.md section 1), kept here independent of lstmcheck.
_FAMILY_TAIL = ("bias", "batch_first", "dropout", "bidirectional", "proj_size", "device", "dtype")
ORDER = {
    "LSTM": ("input_size", "hidden_size", "num_layers", *_FAMILY_TAIL),
    "GRU": ("input_size", "hidden_size", "num_layers", *_FAMILY_TAIL),
    "RNN": ("input_size", "hidden_size", "num_layers", "nonlinearity", *_FAMILY_TAIL),
    "LSTMCell": ("input_size", "hidden_size", "bias", "device", "dtype"),
    "GRUCell": ("input_size", "hidden_size", "bias", "device", "dtype"),
    "RNNCell": ("input_size", "hidden_size", "bias", "nonlinearity", "device", "dtype"),
}
# Harmless stand-ins for names the linter could not resolve.
STAND_IN = {"input_size": 8, "hidden_size": 12, "num_layers": 2, "dropout": 0.0, "bias": True,
            "batch_first": False, "bidirectional": False, "proj_size": 0, "nonlinearity": "tanh",
            "device": None, "dtype": None}
_UNKNOWN = object()


# (file, line, codes) of every reported call torch confirmed, for the sample-size check.
VERIFIED: list[tuple[str, int, tuple[str, ...]]] = []


class Unbuildable(Exception):
    """The call cannot be rebuilt honestly (star arguments, or a stand-in is needed but the
    linter's verdict depends on what it stands for)."""


def _argument(record: CallRecord, name: str | None, node: ast.expr, source: str):
    try:
        return ast.literal_eval(node)
    except ValueError:
        pass
    value = record.call.arguments.get(name) if name else None
    if value is not None and value.text == ast.get_source_segment(source, node) and value.known:
        return value.value
    return _UNKNOWN


def rebuild(record: CallRecord, *, stand_ins: bool) -> tuple[list, dict]:
    """The call's arguments as torch would receive them."""
    call = ast.parse(record.text.strip(), mode="eval").body
    assert isinstance(call, ast.Call)
    order = ORDER[record.constructor]
    args: list = []
    kwargs: dict = {}
    for index, node in enumerate(call.args):
        if isinstance(node, ast.Starred):
            raise Unbuildable("*args")
        name = order[index] if index < len(order) else None
        value = _argument(record, name, node, record.text.strip())
        if value is _UNKNOWN:
            if not stand_ins:
                raise Unbuildable(ast.unparse(node))
            value = STAND_IN.get(name, 1)
        args.append(value)
    for kw in call.keywords:
        if kw.arg is None:
            raise Unbuildable("**kwargs")
        value = _argument(record, kw.arg, kw.value, record.text.strip())
        if value is _UNKNOWN:
            if not stand_ins:
                raise Unbuildable(ast.unparse(kw.value))
            value = STAND_IN.get(kw.arg, 1)
        kwargs[kw.arg] = value
    return args, kwargs


def build(ctor: str, args: list, kwargs: dict):
    """(module, exception, warning messages) of building the layer on meta."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with torch.device("meta"):
                module = getattr(torch.nn, ctor)(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - torch is the oracle
            return None, exc, [str(w.message) for w in caught]
    return module, None, [str(w.message) for w in caught if "NumPy" not in str(w.message)]


def forward_once(module, ctor: str, input_size):
    x = torch.zeros((1, input_size) if ctor.endswith("Cell") else (1, 1, input_size),
                    device="meta")
    module(x)


def _matches(outcome, exc: BaseException) -> bool:
    if outcome.exception != type(exc).__name__:
        return False
    actual = str(exc)
    return actual == outcome.message or actual.startswith(outcome.message)


def _records(path: Path) -> dict[tuple[int, int], CallRecord]:
    facts = extract(path.read_text(), str(path))
    return {(r.location.line, r.location.column): r for r in facts.calls}


def _parsable():
    out = []
    for path in FILES:
        try:
            ast.parse(path.read_text())
        except SyntaxError:
            continue
        out.append(path)
    return out


@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.parametrize("path", _parsable(), ids=lambda p: p.name)
def test_findings_agree_with_torch(path: Path):
    """Each reported call, rebuilt and built on meta, does what its findings say."""
    records = _records(path)
    by_call: dict[tuple[int, int], list[Finding]] = {}
    for f in lint(path):
        if f.call is not None and f.outcome is not None and f.code != "LC003":
            by_call.setdefault((f.call.line, f.call.column), []).append(f)
    checked = 0
    for key, findings in sorted(by_call.items()):
        record = records[key]
        try:
            args, kwargs = rebuild(record, stand_ins=True)
        except Unbuildable:
            continue
        where = f"{path.name}:{key[0]}: {' '.join(record.text.split())}"
        module, exc, warned = build(record.constructor, args, kwargs)
        outcomes = [f.outcome for f in findings]
        raises = [o for o in outcomes if o.kind == "raises"]
        if raises:
            assert exc is not None, f"{where}: lstmcheck says torch raises, torch builds it"
            assert any(_matches(o, exc) for o in raises), (
                f"{where}: torch raised {type(exc).__name__}: {exc}\n"
                f"lstmcheck said: {[(o.exception, o.message) for o in raises]}")
        else:
            assert exc is None, f"{where}: torch raised {exc!r}, lstmcheck predicts no error"
            for o in outcomes:
                if o.kind == "warns":
                    assert o.message in warned, (where, o.message, warned)
                elif o.kind == "forward-raises":
                    size = args[0] if args else kwargs.get("input_size", 8)
                    with pytest.raises(Exception) as info:
                        forward_once(module, record.constructor, size)
                    assert type(info.value).__name__ == o.exception, (where, info.value)
                    assert o.message.split(" ...")[0] in str(info.value), (where, info.value)
        checked += 1
        VERIFIED.append((path.name, key[0], tuple(f.code for f in findings)))


def test_torch_confirmed_a_good_sample():
    """Runs after test_findings_agree_with_torch (file order): most error findings that
    predict a construction error were rebuilt and confirmed by torch."""
    if not VERIFIED:
        pytest.skip("run together with test_findings_agree_with_torch")
    confirmed = sum(len(codes) for _, _, codes in VERIFIED)
    errors = sum(1 for path in _parsable() for f in lint(path)
                 if f.severity == "error" and f.code != "LC003")
    assert confirmed >= 0.8 * errors, (confirmed, errors)


@pytest.mark.parametrize("path", _parsable(), ids=lambda p: p.name)
def test_silent_known_calls_build_cleanly(path: Path):
    """A call the linter leaves silent, whose arguments are all known, builds on meta without
    an error or a warning (precision, with torch as the judge)."""
    records = _records(path)
    flagged = {(f.call.line, f.call.column) for f in lint(path) if f.call is not None}
    for key, record in sorted(records.items()):
        if key in flagged:
            continue
        try:
            args, kwargs = rebuild(record, stand_ins=False)
        except Unbuildable:
            continue
        _, exc, warned = build(record.constructor, args, kwargs)
        where = f"{path.name}:{key[0]}: {' '.join(record.text.split())}"
        assert exc is None, f"{where}: silent, but torch raises {type(exc).__name__}: {exc}"
        assert not warned, f"{where}: silent, but torch warns {warned}"


def test_torch_evidence_for_subtle_fixture_lines():
    """The torch side of each disagreement, on snippets equivalent to the fixture lines."""
    emb, hid = 32, 48
    embedded = torch.zeros(5, 1, emb, device="meta")
    with torch.device("meta"):
        # pos_tagger.py:31 and :52, swapped sizes: the first forward on embeddings fails
        for swapped in (torch.nn.LSTM(hid, emb), torch.nn.LSTM(input_size=hid, hidden_size=emb)):
            with pytest.raises(RuntimeError, match="input.size\\(-1\\) must be equal to input_size"):
                swapped(embedded)
    # config_driven.py:59: Config.LAYERS = 1, Config.DROPOUT = 0.3
    _, exc, warned = build("LSTM", [100, 128, 1], {"dropout": 0.3})
    assert exc is None and any("num_layers greater than 1" in w for w in warned)
    # traps_correct_torch.py:123: what torch receives is the caller's values, e.g. 64 and 2
    _, exc, warned = build("LSTM", [16, 64, 2], {"dropout": 0.2})
    assert exc is None and not warned
