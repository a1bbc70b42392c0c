"""Fix suggestions never contradict each other: applying every edit lstmcheck suggests for a
flow fixture gives models torch runs (issue 10).

Each fixture in tests/fixtures/flow/ has torch probes (see test_flow_fixtures.py). The fixture
with all suggested edits applied is loaded from a temporary copy, and every probe of a
definition whose findings all carry edits must then run cleanly, with lstmcheck silent there.
A finding whose fix is words only (a state's shape: the flow does not give the text of the
call that made it) leaves its definition out; the test says how many remain.
"""

from __future__ import annotations

import importlib.util
import sys
import warnings
from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source
from tests.test_diagnosis import apply
from tests.test_flow_fixtures import FILES, owner_of, top_level_definitions

FLOW = {"LC003", "LC007", "LC008", "LC009"}


def _run_probes(path: Path) -> dict[str, BaseException | None]:
    import torch

    name = f"_fixed_fixture_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    outcomes: dict[str, BaseException | None] = {}
    for probe_name, probe in module.PROBES.items():
        torch.manual_seed(0)
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            try:
                probe()
            except Exception as exc:  # noqa: BLE001 - torch is the oracle
                outcomes[probe_name] = exc
            else:
                outcomes[probe_name] = None
    return outcomes


def _fixable(path: Path) -> tuple[list, set, set]:
    """The flow findings, the definitions whose fixes are all edits, and the others."""
    findings = [f for f in check_source(path.read_bytes(), str(path)).findings if f.code in FLOW]
    spans = top_level_definitions(path)
    words_only = {owner_of(f.location.line, spans) for f in findings
                  if f.fix is None or not f.fix.edits}
    return findings, {owner_of(f.location.line, spans) for f in findings} - words_only, words_only


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_applying_all_fixes_makes_torch_run(path: Path, tmp_path: Path) -> None:
    source = path.read_text()
    spans = top_level_definitions(path)
    findings, fixed_defs, _ = _fixable(path)
    edits = tuple(e for f in findings if f.fix is not None
                  and owner_of(f.location.line, spans) in fixed_defs for e in f.fix.edits)
    patched = tmp_path / path.name
    patched.write_text(apply(source, edits))
    outcomes = _run_probes(patched)
    still = {name: exc for name, exc in outcomes.items() if name in fixed_defs and exc is not None}
    assert not still, f"{path.name}: torch still rejects after the fixes: {still}"
    after = [f for f in check_source(patched.read_bytes(), str(patched)).findings
             if f.code in FLOW and owner_of(f.location.line, spans) in fixed_defs]
    assert after == [], [f.message for f in after]


def test_most_fixture_bugs_have_edits() -> None:
    """Every LC003/LC007/LC008 fixture finding has edits; LC009's are words until the flow
    gives the text of the call that made a state."""
    fixed = [(p.name, d) for p in FILES for d in _fixable(p)[1]]
    assert len(fixed) >= 15, fixed
    for path in FILES:
        for finding in _fixable(path)[0]:
            if finding.code != "LC009":
                assert finding.fix is not None and finding.fix.edits, finding.message
