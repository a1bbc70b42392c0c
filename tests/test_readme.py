"""The README's quick start is what CI runs, and what it shows is what the tool prints."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_has_exactly_two_commands_and_ci_runs_the_test_one() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2
    assert "lstmcheck check examples/" in commands[0]
    assert "pytest" in commands[1] and "torch==2.13.0" in commands[1]
    assert commands[1] in (ROOT / ".ci" / "run").read_text()


def _console_blocks(text: str) -> list[tuple[str, str]]:
    return re.findall(r"```console\n\$ lstmcheck (.+?)\n(.*?)```", text, re.S)


def documents() -> list[Path]:
    """The README and the user pages in docs/ (architecture.md has no console blocks)."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_the_readme_links_every_user_page() -> None:
    """A page no link leads to is a page no user reads."""
    pages = {path.name for path in documents()[1:]} - {"architecture.md"}
    assert pages
    missing = [name for name in sorted(pages) if f"(docs/{name}" not in README]
    assert not missing


def test_shown_output_is_real() -> None:
    """Every console block's first lines after `$ lstmcheck ...` (up to a `...` line) match a
    real run, in the README and in every docs/ page."""
    blocks = [(path.name, args, shown) for path in documents()
              for args, shown in _console_blocks(path.read_text())]
    assert len({name for name, _, _ in blocks}) > 1
    runs: dict[str, list[str]] = {}
    for name, args, shown in blocks:
        if args not in runs:
            command = [sys.executable, "-m", "lstmcheck", *_split(args)]
            out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                                 env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100"})
            runs[args] = (out.stdout + out.stderr).splitlines()
        produced = runs[args]
        for line in shown.splitlines():
            if line == "...":
                break
            assert line in produced, f"{name} shows {line!r} for `lstmcheck {args}`"


def _split(args: str) -> list[str]:
    import shlex

    return shlex.split(args)


def test_summary_shown_for_the_examples_is_real() -> None:
    """The summary the README shows for `lstmcheck check examples/` is the one it prints."""
    block = re.search(r"```console\n\$ lstmcheck check examples/\n(.*?)```", README, re.S)
    shown = [line for line in block.group(1).splitlines() if line.startswith("Found ")]
    out = subprocess.run([sys.executable, "-m", "lstmcheck", "check", "examples/"], cwd=ROOT,
                         capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert shown == [out.stdout.splitlines()[-1]]


def _python_blocks() -> list[tuple[str, str]]:
    return [(path.name, block) for path in documents()
            for block in re.findall(r"```python\n(.*?)```", path.read_text(), re.S)
            if "lstmcheck" in block]


def test_python_examples_run_and_show_real_values() -> None:
    """Every Python example that uses lstmcheck runs, and an expression line whose comment
    shows a value (`report.h_n      # (2, 3, 20)`) shows the value it really has."""
    import ast
    import contextlib
    import io

    blocks = _python_blocks()
    assert blocks
    checked = 0
    for name, block in blocks:
        namespace: dict = {}
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(block, name, "exec"), namespace)
        for line in block.splitlines():
            code, _, shown = line.partition("  # ")
            shown = shown.strip()
            if shown[:1] not in ("(", "<", "'") or "..." in shown:
                continue
            if not isinstance(ast.parse(code.strip()).body[0], ast.Expr):
                continue
            assert repr(eval(code.strip(), namespace)) == shown, f"{name}: {line}"
            checked += 1
    assert checked >= 5


def test_configuration_examples_are_valid(tmp_path: Path) -> None:
    """A `[tool.lstmcheck]` a user copies from the docs is read without a configuration error."""
    from lstmcheck.config import read_file

    tables = [block for path in documents()
              for block in re.findall(r"```toml\n(.*?)```", path.read_text(), re.S)
              if "[tool.lstmcheck]" in block]
    assert len(tables) >= 2
    for number, table in enumerate(tables):
        pyproject = tmp_path / str(number) / "pyproject.toml"
        pyproject.parent.mkdir()
        pyproject.write_text(table)
        assert read_file(pyproject)
