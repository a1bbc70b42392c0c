"""The harness of the tests whose small programs mark the finding they expect.

A case marks its line to fix with `# expect: LC009` (optionally `# expect: LC009 error`), or
carries no mark when it is correct code. torch runs the case's `probe()` and must fail exactly
when there is a mark; the linter must report the marked rule at that line, or nothing at all.
The test modules differ only in which exceptions count as torch failing and whether torch's
dropout warning counts, so those are parameters here.
"""

from __future__ import annotations

import re
import sys
import traceback
import types
import warnings
from dataclasses import dataclass

from lstmcheck.lint.engine import check_source

_MARK = re.compile(r"#\s*expect:\s*(LC\d{3})(?:\s+(error|warning))?")


@dataclass(frozen=True)
class Mark:
    """What a case expects: the rule, the line it marks, and a severity when the mark says."""

    code: str
    line: int
    severity: str | None


def expected_mark(source: str) -> Mark | None:
    for number, line in enumerate(source.splitlines(), 1):
        found = _MARK.search(line)
        if found:
            return Mark(found.group(1), number, found.group(2))
    return None


def probe_fails(source: str, module_name: str,
                errors: tuple[type[BaseException], ...] = (RuntimeError, ValueError, TypeError),
                dropout_warning: bool = True) -> bool:
    """Run the case's probe(): True when it raises one of `errors` from inside torch, or (with
    `dropout_warning`) when torch warns about the dropout option. The program itself must run
    up to there. The case runs as a registered module, since dataclasses look theirs up."""
    module = types.ModuleType(module_name)
    sys.modules[module_name] = module
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            exec(compile(source, "<case>", "exec"), module.__dict__)  # our own cases
            try:
                module.probe()
            except errors as error:
                return any("torch" in frame.filename
                           for frame in traceback.extract_tb(error.__traceback__))
        return dropout_warning and any("dropout" in str(w.message) for w in caught)
    finally:
        del sys.modules[module_name]


def assert_torch_agrees(source: str, module_name: str, **how) -> None:
    assert probe_fails(source, module_name, **how) is (expected_mark(source) is not None)


def assert_linter_agrees(name: str, source: str, only_errors: bool = False) -> None:
    """No error or warning on an unmarked case; on a marked one, the marked rule among the
    findings whose span holds the marked line (an error, with `only_errors` or when the mark
    names the severity)."""
    findings = [f for f in check_source(source.encode(), f"{name}.py").findings
                if f.severity in ("error", "warning")]
    seen = [(f.code, f.severity, f.location.line, f.message) for f in findings]
    mark = expected_mark(source)
    if mark is None:
        assert findings == [], seen
        return
    severity = "error" if only_errors else mark.severity
    assert any(f.code == mark.code and f.location.line <= mark.line <= f.location.end_line
               and (severity is None or f.severity == severity) for f in findings), seen


# warnings a bare environment prints at import (torch without numpy), not the case's
ENVIRONMENT_WARNINGS = ("Failed to initialize NumPy",)


def probe_outcome(source: str, module_name: str) -> tuple[str, list[str]]:
    """Run the case's probe(): what it raised ("runs" if nothing) and what it warned."""
    module = types.ModuleType(module_name)
    sys.modules[module_name] = module
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                exec(compile(source, "<case>", "exec"), module.__dict__)  # our own cases
                module.probe()
                outcome = "runs"
            except Exception as error:  # noqa: BLE001 - what the probe raises is the observation
                outcome = f"{type(error).__name__}: {error}"
    finally:
        del sys.modules[module_name]
    said = [str(w.message) for w in caught
            if not any(known in str(w.message) for known in ENVIRONMENT_WARNINGS)]
    return outcome, said


def with_known_gap(path, gaps: dict[str, str]):
    """A test parameter for a case file, a strict xfail when `gaps` names it (a known gap or
    a precision debt, with its reason)."""
    import pytest

    reason = gaps.get(path.stem)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(path, id=path.stem, marks=marks)
