"""A class built at several sites, or steered by a bool parameter, is several models: each
configuration is checked, and a finding says which one fails. What fails only in a
configuration no site builds is a warning; torch is run in every configuration as the
oracle."""

from __future__ import annotations

import textwrap

import pytest

torch = pytest.importorskip("torch")

from lstmcheck.lint.engine import check_source  # noqa: E402
from lstmcheck.lint.extract import extract  # noqa: E402

PRECEDENCE = textwrap.dedent('''
    import torch
    import torch.nn as nn


    class Classifier(nn.Module):
        def __init__(self, emb, hidden, bidir):
            super().__init__()
            self.rnn = nn.GRU(emb, hidden, bidirectional=bidir)
            self.out = nn.Linear(HEAD, 3)

        def forward(self, x):
            out, _ = self.rnn(x)
            return self.out(out)


    def run(bidir=True):
        return Classifier(8, 16, bidir=bidir)(torch.randn(5, 2, 8))
''')

BRANCHES = textwrap.dedent('''
    import torch
    import torch.nn as nn


    class Tagger(nn.Module):
        def __init__(self, hidden, bidirectional=False):
            super().__init__()
            self.lstm = nn.LSTM(6, hidden, bidirectional=bidirectional)
            if bidirectional:
                self.fc = nn.Linear(WIDE, 4)
            else:
                self.fc = nn.Linear(hidden, 4)

        def forward(self, x):
            out, _ = self.lstm(x)
            return self.fc(out)


    def run(bidirectional):
        return Tagger(10, bidirectional)(torch.randn(3, 2, 6))


    small = Tagger(10)
    large = Tagger(10, bidirectional=True)
''')


def torch_raises(source: str, **kwargs) -> bool:
    namespace: dict = {}
    exec(compile(source, "<case>", "exec"), namespace)  # noqa: S102 - our own small models
    try:
        namespace["run"](**kwargs)
    except RuntimeError:
        return True
    return False


def flow_findings(source: str) -> list:
    return [f for f in check_source(source.encode(), "m.py").findings
            if f.code in ("LC003", "LC007", "LC008", "LC009")]


def test_the_configuration_nobody_builds_is_a_warning_that_names_it():
    source = PRECEDENCE.replace("HEAD", "hidden * 2 if bidir else 1")  # (hidden*2) if ... else 1
    assert not torch_raises(source, bidir=True) and torch_raises(source, bidir=False)
    (finding,) = flow_findings(source)
    assert finding.severity == "warning" and "bidir=False" in finding.message
    heads = {f.when: f.hypothetical for f in extract(source, "m.py").feeds if f.kind == "Linear" and f.when}
    assert heads == {"when bidir=True": False, "when bidir=False": True}


def test_the_right_precedence_is_silent_in_every_configuration():
    source = PRECEDENCE.replace("HEAD", "hidden * (2 if bidir else 1)")
    assert not torch_raises(source, bidir=True) and not torch_raises(source, bidir=False)
    assert not flow_findings(source)


def test_a_branch_that_a_site_builds_fails_as_an_error_in_that_configuration():
    source = BRANCHES.replace("WIDE", "hidden")
    assert not torch_raises(source, bidirectional=False) and torch_raises(source, bidirectional=True)
    (finding,) = flow_findings(source)
    assert finding.severity == "error"
    heads = {f.when: f.hypothetical for f in extract(source, "m.py").feeds if f.kind == "Linear" and f.when}
    assert heads == {"when bidirectional=True": False, "when bidirectional=False": False}
    assert finding.location.line == 11  # the bidirectional branch's head: the fix
    assert [r.location.line for r in finding.related if r.message.startswith("tensors meet")] == [17]


def test_right_branches_are_silent():
    source = BRANCHES.replace("WIDE", "2 * hidden")
    assert not torch_raises(source, bidirectional=True)
    assert not flow_findings(source)


def test_more_configurations_than_the_bound_leave_the_class_as_it_was():
    flags = [f"f{i}" for i in range(5)]
    source = "import torch.nn as nn\n\nclass M(nn.Module):\n" \
        f"    def __init__(self, hidden, {', '.join(f'{f}=False' for f in flags)}):\n" \
        "        super().__init__()\n" \
        "        self.rnn = nn.GRU(4, hidden, bidirectional=f0)\n" \
        + "".join(f"        if {f}:\n            self.x{f} = 1\n" for f in flags) \
        + "        self.fc = nn.Linear(hidden if f0 else 2 * hidden, 2)\n\n" \
        "    def forward(self, x):\n        return self.fc(self.rnn(x)[0])\n"
    facts = extract(source, "m.py")
    assert all(feed.when is None for feed in facts.feeds)


