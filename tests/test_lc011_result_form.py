"""LC011 on small models written as people write them, torch the oracle: each case is flagged
exactly when its forward pass raises, and the finding sits on the line that takes the result
apart or uses it, quoting what torch (Python) raises there."""

from __future__ import annotations

import re
import warnings

import pytest

from lstmcheck.lint.engine import check_source

HEAD = "import torch\nimport torch.nn as nn\n\n\n"

# (name, model source defining `Model` and `RUN` (a zero-argument forward pass), the line
# (1-based, within the source after HEAD) LC011 is reported on, or None when silent)
CASES = [
    # Kaggle-style text classifier (real code: a bidirectional GRU unpacked like an LSTM; with
    # num_layers=1 h_n has two rows and Python unpacks them without a word: silent)
    ("gru_bidirectional_one_layer_unpacks", """\
class Model(nn.Module):
    def __init__(self, hidden_size=16, num_layers=1):
        super().__init__()
        self.gru = nn.GRU(hidden_size, hidden_size, num_layers, batch_first=True, bidirectional=True)
        self.lstm = nn.LSTM(hidden_size * 2, hidden_size * 2, num_layers, batch_first=True)

    def forward(self, x):
        out, (h, c) = self.gru(x)
        out, (h, c) = self.lstm(out)
        return out

RUN = lambda: Model()(torch.randn(3, 5, 16))
""", None),
    # the same with two layers: h_n has four rows
    ("gru_bidirectional_two_layers_unpacked_as_pair", """\
class Model(nn.Module):
    def __init__(self, hidden_size=16, num_layers=2):
        super().__init__()
        self.gru = nn.GRU(hidden_size, hidden_size, num_layers, batch_first=True, bidirectional=True)

    def forward(self, x):
        out, (h, c) = self.gru(x)
        return out

RUN = lambda: Model()(torch.randn(3, 5, 16))
""", 7),
    # a graph model's GRU of two layers (real code: `out, (h, c) = self.gru(words_embed)` with
    # num_layers=2: two rows, no error, h is the first layer's state): silent, torch agrees
    ("gru_two_layers_unpacks_silently", """\
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(input_size=50, hidden_size=20, num_layers=2, batch_first=False)

    def forward(self, words_embed):
        out, (h, c) = self.gru(words_embed)
        return h

RUN = lambda: Model()(torch.randn(6, 3, 50))
""", None),
    ("gru_one_layer_unpacked_as_pair", """\
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(50, 20)

    def forward(self, x):
        out, (h, c) = self.gru(x)
        return h

RUN = lambda: Model()(torch.randn(6, 3, 50))
""", 7),
    ("lstm_three_names", """\
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 16, batch_first=True)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        out, h, c = self.lstm(x)
        return self.fc(out[:, -1])

RUN = lambda: Model()(torch.randn(3, 5, 8))
""", 8),
    ("lstm_whole_result_to_linear", """\
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 16, batch_first=True)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        out = self.lstm(x)
        return self.fc(out)

RUN = lambda: Model()(torch.randn(3, 5, 8))
""", 9),
    ("rnn_whole_result_last_step", """\
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(8, 16, batch_first=True)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        y = self.rnn(x)
        return self.fc(y[:, -1, :])

RUN = lambda: Model()(torch.randn(3, 5, 8))
""", 9),
    ("lstm_whole_result_size", """\
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 16)

    def forward(self, x):
        y = self.lstm(x)
        return y.contiguous().view(-1, 16)

RUN = lambda: Model()(torch.randn(5, 3, 8))
""", 8),
    ("lstm_whole_result_indexed_right", """\
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 16)

    def forward(self, x):
        res = self.lstm(x)
        output, hidden = res
        return res[0][-1] + hidden[0][0] + output.sum()

RUN = lambda: Model()(torch.randn(5, 3, 8))
""", None),
    ("grucell_unpacked_as_pair", """\
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(8, 16)

    def forward(self, x):
        h = torch.zeros(3, 16)
        for t in range(x.size(0)):
            h, c = self.cell(x[t], h)
        return h

RUN = lambda: Model()(torch.randn(5, 3, 8))
""", 9),
    ("lstmcell_kept_whole", """\
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(8, 16)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        h = torch.zeros(3, 16)
        c = torch.zeros(3, 16)
        h = self.cell(x[0], (h, c))
        return self.fc(h)

RUN = lambda: Model()(torch.randn(5, 3, 8))
""", 11),
    ("cells_right", """\
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru_cell = nn.GRUCell(8, 16)
        self.lstm_cell = nn.LSTMCell(8, 16)

    def forward(self, x):
        h = torch.zeros(3, 16)
        c = torch.zeros(3, 16)
        g = self.gru_cell(x[0], h)
        h, c = self.lstm_cell(x[0], (h, c))
        return g + h

RUN = lambda: Model()(torch.randn(5, 3, 8))
""", None),
    # the kind chosen by a configuration: `getattr(nn, rnn_type)` and an `if` on it
    ("kind_dispatch", """\
class Model(nn.Module):
    def __init__(self, rnn_type="GRU"):
        super().__init__()
        self.rnn_type = rnn_type
        self.rnn = getattr(nn, rnn_type)(8, 16)

    def forward(self, x):
        if self.rnn_type == "LSTM":
            out, (h, c) = self.rnn(x)
        else:
            out, h = self.rnn(x)
        return out

RUN = lambda: (Model()(torch.randn(5, 3, 8)), Model("LSTM")(torch.randn(5, 3, 8)))
""", None),
]


