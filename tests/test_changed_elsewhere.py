"""A config object changed under its own name before a model takes it under another
(`args.x = ...; Net(args)` with `def __init__(self, a)`, `CONFIG["x"] = 12; M(CONFIG)`): the
model must not be judged by the value the object was built with. Each file runs under torch
(correct code a reviewer wrote in the style real projects use) and must get no finding."""

from __future__ import annotations

import runpy
import warnings
from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_source

FILES = sorted((Path(__file__).parent / "fixtures" / "changed").glob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_config_changed_before_the_site_is_not_judged_by_its_old_value(path: Path, capsys) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        runpy.run_path(str(path))  # our own fixture, not a scanned file: torch says it is right
    capsys.readouterr()
    assert check_source(path.read_bytes(), str(path)).findings == ()


def test_the_same_value_unchanged_is_still_followed() -> None:
    """Without the change, the value the object is built with still reaches the layer."""
    path = FILES[0]
    source = "\n".join(line for line in path.read_text().split("\n")
                       if not line.startswith('CONFIG["input_size"]'))
    findings = check_source(source.encode(), "m.py").findings
    assert [f.code for f in findings] == ["LC008"] and findings[0].severity == "error"
