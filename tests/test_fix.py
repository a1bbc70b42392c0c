"""What --fix does to code, with torch as the oracle: each call torch rejected (or warned
about) before its fix, torch builds without an error or a warning after it. Fixes that are
not safe wait for --unsafe-fixes; fixes that would break the parse or add a finding are left
out with a note; and only spans change, so comments and layout survive."""

from __future__ import annotations

import re
import warnings

import pytest
import torch

from lstmcheck.fixes import applicable
from lstmcheck.fixes.apply import apply_edits, choose
from lstmcheck.fixes.loop import fix_text
from lstmcheck.lint.engine import check_source
from lstmcheck.records import Edit, Finding, Fix, Location, Settings

HEADER = "import torch.nn as nn\n\n\ndef make(hidden, features, cfg):\n    return "


def module(call: str) -> str:
    return HEADER + call + "  # a comment that stays\n"


def call_of(text: str) -> str:
    """The call back out of a module written by `module`."""
    body = text[len(HEADER):]
    return body[: body.index("  # a comment that stays")]


def build(call: str, names: dict) -> tuple[str | None, list[str]]:
    """torch's answer to the call: the exception it raised (type: message), the warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with torch.device("meta"):
                eval(call, {"nn": torch.nn, **names})  # the test's own snippet, not user code
        except Exception as exc:  # noqa: BLE001 - torch is the oracle
            return f"{type(exc).__name__}: {exc}", []
    return None, [str(w.message) for w in caught if "NumPy" not in str(w.message)]


NAMES = {"hidden": 64, "features": 32, "cfg": {}}

SAFE = [
    ("nn.LSTM(10, hidden=20)", "nn.LSTM(10, hidden_size=20)"),
    ("nn.GRU(10, 20, n_layers=2)", "nn.GRU(10, 20, num_layers=2)"),
    ("nn.LSTM(10, 20, batchfirst=True)", "nn.LSTM(10, 20, batch_first=True)"),
    ("nn.LSTM(10, hiden_size=20, num_layers=2)", "nn.LSTM(10, hidden_size=20, num_layers=2)"),
    ("nn.LSTM(input_dim=10, hidden_dim=20)", "nn.LSTM(input_size=10, hidden_size=20)"),
    ("nn.LSTM(10, 20, 2, 0.5)", "nn.LSTM(10, 20, 2, dropout=0.5)"),
    ("nn.GRU(10, 20, 3, 0.25)", "nn.GRU(10, 20, 3, dropout=0.25)"),
    ("nn.RNN(10, 20, 2, 0.5)", "nn.RNN(10, 20, 2, dropout=0.5)"),
    ("nn.LSTM(10, hidden / 2)", "nn.LSTM(10, hidden // 2)"),
    ("nn.GRU(10, hidden_size=hidden * 3 / 4)", "nn.GRU(10, hidden_size=hidden * 3 // 4)"),
    ("nn.LSTM(10, 20 / 2)", "nn.LSTM(10, 20 // 2)"),
    ("nn.LSTMCell(features / 2, 20)", "nn.LSTMCell(features // 2, 20)"),
    ("nn.LSTM(10, 20, 2, num_layers=2)", "nn.LSTM(10, 20, 2)"),
    ("nn.RNN(10, 20, 1, 'relu', nonlinearity='relu')", "nn.RNN(10, 20, 1, 'relu')"),
    ("nn.RNN(10, 20, 1, 'relu', nonlinearity=\"relu\")", "nn.RNN(10, 20, 1, 'relu')"),
]

UNSAFE = [
    ("nn.LSTM(10, 20, dropout=0.3)", "nn.LSTM(10, 20)"),
    ("nn.GRU(10, 20, 1, dropout=0.1, batch_first=True)", "nn.GRU(10, 20, 1, batch_first=True)"),
    ("nn.LSTMCell(10, 20, dropout=0.2)", "nn.LSTMCell(10, 20)"),
    ("nn.GRUCell(10, 20, batch_first=True)", "nn.GRUCell(10, 20)"),
    ("nn.LSTM(10, 20, nonlinearity='relu')", "nn.LSTM(10, 20)"),
    ("nn.LSTM(10, hidden / 2 + 1)", "nn.LSTM(10, hidden // 2 + 1)"),
    ("nn.LSTM(10, hidden=20, **cfg)", "nn.LSTM(10, hidden_size=20, **cfg)"),
    ("nn.LSTM(10, 20, bias_first=True)", "nn.LSTM(10, 20, batch_first=True)"),  # a loose likeness
]

# Fixes that are only words: no one but the author knows what to write.
WORDS_ONLY = [
    "nn.LSTM(10)",  # LC001: which hidden size?
    "nn.LSTM(10, 20, hidden_size=30)",  # LC004: 20 or 30?
    "nn.LSTM(10, 20, 2, num_layers=2.0)",  # LC004: the int or the float?
    "nn.LSTM(10, 20, 1, 0.5)",  # dropout=0.5 on one layer would apply no dropout either
    "nn.LSTM(10, 20, 2, 0.5, True)",  # a keyword cannot come before a positional
    "nn.LSTM(10, 20, hidden=30)",  # hidden_size is given already
    "nn.LSTM(10, hidden=20, hidden_dim=20)",  # two keywords want hidden_size
    "nn.LSTM(10, 20, 1, True, False, 0.3, False)",  # a positional dropout in the middle
    "nn.LSTMCell(10, 20, 0.5)",  # a cell has no dropout
    "nn.LSTM(hidden_size=20, output_size=10)",  # difflib's input_size is the opposite
    "nn.LSTM(10, 20, 1, True, False, 0.0, False, 0, None, None, 1)",  # LC004 too many
]


def _assert_torch_turns(before: str, after: str) -> None:
    error, warned = build(before, NAMES)
    assert error is not None or warned, f"torch accepts {before} already"
    error, warned = build(after, NAMES)
    assert error is None and not warned, f"torch still objects to {after}: {error or warned}"


@pytest.mark.parametrize(("call", "expected"), SAFE)
def test_safe_fix_makes_torch_accept_the_call(call: str, expected: str) -> None:
    result = fix_text(module(call), "m.py")
    assert call_of(result.text) == expected
    assert result.fixed and result.notes == ()
    assert check_source(result.text.encode(), "m.py").findings == ()
    _assert_torch_turns(call, call_of(result.text))


@pytest.mark.parametrize(("call", "expected"), UNSAFE)
def test_unsafe_fix_waits_for_unsafe_fixes(call: str, expected: str) -> None:
    assert fix_text(module(call), "m.py").text == module(call)
    findings = check_source(module(call).encode(), "m.py").findings
    assert any(applicable(f, unsafe=True) and not applicable(f) for f in findings)
    result = fix_text(module(call), "m.py", unsafe=True)
    assert call_of(result.text) == expected
    assert check_source(result.text.encode(), "m.py").findings == ()
    _assert_torch_turns(call, call_of(result.text))


@pytest.mark.parametrize("call", WORDS_ONLY)
def test_words_only_fixes_change_nothing(call: str) -> None:
    findings = check_source(module(call).encode(), "m.py").findings
    assert findings and all(f.fix is not None and f.fix.description for f in findings
                            if f.code != "LC006" or "0.3" not in call)
    assert not any(applicable(f, unsafe=True) for f in findings)
    assert fix_text(module(call), "m.py", unsafe=True).text == module(call)


def test_layout_and_comments_survive() -> None:
    source = (
        "import torch.nn as nn\n\n"
        "class Model(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.LSTM(\n"
        "            10,   # features\n"
        "            hidden = 20,  # units\n"
        "            n_layers=2,\n"
        "            dropout=0.5,\n"
        "        )\n"
        "        self.one = nn.GRU(10, 20,  # one layer\n"
        "                          dropout=0.2)\n"
    )
    result = fix_text(source, "m.py", unsafe=True)
    assert result.text == source.replace("hidden = 20", "hidden_size = 20").replace(
        "n_layers=2", "num_layers=2").replace(",  # one layer\n                          "
                                              "dropout=0.2)", ",  # one layer\n                          )")
    assert check_source(result.text.encode(), "m.py").findings == ()


def test_argument_alone_on_its_line_takes_the_line_with_it() -> None:
    source = ("import torch.nn as nn\n\n\ndef make():\n    return nn.LSTM(\n        10,\n"
              "        20,\n        dropout=0.3,\n    )\n")
    result = fix_text(source, "m.py", unsafe=True)
    assert result.text == source.replace("        dropout=0.3,\n", "")


def test_every_fix_of_a_file_is_applied_in_one_round() -> None:
    source = module("nn.LSTM(10, hidden=20, batchfirst=True, n_layers=2)")
    result = fix_text(source, "m.py")
    assert call_of(result.text) == "nn.LSTM(10, hidden_size=20, batch_first=True, num_layers=2)"
    assert [f.code for f in result.fixed] == ["LC002"] * 3
    assert result.rounds == 1


def test_a_fix_that_makes_a_new_finding_appear_is_dropped_with_a_note() -> None:
    # hidden_size=0 is what torch then rejects: LC005 would appear where LC002 was
    source = module("nn.LSTM(10, hidden=0)")
    result = fix_text(source, "m.py", unsafe=True)
    assert result.text == source and result.fixed == ()
    (note,) = result.notes
    assert note.finding.code == "LC002" and "LC005" in note.reason


def test_a_fix_whose_result_does_not_parse_is_dropped_with_a_note(monkeypatch) -> None:
    from lstmcheck.lint.rules import lc002_unknown_argument as rule

    real = rule.rename_keyword

    def broken(record, argument, keyword, new):
        edit = real(record, argument, keyword, new)
        return edit if keyword != "hidden" else Edit(edit.location, new + "=(")

    monkeypatch.setattr(rule, "rename_keyword", broken)
    source = module("nn.LSTM(10, hidden=20, batchfirst=True)")
    result = fix_text(source, "m.py")
    assert call_of(result.text) == "nn.LSTM(10, hidden=20, batch_first=True)"
    (note,) = result.notes
    assert "would not parse" in note.reason and "hidden" in note.finding.message


def test_noqa_and_ignore_keep_their_findings_unfixed() -> None:
    source = ("import torch.nn as nn\nnn.LSTM(10, hidden=20)  # noqa: LC002\n"
              "nn.LSTM(10, 20, 2, 0.5)\n")
    assert fix_text(source, "m.py").text == source.replace("2, 0.5", "2, dropout=0.5")
    assert fix_text(source, "m.py", Settings(ignore=("LC005",))).text == source


def _finding(line: int, start: int, end: int, text: str) -> Finding:
    location = Location(line, start, line, end)
    return Finding("LC002", "unknown-argument", "error", "m.py", location, f"at {start}",
                   fix=Fix("d", (Edit(location, text),), safe=True))


def test_overlapping_fixes_keep_the_first() -> None:
    text = "abcdef\n"
    first, second, third = _finding(1, 2, 4, "X"), _finding(1, 3, 5, "Y"), _finding(1, 5, 6, "Z")
    chosen, left_out = choose(text, [first, second, third])
    assert chosen == [first, third] and left_out == [(second, first)]
    assert apply_edits(text, [e for f in chosen for e in f.fix.edits]) == "aXdZf\n"


def test_apply_edits_refuses_what_does_not_fit() -> None:
    with pytest.raises(ValueError):
        apply_edits("ab\n", [Edit(Location(3, 1, 3, 2), "x")])
    with pytest.raises(ValueError):
        apply_edits("abc\n", [Edit(Location(1, 1, 1, 3), "x"), Edit(Location(1, 2, 1, 4), "y")])
    edits = [Edit(Location(1, 2, 2, 2), "-"), Edit(Location(2, 3, 2, 3), "!")]
    assert apply_edits("ab\r\ncd\r\n", edits) == "a-d!\r\n"


# --- LC005 judges true division by its form -----------------------------------------------

DIVIDED = ["nn.LSTM(10, hidden / 2)", "nn.GRU(features / 4, 20)", "nn.RNN(10, -hidden / 2)",
           "nn.LSTMCell(features, hidden / 2)", "nn.GRUCell(features / 2 + 1, 20)",
           "nn.LSTM(10, (hidden + features) / 2)"]


@pytest.mark.parametrize("call", DIVIDED)
def test_true_division_in_a_size_is_reported_whatever_the_names_hold(call: str) -> None:
    (finding,) = check_source(module(call).encode(), "m.py").findings
    assert finding.code == "LC005" and finding.severity == "error"
    for hidden, features in ((64, 32), (63, 31), (2, 2)):
        error, _ = build(call, {"hidden": hidden, "features": features})
        assert error is not None, (call, hidden)
        exception, _, message = error.partition(": ")
        assert exception == finding.outcome.exception
        assert message.startswith(finding.outcome.message), (message, finding.outcome.message)


@pytest.mark.parametrize("call", ["nn.LSTM(10, hidden // 2)", "nn.LSTM(10, int(hidden / 2))",
                                  "nn.LSTM(10, round(hidden / 2))", "nn.LSTM(10, hidden)",
                                  "nn.LSTM(10, len(cfg) or hidden)"])
def test_sizes_that_divide_to_an_int_are_silent(call: str) -> None:
    assert check_source(module(call).encode(), "m.py").findings == ()
    assert build(call, NAMES) == (None, [])


def test_a_fixed_finding_is_marked_fixable() -> None:
    findings = check_source(module("nn.LSTM(10, hidden=20)").encode(), "m.py").findings
    assert [applicable(f) for f in findings] == [True]
    assert re.fullmatch(r"rename hidden= to hidden_size=", findings[0].fix.description)


@pytest.mark.parametrize(("layers", "expected"), [
    ("2", "nn.LSTM(10, 20, num_layers=2, dropout=0.3)"),  # the dropout was effective as meant
    ("1", "nn.LSTM(10, 20, num_layers=1, dropout=0.3)"),  # one layer as meant: LC006 stays
])
def test_a_misspelled_num_layers_decides_whether_dropout_is_ineffective(layers: str,
                                                                       expected: str) -> None:
    source = module(f"nn.LSTM(10, 20, n_layers={layers}, dropout=0.3)")
    before = [f.code for f in check_source(source.encode(), "m.py").findings]
    assert before == (["LC002", "LC006"] if layers == "1" else ["LC002"])
    result = fix_text(source, "m.py")
    assert call_of(result.text) == expected and result.notes == ()
    error, warned = build(expected, NAMES)
    assert error is None and bool(warned) == (layers == "1")


def test_a_refused_fix_does_not_hold_back_the_others() -> None:
    source = ("import torch.nn as nn\n"
              "a = nn.LSTM(10, hidden=0)\n"  # renaming would reveal hidden_size=0: refused
              "b = nn.LSTM(10, 20, dropout=0.3)\n")  # unsafe: its round comes after
    result = fix_text(source, "m.py", unsafe=True)
    assert result.text == source.replace(", dropout=0.3", "")
    assert [n.finding.code for n in result.notes] == ["LC002"]
