"""[tool.lstmcheck] and lstmcheck.toml, as a user sets them up: found from the checked paths
upward, overridden by flags, and refused in one line when wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cli_run import BUGGY, DROPOUT, Lstmcheck, write


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Lstmcheck:
    return Lstmcheck(monkeypatch, capsys)


def codes(out: str) -> list[str]:
    """The codes a concise report names, in order (with or without its severity word)."""
    found = (re.search(r":\d+:\d+: (?:(?:error|warning): )?(LC\d{3}) ", line)
             for line in out.splitlines())
    return [match.group(1) for match in found if match]


def project(root: Path, config: str, name: str = "pyproject.toml") -> Path:
    write(root, name, config)
    write(root, "src/a.py", BUGGY)
    write(root, "src/b.py", DROPOUT)
    return root


def test_without_configuration_both_rules_fire(cli, tmp_path: Path) -> None:
    write(tmp_path, "src/a.py", BUGGY)
    write(tmp_path, "src/b.py", DROPOUT)
    run = cli("check", "--output-format", "concise", "src", cwd=tmp_path)
    assert run.code == 1
    assert sorted(codes(run.stdout)) == ["LC001", "LC006"]


def test_pyproject_table_is_read(cli, tmp_path: Path) -> None:
    project(tmp_path, '[project]\nname = "x"\n\n[tool.lstmcheck]\nignore = ["LC006"]\n'
            'output-format = "concise"\n')
    run = cli("check", "src", cwd=tmp_path)
    assert run.code == 1, run.stderr
    assert codes(run.stdout) == ["LC001"]
    assert "src/a.py:3:8:" in run.stdout and "|" not in run.stdout  # concise: no source


def test_lstmcheck_toml_wins_over_pyproject_in_the_same_directory(cli, tmp_path: Path) -> None:
    project(tmp_path, '[tool.lstmcheck]\nignore = ["LC006"]\n')
    write(tmp_path, "lstmcheck.toml", 'ignore = ["LC001"]\noutput-format = "concise"\n')
    run = cli("check", "src", cwd=tmp_path)
    assert codes(run.stdout) == ["LC006"]


def test_nearest_configuration_from_the_checked_path_not_the_cwd(cli, tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.lstmcheck]\nignore = ["LC001"]\n'
          'output-format = "concise"\n')
    inner = tmp_path / "inner"
    project(inner, '[tool.lstmcheck]\nignore = ["LC006"]\noutput-format = "concise"\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = cli("check", str(inner / "src"), cwd=elsewhere)
    assert codes(run.stdout) == ["LC001"]


def test_pyproject_without_our_table_is_passed_over(cli, tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.lstmcheck]\nignore = ["LC006"]\n'
          'output-format = "concise"\n')
    # another tool's pyproject.toml, even a broken one, is none of lstmcheck's business
    project(tmp_path / "pkg", '[tool.black\nline-length = 100\n')
    run = cli("check", "pkg/src", cwd=tmp_path)
    assert run.code == 1, run.stderr
    assert codes(run.stdout) == ["LC001"]


def test_flags_override_the_file(cli, tmp_path: Path) -> None:
    project(tmp_path, '[tool.lstmcheck]\nselect = ["LC006"]\noutput-format = "json"\n')
    run = cli("check", "--select", "LC001", "--output-format", "concise", "src", cwd=tmp_path)
    assert codes(run.stdout) == ["LC001"]
    run = cli("check", "--extend-select", "LC001", "--output-format", "concise", "src",
              cwd=tmp_path)
    assert sorted(codes(run.stdout)) == ["LC001", "LC006"]


def test_more_specific_code_wins_as_in_ruff(cli, tmp_path: Path) -> None:
    project(tmp_path, '[tool.lstmcheck]\nignore = ["LC00"]\nextend-select = ["LC006"]\n'
            'output-format = "concise"\n')
    run = cli("check", "src", cwd=tmp_path)
    assert codes(run.stdout) == ["LC006"]


def test_config_flag_and_isolated(cli, tmp_path: Path) -> None:
    project(tmp_path, '[tool.lstmcheck]\nignore = ["LC006"]\noutput-format = "concise"\n')
    write(tmp_path, "ci/strict.toml", 'ignore = ["LC001"]\noutput-format = "concise"\n')
    run = cli("check", "--config", "ci/strict.toml", "src", cwd=tmp_path)
    assert codes(run.stdout) == ["LC006"]
    run = cli("check", "--isolated", "--output-format", "concise", "src", cwd=tmp_path)
    assert sorted(codes(run.stdout)) == ["LC001", "LC006"]
    run = cli("check", "--isolated", "--config", "ci/strict.toml", "src", cwd=tmp_path)
    assert run.code == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and "--isolated" in run.stderr
    run = cli("check", "--config", "nowhere.toml", "src", cwd=tmp_path)
    assert run.code == 2 and "nowhere.toml" in run.stderr


@pytest.mark.parametrize("body, words", [
    ('selct = ["LC001"]\n', ["unknown key 'selct'", "did you mean 'select'"]),
    ('select = "LC001"\n', ["select must be a list of rule codes", "a string"]),
    ('ignore = ["LC999"]\n', ["ignore", "unknown rule code 'LC999'"]),
    ('show-shapes = "yes"\n', ["show-shapes must be true or false"]),
    ('output-format = "xml"\n', ["output-format must be one of"]),
    ('max-file-size = -5\n', ["max-file-size"]),
    ('per-file-ignores = { "tests/*" = "LC001" }\n', ["per-file-ignores", "tests/*"]),
    ('ignore = ["LC001"\n', ["not valid TOML"]),
])
def test_bad_configuration_is_one_line_naming_key_and_file(cli, tmp_path: Path, body: str,
                                                           words: list[str]) -> None:
    project(tmp_path, "[tool.lstmcheck]\n" + body)
    run = cli("check", "src", cwd=tmp_path)
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1, run.stderr
    assert run.stderr.startswith("lstmcheck: error: pyproject.toml")
    for word in words:
        assert word in run.stderr


def test_show_settings_says_where_each_value_came_from(cli, tmp_path: Path) -> None:
    project(tmp_path, '[tool.lstmcheck]\nignore = ["LC006"]\nexclude = ["legacy/"]\n'
            'per-file-ignores = { "tests/*" = ["LC001"] }\nrespect-gitignore = false\n')
    run = cli("check", "--show-settings", "--output-format", "json", "src", cwd=tmp_path)
    assert run.code == 0, run.stderr
    lines = {line.split("  ")[0]: line for line in run.stdout.splitlines()}
    assert "pyproject.toml" in lines["configuration"]
    assert "LC006" not in lines["rules in force"] and "LC001" in lines["rules in force"]
    assert "ignore from pyproject.toml [tool.lstmcheck]" in lines["rules in force"]
    assert "LC006" in lines["rules off"].replace(",", " ").split()
    assert "legacy/" in lines["exclude"] and "(pyproject.toml [tool.lstmcheck])" in lines["exclude"]
    assert "tests/* = LC001" in lines["per-file-ignores"]
    assert "false" in lines["respect-gitignore"]
    assert lines["output-format"].endswith("json  (--output-format)")
    assert lines["show-shapes"].endswith("(default)")


def test_settings_reach_the_engine(tmp_path: Path) -> None:
    """What discovery and the engine are given: the file's values as Settings fields."""
    from lstmcheck.config import Flags, resolve

    write(tmp_path, "pyproject.toml", '[tool.lstmcheck]\nexclude = ["legacy/"]\n'
          'extend-exclude = ["gen_*.py"]\nper-file-ignores = { "tests/*" = ["lc001"] }\n'
          'respect-gitignore = false\nshow-shapes = true\nmax-file-size = 1000\n')
    conf = resolve(Flags(extend_exclude=("build2/",)), start=tmp_path)
    s = conf.settings
    assert s.exclude == ("legacy/",)
    assert s.extend_exclude == ("gen_*.py", "build2/")
    assert s.per_file_ignores == (("tests/*", ("LC001",)),)
    assert (s.respect_gitignore, s.show_shapes, s.max_file_bytes) == (False, True, 1000)


