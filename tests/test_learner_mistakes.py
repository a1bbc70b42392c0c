"""Two mistakes a learner makes on the seed page's quiz, as a new user met them in round 9's
trial: `output[:, -1, :]` on a layer left sequence-first by default, and a batch of one-feature
series fed without its feature dim. torch decides what each file does."""

from __future__ import annotations

import textwrap
import warnings

import pytest

from lstmcheck.lint.engine import check_source

torch = pytest.importorskip("torch")

DEFAULT_SEQUENCE_FIRST = textwrap.dedent("""\
    import torch
    import torch.nn as nn

    lstm = nn.LSTM(input_size=5, hidden_size=3, num_layers=1)
    inputs = torch.randn(4, 2, 5)
    output, (hn, cn) = lstm(inputs)
    last = output[:, -1, :]
    fc = nn.Linear(3, 1)
    prediction = fc(last)
""")

# The same index where the file states no sizes of the data: it may be laid out batch-first
# against the layer's default, and the index then be the one thing right about it.
UNSTATED_DATA = textwrap.dedent("""\
    import torch
    import torch.nn as nn

    class Tagger(nn.Module):
        def __init__(self):
            super().__init__()
            self.lstm = nn.LSTM(input_size=5, hidden_size=3)
            self.fc = nn.Linear(3, 1)

        def forward(self, inputs):
            output, _ = self.lstm(inputs)
            return self.fc(output[:, -1, :])
""")

ONE_FEATURE_SERIES = textwrap.dedent("""\
    import torch
    import torch.nn as nn

    model = nn.LSTM(input_size=1, hidden_size=50, num_layers=2, batch_first=True)
    seq = torch.randn(32, 20)
    out, _ = model(seq)
""")


def _findings(source: str):
    return check_source(source.encode(), "quiz.py").findings


def _run(source: str):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        namespace: dict = {}
        exec(compile(source, "quiz.py", "exec"), namespace)
        return namespace


def test_last_sample_of_a_default_sequence_first_output_is_a_warning():
    namespace = _run(DEFAULT_SEQUENCE_FIRST)  # torch runs it: only the rows' meaning is wrong
    assert tuple(namespace["prediction"].shape) == (4, 1)  # one row per step, not per sample
    (finding,) = _findings(DEFAULT_SEQUENCE_FIRST)
    assert (finding.code, finding.severity, finding.location.line) == ("LC007", "warning", 7)
    assert "batch_first=False, the default" in finding.message
    assert "output[-1]" in finding.message


def test_unstated_data_sizes_leave_the_index_alone():
    namespace = _run(UNSTATED_DATA)
    out = namespace["Tagger"]()(torch.randn(4, 2, 5))
    assert tuple(out.shape) == (4, 1)
    assert not _findings(UNSTATED_DATA)


def test_a_batch_of_one_feature_series_is_told_to_add_the_feature_dim():
    with pytest.raises(RuntimeError, match="input.size\\(-1\\) must be equal to input_size"):
        _run(ONE_FEATURE_SERIES)
    fixed = ONE_FEATURE_SERIES.replace("model(seq)", "model(seq.unsqueeze(-1))")
    assert tuple(_run(fixed)["out"].shape) == (32, 20, 50)  # the batch of 32 kept
    (finding,) = _findings(ONE_FEATURE_SERIES)
    assert (finding.code, finding.severity, finding.location.line) == ("LC008", "error", 5)
    assert ".unsqueeze(-1)" in finding.message
    assert finding.fix is not None and finding.fix.edits == ()
    assert "unsqueeze(-1)" in finding.fix.description
    assert [note.location.line for note in finding.related] == [6, 4]


def test_a_wrong_width_with_more_features_keeps_the_resize_fix():
    source = ONE_FEATURE_SERIES.replace("input_size=1", "input_size=3")
    (finding,) = _findings(source)
    assert finding.location.line == 4
    assert "unsqueeze" not in finding.message
    assert finding.fix is not None and finding.fix.edits


def test_a_cell_fed_two_features_keeps_the_resize_fix():
    source = textwrap.dedent("""\
        import torch
        import torch.nn as nn

        cell = nn.GRUCell(1, 6)
        h = cell(torch.randn(3, 2))
    """)
    with pytest.raises(RuntimeError):
        _run(source)
    (finding,) = _findings(source)
    assert finding.location.line == 4 and "unsqueeze" not in finding.message