# --- generated classes: an error names a configuration a site builds, and torch fails there

HEADS = ["hidden", "2 * hidden", "hidden * 2 if bidir else 1", "hidden * (2 if bidir else 1)",
         "hidden * self.directions"]


def _generated(head: str, sites: list[bool], branch: bool) -> str:
    lines = [
        "import torch", "import torch.nn as nn", "", "",
        "class Model(nn.Module):",
        "    def __init__(self, hidden, bidir=False):",
        "        super().__init__()",
        "        self.directions = 2 if bidir else 1",
        "        self.rnn = nn.GRU(4, hidden, bidirectional=bidir)",
    ]
    if branch:
        lines += ["        if bidir:", f"            self.out = nn.Linear({head}, 2)",
                  "        else:", "            self.out = nn.Linear(hidden, 2)"]
    else:
        lines += [f"        self.out = nn.Linear({head}, 2)"]
    lines += ["", "    def forward(self, x):", "        out, _ = self.rnn(x)",
              "        return self.out(out)", "", ""]
    lines += [f"m{i} = Model(6, bidir={flag})" for i, flag in enumerate(sites)]
    lines += ["", "", "def run(bidir):", "    return Model(6, bidir=bidir)(torch.randn(3, 2, 4))"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("sites", [[True], [False], [True, False], []])
@pytest.mark.parametrize("branch", [False, True])
def test_generated_configurations_agree_with_torch(head, sites, branch):
    source = _generated(head, sites, branch)
    fails = {flag: torch_raises(source, bidir=flag) for flag in (True, False)}
    built = set(sites)  # run()'s own site passes a value no literal reaches
    findings = flow_findings(source)
    errors = [f for f in findings if f.severity == "error"]
    if errors:
        assert any(fails[flag] for flag in built), source
    if not any(fails.values()):
        assert not findings, source
    if any(fails[flag] for flag in set(sites)):
        assert errors, source


@pytest.mark.parametrize("head", ["hidden", "hidden * 2 if bidir else 1"])
def test_verify_confirms_what_the_configurations_find(head):
    from lstmcheck.records import Settings

    source = _generated(head, [True], branch=False)
    findings = check_source(source.encode(), "m.py", Settings(verify=True)).findings
    assert findings
    assert all(f.verify is not None and f.verify.status != "refuted" for f in findings), findings


# --- small enums: a str parameter the class compares with string literals

KINDS = textwrap.dedent('''
    import torch
    import torch.nn as nn


    class Encoder(nn.Module):
        def __init__(self, hidden, rnn_type="gru"):
            super().__init__()
            self.rnn_type = rnn_type
            if rnn_type.lower() == "lstm":
                self.rnn = nn.LSTM(8, hidden)
            elif rnn_type in ("gru", "GRU"):
                self.rnn = nn.GRU(8, hidden)
            else:
                raise ValueError(rnn_type)

        def forward(self, x):
            STATE
            out, _ = self.rnn(x, state)
            return out
    SITES

    def run(rnn_type):
        return Encoder(16, rnn_type)(torch.randn(5, 2, 8))
''')

ONE_TENSOR = "state = torch.zeros(1, x.size(1), 16)"
BOTH_KINDS = ("state = torch.zeros(1, x.size(1), 16)\n"
              "        if self.rnn_type == 'lstm':\n"
              "            state = (state, torch.zeros(1, x.size(1), 16))")


def _fails(source: str, rnn_type: str) -> bool:
    namespace: dict = {}
    exec(compile(source, "<case>", "exec"), namespace)  # noqa: S102 - our own small models
    try:
        namespace["run"](rnn_type)
    except (RuntimeError, IndexError, TypeError):
        return True
    return False


def _kinds(state: str, sites: str = "") -> str:
    return KINDS.replace("STATE", state).replace("SITES", sites)


def test_a_kind_nobody_builds_that_fails_is_a_warning_that_names_it():
    source = _kinds(ONE_TENSOR, "\n\nsmall = Encoder(16)\n")
    assert _fails(source, "lstm") and not _fails(source, "gru")
    (finding,) = flow_findings(source)
    assert finding.severity == "warning" and "rnn_type='lstm'" in finding.message


def test_a_kind_a_site_builds_that_fails_is_an_error():
    source = _kinds(ONE_TENSOR, '\n\nbig = Encoder(16, "lstm")\n')
    (finding,) = flow_findings(source)
    assert finding.severity == "error" and "rnn_type='lstm'" in finding.message


def test_code_right_for_every_kind_is_silent():
    source = _kinds(BOTH_KINDS, '\n\nbig = Encoder(16, "lstm")\n')
    assert not _fails(source, "lstm") and not _fails(source, "gru")
    assert not flow_findings(source)


def test_a_str_compared_with_many_literals_is_not_an_enum():
    source = _kinds(ONE_TENSOR, "\n\nsmall = Encoder(16)\n").replace(
        '("gru", "GRU")', '("gru", "GRU", "g", "Gru", "gated")')
    assert not flow_findings(source)  # the default's configuration alone: right as it runs


def test_a_kind_no_site_gives_a_known_value_is_not_guessed():
    source = _kinds(ONE_TENSOR)  # run(rnn_type) passes a value the file does not show
    assert not flow_findings(source)


def test_enums_beyond_the_bound_leave_the_bools_and_sites_checked():
    kinds = ", ".join(f'k{i}="a"' for i in range(3))
    tests = "".join(f'        if k{i} in ("a", "b", "c"):\n            self.x{i} = 1\n' for i in range(3))
    source = ("import torch.nn as nn\n\nclass M(nn.Module):\n"
              f"    def __init__(self, hidden, bidir=False, {kinds}):\n"
              "        super().__init__()\n"
              "        self.rnn = nn.GRU(4, hidden, bidirectional=bidir)\n" + tests +
              "        self.fc = nn.Linear(hidden * 2 if bidir else 1, 2)\n\n"
              "    def forward(self, x):\n        return self.fc(self.rnn(x)[0])\n\n\n"
              "model = M(6, bidir=True)\n")
    heads = {f.when: f.hypothetical for f in extract(source, "m.py").feeds if f.kind == "Linear"}
    assert heads == {"when bidir=True": False, "when bidir=False": True}  # 3**3 * 2 > 16: bools only


CHOSEN_CLASS = '''import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, use_lstm=False):
        super().__init__()
        self.use_lstm = use_lstm
        cls = nn.LSTM if use_lstm else nn.GRU
        self.rnn = cls(3, 6)

    def forward(self, x):
        h = torch.zeros(1, x.size(1), 6)
        if self.use_lstm:
            return self.rnn(x, LSTM_STATES)
        return self.rnn(x, h)


def run():
    Net(use_lstm=FLAG)(torch.randn(4, 2, 3))
'''


@pytest.mark.parametrize("flag", ["True", "False"])
@pytest.mark.parametrize("states,wrong", [("(h, h)", False), ("h", True)])
def test_a_class_chosen_into_a_local_is_the_one_each_configuration_builds(flag, states, wrong):
    """`cls = nn.LSTM if use_lstm else nn.GRU; self.rnn = cls(...)`: the layer the states are
    judged against is the one the configuration builds (a false LC009 error named the LSTM
    but judged it as the GRU)."""
    from tests.torch_oracle import run_case

    source = CHOSEN_CLASS.replace("LSTM_STATES", states).replace("FLAG", flag)
    raises = run_case(source)[0] is not None
    assert raises == (wrong and flag == "True")
    errors = [f for f in check_source(source.encode(), "net.py").findings if f.severity == "error"]
    assert [f.code for f in errors] == (["LC009"] if raises else [])


REFUSING = '''import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, hidden, bidirectional=True):
        super().__init__()
        GUARD
        self.rnn = nn.GRU(3, hidden, batch_first=True, bidirectional=bidirectional)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def run():
    Encoder(5)(torch.randn(2, 4, 3))
'''


@pytest.mark.parametrize("guard", [
    'if not bidirectional:\n            raise ValueError("the head needs both directions")',
    'assert bidirectional, "the head needs both directions"',
])
def test_a_configuration_init_refuses_is_not_checked(guard):
    """bidirectional=False is a configuration no site builds, and one __init__ raises for: no
    model to warn about."""
    from tests.torch_oracle import run_case

    source = REFUSING.replace("GUARD", guard)
    assert run_case(source)[0] is None
    assert check_source(source.encode(), "enc.py").findings == ()
    # a test of the flag that does not raise: the one-way configuration is worth a warning
    unguarded = REFUSING.replace("GUARD", 'if not bidirectional:\n            print("one direction")')
    assert [(f.code, f.severity) for f in check_source(unguarded.encode(), "enc.py").findings] \
        == [("LC007", "warning")]