def test_show_files_lists_what_would_be_checked(cli, tmp_path: Path) -> None:
    project(tmp_path, "[tool.lstmcheck]\n")
    write(tmp_path, "src/notes.txt", "nn.LSTM(10)")
    run = cli("check", "--show-files", cwd=tmp_path)
    assert run.code == 0, run.stderr
    assert sorted(Path(line).as_posix() for line in run.stdout.splitlines()) == [
        "src/a.py", "src/b.py"]
    run = cli("check", "--show-files", "src", "missing.py", cwd=tmp_path)
    assert run.code == 2 and "missing.py" in run.stderr


def test_show_shapes_from_the_file(cli, tmp_path: Path) -> None:
    write(tmp_path, "lstmcheck.toml", "show-shapes = true\n")
    write(tmp_path, "m.py", "import torch.nn as nn\nlstm = nn.LSTM(10, 20)\n")
    run = cli("check", "m.py", cwd=tmp_path)
    assert run.code == 0
    assert "m.py:2:8: nn.LSTM(10, 20)" in run.stdout
    run = cli("check", "--no-show-shapes", "m.py", cwd=tmp_path)
    assert "nn.LSTM(10, 20)" not in run.stdout


def test_lstmcheck_toml_with_a_tool_header_says_how_to_write_it(cli, tmp_path: Path) -> None:
    project(tmp_path, '[tool.lstmcheck]\nignore = ["LC006"]\n', name="lstmcheck.toml")
    run = cli("check", "src", cwd=tmp_path)
    assert run.code == 2 and run.stderr.count("\n") == 1
    assert "lstmcheck.toml: write the keys at the top level" in run.stderr


