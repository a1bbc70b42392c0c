"""Cross-statement rules (LC003, LC007, LC008, LC009) on realistic model code, with torch as
the judge.

Each module in tests/fixtures/flow/ holds several models (or script functions) written the way
people write them; most are correct and must stay silent, some carry one real bug. A line
where a finding is expected ends with `# expect: LC007` (several: `# expect: LC009, LC009`),
on the first line of the call that applies the layer.

Two checks per module:
1. the findings of `check_source`, as (line, code) pairs with multiplicity, are exactly the
   markers;
2. torch is the oracle for the markers: each module defines `PROBES`, a dict from a top-level
   class or function name to a zero-argument callable that builds it with small sizes and runs
   one forward pass. A probe raises if and only if its definition contains a marker.

When the linter and the markers disagree, the marker (confirmed by torch) stays: the failure
is a linter bug to fix, never an expectation to adjust.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import warnings
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source

FIXTURES = Path(__file__).parent / "fixtures" / "flow"
FILES = sorted(FIXTURES.glob("*.py"))
_MARKER = re.compile(r"#\s*expect:\s*(LC\d{3}(?:\s*,\s*LC\d{3})*)\s*$")


# --- markers ------------------------------------------------------------------------------

def markers(path: Path) -> Counter[tuple[int, str]]:
    """(line, code) -> how many findings are expected there."""
    found: Counter[tuple[int, str]] = Counter()
    for number, text in enumerate(path.read_text().splitlines(), start=1):
        match = _MARKER.search(text)
        if match:
            for code in re.split(r"\s*,\s*", match.group(1).strip()):
                found[(number, code)] += 1
    return found


def top_level_definitions(path: Path) -> dict[str, tuple[int, int]]:
    """Name -> (first line, last line) of each top-level class and function, decorators
    included."""
    tree = ast.parse(path.read_text())
    spans = {}
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            spans[node.name] = (first, node.end_lineno)
    return spans


def owner_of(line: int, spans: dict[str, tuple[int, int]]) -> str | None:
    for name, (first, last) in spans.items():
        if first <= line <= last:
            return name
    return None


def marked_definitions(path: Path) -> dict[str, list[int]]:
    """Top-level definition name -> its marker lines. Markers outside any definition map to
    None, which no probe can confirm."""
    spans = top_level_definitions(path)
    out: dict = {}
    for line, _ in markers(path):
        out.setdefault(owner_of(line, spans), []).append(line)
    return out


# --- the linter ---------------------------------------------------------------------------

@lru_cache(maxsize=None)
def findings_of(path: Path):
    return check_source(path.read_bytes(), str(path)).findings


def _describe(findings, pairs: Counter, spans) -> str:
    rows = []
    for (line, code), n in sorted(pairs.items()):
        where = owner_of(line, spans) or "<module>"
        rows.append(f"  line {line} ({where}): {code} x{n}")
        for f in findings:
            if (f.location.line, f.code) == (line, code):
                rows.append(f"      [{f.severity}] {f.message}")
    return "\n".join(rows)


# --- torch as the oracle ------------------------------------------------------------------

@lru_cache(maxsize=None)
def load(path: Path):
    name = f"_flow_fixture_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=None)
def probe_outcomes(path: Path) -> dict[str, BaseException | None]:
    """Probe name -> the exception it raised, or None when it ran cleanly."""
    import torch

    module = load(path)
    probes = getattr(module, "PROBES", None)
    assert isinstance(probes, dict) and probes, f"{path.name} defines no PROBES"
    outcomes: dict[str, BaseException | None] = {}
    for name, probe in probes.items():
        torch.manual_seed(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                with torch.no_grad():
                    probe()
            except Exception as exc:  # noqa: BLE001 - torch is the oracle
                outcomes[name] = exc
            else:
                outcomes[name] = None
    return outcomes


# --- tests --------------------------------------------------------------------------------

def test_enough_fixtures():
    assert len(FILES) >= 8, [p.name for p in FILES]
    total = sum(sum(markers(p).values()) for p in FILES)
    assert total >= 20, total


def test_enough_clean_probes():
    clean = [(p.name, name) for p in FILES for name, exc in probe_outcomes(p).items()
             if exc is None]
    assert len(clean) >= 25, clean


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_findings_match_markers(path: Path):
    findings = findings_of(path)
    actual = Counter((f.location.line, f.code) for f in findings)
    expected = markers(path)
    missed = expected - actual
    extra = actual - expected
    spans = top_level_definitions(path)
    assert not missed and not extra, (
        f"{path.name}: lstmcheck disagrees with the # expect: markers\n"
        + (f"missed (expected, not reported):\n{_describe(findings, missed, spans)}\n"
           if missed else "")
        + (f"extra (reported, not expected):\n{_describe(findings, extra, spans)}\n"
           if extra else "")
    )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_markers_sit_inside_probed_definitions(path: Path):
    marked = marked_definitions(path)
    assert None not in marked, f"{path.name}: markers outside any top-level definition: {marked[None]}"
    probes = probe_outcomes(path)
    unprobed = sorted(set(marked) - set(probes))
    assert not unprobed, f"{path.name}: definitions with markers but no probe: {unprobed}"
    unknown = sorted(set(probes) - set(top_level_definitions(path)))
    assert not unknown, f"{path.name}: probes naming no top-level definition: {unknown}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_torch_raises_exactly_where_marked(path: Path):
    marked = marked_definitions(path)
    wrong = []
    for name, exc in probe_outcomes(path).items():
        if name in marked and exc is None:
            wrong.append(f"  {name} (markers at lines {marked[name]}) ran without an error")
        elif name not in marked and exc is not None:
            wrong.append(f"  {name} (no marker) raised {type(exc).__name__}: {exc}")
    assert not wrong, f"{path.name}: torch disagrees with the markers\n" + "\n".join(wrong)
