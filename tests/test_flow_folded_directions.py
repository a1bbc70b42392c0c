"""A view that makes the two directions of a bidirectional output rows (`(B, T, 2*H)` reshaped
to `(-1, H)`) feeds a one-direction head without an error at the head: torch fails where the
rows are put back into a batch. LC007 warns at the head; the look-alikes stay silent. torch is
the oracle: each bug's model fails, each look-alike runs."""

from __future__ import annotations

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.lint.shapefns import views
from lstmcheck.records import Settings
from lstmcheck.sizes import Size
from tests.test_diagnosis import HEAD, torch_runs

# the head is built at line 5 (`head = nn.Linear(...)`): where the fix goes
MODEL = (
    "B, T, H = 3, 5, {hidden}\n"
    "lstm = nn.LSTM(7, H, batch_first=True, bidirectional={bidirectional})\n"
    "head = nn.Linear({in_features}, 6)\n"
    "out, _ = lstm(torch.randn(B, T, 7))\n"
    "rows = {view}\n"
    "y = head(rows)\n"
    "y = y.reshape(B, T, 6)\n"
)

# name: (format arguments, whether LC007 warns at the head)
CASES = {
    "reshape-to-hidden-doubles-the-rows": (
        dict(hidden=4, bidirectional=True, in_features="H", view="out.reshape(-1, H)"), True),
    "view-to-hidden-doubles-the-rows": (
        dict(hidden=4, bidirectional=True, in_features="H", view="out.contiguous().view(-1, H)"), True),
    "reshape-to-both-directions": (
        dict(hidden=4, bidirectional=True, in_features="2 * H", view="out.reshape(-1, 2 * H)"), False),
    "one-direction-reshaped-to-hidden": (
        dict(hidden=4, bidirectional=False, in_features="H", view="out.reshape(-1, H)"), False),
    "directions-parted-as-documented": (
        dict(hidden=4, bidirectional=True, in_features="H",
             view="out.view(B, T, 2, H)[:, :, 0, :].reshape(-1, H)"), False),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_view_that_makes_directions_rows_is_found_torch_agrees(name: str) -> None:
    arguments, found = CASES[name]
    source = HEAD + MODEL.format(**arguments)
    failure = torch_runs(source)
    findings = [f for f in check_source(source.encode(), "case.py", Settings(verify=True)).findings
                if f.code == "LC007"]
    if not found:
        assert failure is None
        assert findings == []
        return
    assert failure is not None and "is invalid for input of size" in str(failure)
    (finding,) = findings
    assert finding.severity == "warning"
    assert finding.location.line == 5
    assert "turns the two directions" in finding.message
    assert any(r.location.line == 7 for r in finding.related)  # the view
    # torch takes the head's input: --verify has no forward pass that could confirm it
    assert finding.verify is not None and finding.verify.status != "refuted"


def test_folds_directions_only_when_the_last_dim_halves_and_no_dim_is_added() -> None:
    b, t, h = Size.named("B"), Size.named("T"), Size.named("H")
    two_h = Size.number(2) * h
    assert views.folds_directions((b, t, two_h), (None, h))
    assert views.folds_directions((b, two_h), (None, h))
    assert not views.folds_directions((b, t, two_h), (None, two_h))
    assert not views.folds_directions((t, b, two_h), (t, b, Size.number(2), h))
    assert not views.folds_directions(None, (None, h))