@pytest.fixture(scope="module")
def torch_outcomes() -> dict[str, BaseException | None]:
    """Case name -> what its forward pass raised (None: it ran)."""
    torch = pytest.importorskip("torch")
    outcomes: dict[str, BaseException | None] = {}
    for name, source, _ in CASES:
        namespace: dict = {}
        exec(compile(HEAD + source, name, "exec"), namespace)  # noqa: S102 - our own test models
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            try:
                namespace["RUN"]()
            except Exception as exc:  # noqa: BLE001 - torch is the oracle
                outcomes[name] = exc
            else:
                outcomes[name] = None
    return outcomes


@pytest.mark.parametrize(("name", "source", "line"), CASES, ids=[c[0] for c in CASES])
def test_flagged_exactly_where_torch_raises(name, source, line, torch_outcomes) -> None:
    findings = [f for f in check_source((HEAD + source).encode(), f"{name}.py").findings
                if f.code == "LC011"]
    raised = torch_outcomes[name]
    assert (raised is not None) == (line is not None), (name, raised)
    if line is None:
        assert findings == [], findings
        return
    (finding,) = findings
    assert finding.location.line == line + HEAD.count("\n"), finding
    # the finding quotes what Python raises there, and names the exception
    assert finding.outcome is not None and finding.outcome.exception == type(raised).__name__, finding.outcome
    assert re.search(finding.outcome.message, str(raised)), (finding.outcome.message, str(raised))
    assert finding.fix is not None and finding.fix.description


def test_message_says_what_the_layer_returns() -> None:
    source = HEAD + CASES[3][1]
    (finding,) = [f for f in check_source(source.encode(), "m.py").findings if f.code == "LC011"]
    assert "nn.GRU returns (output, h_n): h_n is one tensor (1, " in finding.message
    assert finding.severity == "error"
    assert "`out, h = self.gru(x)`" in finding.fix.description


def test_what_a_tuple_has_is_no_misuse() -> None:
    source = HEAD + """\
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 16)

    def forward(self, x):
        y = self.lstm(x)
        return y.__len__() + y.count(None) + len(y)
"""
    assert [f for f in check_source(source.encode(), "m.py").findings if f.code == "LC011"] == []


def test_a_layer_fed_another_layers_whole_result() -> None:
    """`self.lstm2(self.lstm1(x))`: torch reads the tuple's dims and raises AttributeError."""
    torch = pytest.importorskip("torch")
    first, second = torch.nn.LSTM(8, 16), torch.nn.GRU(16, 4)
    with pytest.raises(AttributeError) as raised:
        second(first(torch.randn(5, 3, 8)))
    source = HEAD + """\
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.first = nn.LSTM(8, 16)
        self.second = nn.GRU(16, 4)

    def forward(self, x):
        return self.second(self.first(x))
"""
    (finding,) = [f for f in check_source(source.encode(), "m.py").findings if f.code == "LC011"]
    assert finding.location.line == 12
    assert re.search(finding.outcome.message, str(raised.value))
