"""trial11: what three new users (a student, a researcher, a team lead) met in the CLI, the
configuration and the docs, each as the user would see it."""

from __future__ import annotations

from pathlib import Path

from lstmcheck.lint.engine import check_source
from lstmcheck.records import Settings

ROOT = Path(__file__).resolve().parent.parent
HEAD = "import torch.nn as nn\n"


def codes(source: str, settings: Settings, name: str) -> list[str]:
    return [f.code for f in check_source(source.encode(), name, settings).findings]


def test_a_noqa_for_a_code_per_file_ignores_turns_off_is_not_called_unused() -> None:
    """A team lead ignores LC001 under tests/ and a test file also carries `# noqa: LC001`:
    LC100 must not call the directive unused ("suppresses nothing") there, as it does not for
    a code --ignore turns off; elsewhere the same directive, unused, is still reported."""
    source = HEAD + "a = nn.LSTM(10)  # noqa: LC001\nb = nn.LSTM(10, 20)  # noqa: LC001\n"
    settings = Settings(report_unused_noqa=True, per_file_ignores=(("tests/*", ("LC001",)),))
    assert codes(source, settings, "tests/t.py") == []
    assert codes(source, settings, "src/m.py") == ["LC100"]
    prefix = Settings(report_unused_noqa=True, per_file_ignores=(("tests/*", ("LC0",)),))
    assert codes(source, prefix, "tests/t.py") == []


def test_the_github_workflow_pins_a_commit_as_the_readme_says() -> None:
    """The README says no release is tagged: the workflow must not say it pins a tag."""
    workflow = (ROOT / "examples" / "github-workflow.yml").read_text()
    assert "COMMIT_SHA" in workflow
    assert "release tag" not in workflow


def test_shape_names_every_misspelled_keyword_of_a_pasted_line() -> None:
    """A student pastes `nn.LSTM(input=10, hidden=20)`: torch names only `input`, and fixing it
    alone fails again on `hidden`; `shape` says both at once."""
    import pytest
    import torch

    from lstmcheck.api import shapes

    with pytest.raises(TypeError, match="'input'"):
        torch.nn.LSTM(input=10, hidden=20)
    with pytest.raises(TypeError, match="'hidden'"):
        torch.nn.LSTM(input_size=10, hidden=20)
    with pytest.raises(Exception) as caught:
        shapes("nn.LSTM(input=10, hidden=20)")
    message = str(caught.value)
    assert "Did you mean input_size=?" in message
    assert "hidden= (did you mean hidden_size=?)" in message
    with pytest.raises(Exception) as caught:
        shapes("nn.LSTM(10, hidden=20)")
    assert "next" not in str(caught.value)