def test_standard_input_uses_the_configuration_of_its_stdin_filename(cli, tmp_path: Path) -> None:
    project(tmp_path / "proj", '[tool.lstmcheck]\nignore = ["LC001"]\n')
    run = cli("check", "-", "--stdin-filename", str(tmp_path / "proj" / "src" / "new.py"),
              cwd=tmp_path, stdin=BUGGY)
    assert run.code == 0, run.stdout + run.stderr
    run = cli("check", "-", "--stdin-filename", "new.py", cwd=tmp_path, stdin=BUGGY)
    assert run.code == 1


def test_opt_in_rule_runs_only_when_named_or_set(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    """LC100 (unused noqa, the engine's) is off by default, under ALL and a bare prefix; on
    when a selector names it or report-unused-noqa is true; an ignore still wins."""
    import lstmcheck.lint.rules as registry
    from lstmcheck.config import Flags, resolve

    monkeypatch.setattr(registry, "BY_CODE", {**registry.BY_CODE, "LC100": object()})

    def state(flags: Flags, config: str = "") -> tuple[bool, bool]:
        write(tmp_path, "lstmcheck.toml", config)
        conf = resolve(flags, start=tmp_path)
        return "LC100" in conf.enabled, conf.settings.report_unused_noqa

    assert state(Flags()) == (False, False)
    assert state(Flags(select=("ALL",))) == (False, False)
    assert state(Flags(extend_select=("LC",))) == (False, False)
    assert state(Flags(extend_select=("LC006",))) == (False, False)
    assert state(Flags(extend_select=("LC100",))) == (True, True)
    assert state(Flags(select=("LC1",))) == (True, True)
    assert state(Flags(), 'extend-select = ["LC100"]\n') == (True, True)
    assert state(Flags(), "report-unused-noqa = true\n") == (True, True)
    assert state(Flags(ignore=("LC100",)), "report-unused-noqa = true\n")[0] is False


def test_a_deleted_working_directory_is_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    gone = tmp_path / "gone"
    gone.mkdir()
    script = f"cd '{gone}' && rmdir '{gone}' && exec '{sys.executable}' -m lstmcheck check ."
    out = subprocess.run(["sh", "-c", script], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith("lstmcheck: error: cannot read the working directory")
    assert out.stderr.count("\n") == 1


def test_config_flag_takes_a_pyproject_by_another_name(tmp_path: Path, cli: Lstmcheck) -> None:
    project(tmp_path, '[project]\nname = "x"\n[tool.lstmcheck]\nignore = ["LC006"]\n',
            name="ci/pyproject-ci.toml")
    run = cli("check", "--no-cache", "--output-format", "concise", "--config",
              "ci/pyproject-ci.toml", "src", cwd=tmp_path)
    assert codes(run.stdout) == ["LC001"], run.stdout + run.stderr


def test_a_pyproject_layout_without_our_table_says_so(tmp_path: Path, cli: Lstmcheck) -> None:
    project(tmp_path, '[project]\nname = "x"\n', name="other.toml")
    run = cli("check", "--no-cache", "--config", "other.toml", "src", cwd=tmp_path)
    assert run.code == 2
    (line,) = run.stderr.splitlines()
    assert "laid out as a pyproject.toml but has no [tool.lstmcheck] table" in line
