"""ruff's conventions, as a ruff user expects them of lstmcheck: --statistics, --output-file,
--select ALL, --extend-select, -V, rules by name and as JSON, one-line usage errors with exit
2, plain output on TERM=dumb, shell completion."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cli_run import BUGGY, CLEAN, DROPOUT, Lstmcheck, run_process, write
from lstmcheck import __version__


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Lstmcheck:
    return Lstmcheck(monkeypatch, capsys)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    write(tmp_path, "a.py", BUGGY + "gru = nn.GRU(10)\n")
    write(tmp_path, "b.py", DROPOUT)
    write(tmp_path, "c.py", CLEAN)
    return tmp_path


def test_statistics_count_each_rule_most_frequent_first(cli, project: Path) -> None:
    run = cli("check", "--statistics", ".", cwd=project)
    assert run.code == 1
    rows = [line.split("\t") for line in run.stdout.splitlines()]
    assert [(r[0].strip(), r[1].strip(), r[2].strip()) for r in rows] == [
        ("2", "LC001", "missing-hidden-size"), ("1", "LC006", "ineffective-dropout")]
    as_json = json.loads(cli("check", "--statistics", "--output-format", "json", ".",
                             cwd=project).stdout)
    assert [(r["code"], r["count"]) for r in as_json] == [("LC001", 2), ("LC006", 1)]
    clean = cli("check", "--statistics", "c.py", cwd=project)
    assert clean.code == 0 and clean.stdout == ""


def test_output_file_holds_the_report_and_stdout_stays_empty(cli, project: Path) -> None:
    expected = cli("check", "--output-format", "json", ".", cwd=project).stdout
    (project / "report.json").write_text("old report")
    run = cli("check", "--output-format", "json", "--output-file", "report.json", ".",
              cwd=project)
    assert run.code == 1 and run.stdout == ""
    assert (project / "report.json").read_text() == expected
    assert sorted(p.name for p in project.iterdir()
                  if p.name != ".lstmcheck_cache") == ["a.py", "b.py", "c.py", "report.json"]


def test_output_file_has_no_colour_even_when_forced(project: Path) -> None:
    run = run_process("check", "-o", "report.txt", ".", cwd=project,
                      env={"FORCE_COLOR": "1", "NO_COLOR": None})
    assert run.code == 1 and run.stdout == ""
    report = (project / "report.txt").read_text()
    assert "a.py:3:8: error: LC001" in report and "\x1b[" not in report


def test_output_file_in_a_missing_directory_is_a_usage_error(cli, project: Path) -> None:
    run = cli("check", "--output-file", "nowhere/report.txt", ".", cwd=project)
    assert run.code == 2 and run.stderr.count("\n") == 1 and "nowhere" in run.stderr


def test_interrupted_report_leaves_the_old_file(cli, project: Path, monkeypatch) -> None:
    (project / "report.json").write_text("old report")
    import lstmcheck.report.json as json_report

    def broken(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(json_report, "write", broken)
    run = cli("check", "--output-format", "json", "-o", "report.json", ".", cwd=project)
    assert run.code == 130  # Ctrl-C half-way through writing
    assert (project / "report.json").read_text() == "old report"
    assert sorted(p.name for p in project.iterdir()
                  if p.name != ".lstmcheck_cache") == ["a.py", "b.py", "c.py", "report.json"]


def test_select_all_and_extend_select(cli, project: Path) -> None:
    everything = cli("check", "--output-format", "json", ".", cwd=project).stdout
    assert cli("check", "--select", "ALL", "--output-format", "json", ".",
               cwd=project).stdout == everything
    only = json.loads(cli("check", "--select", "ALL", "--ignore", "LC001", "--output-format",
                          "json", ".", cwd=project).stdout)
    assert {f["code"] for f in only} == {"LC006"}
    extended = json.loads(cli("check", "--select", "LC001", "--extend-select", "lc006",
                              "--output-format", "json", ".", cwd=project).stdout)
    assert {f["code"] for f in extended} == {"LC001", "LC006"}


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(cli, tmp_path: Path, flag: str) -> None:
    run = cli(flag, cwd=tmp_path)
    assert run.code == 0 and run.stdout == f"lstmcheck {__version__}\n"


def test_rule_by_name_or_code(cli, tmp_path: Path) -> None:
    by_name = cli("rule", "swapped-sizes", cwd=tmp_path)
    by_code = cli("rule", "lc003", cwd=tmp_path)
    assert by_name.code == 0 and by_name.stdout == by_code.stdout
    assert by_name.stdout.startswith("LC003 swapped-sizes")
    wrong = cli("rule", "swaped-sizes", cwd=tmp_path)
    assert wrong.code == 2 and "did you mean 'swapped-sizes'" in wrong.stderr


def test_rules_as_json(cli, tmp_path: Path) -> None:
    from lstmcheck.lint.rules import RULES

    run = cli("rules", "--output-format", "json", cwd=tmp_path)
    assert run.code == 0
    listed = json.loads(run.stdout)
    assert [(r["code"], r["name"], r["severity"], r["summary"]) for r in listed] == [
        (rule.code, rule.name, rule.severity, rule.summary) for rule in RULES]


@pytest.mark.parametrize("args, words", [
    (["check", "--selct", "LC001"], ["No such option: --selct"]),
    (["check", "--output-format", "xml"], ["--output-format", "xml"]),
    (["check", "--select", "LC999"], ["unknown rule code 'LC999'"]),
    (["rule"], ["Missing argument"]),
    (["chek"], ["No such command"]),
])
def test_usage_errors_are_one_line_exit_two(cli, tmp_path: Path, args: list[str],
                                            words: list[str]) -> None:
    run = cli(*args, cwd=tmp_path)
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("lstmcheck: error: ")
    for word in words:
        assert word in run.stderr


def test_term_dumb_gives_plain_output(tmp_path: Path) -> None:
    write(tmp_path, "m.py", BUGGY)
    for args in (["check", "m.py"], ["check", "--help"], ["rules"]):
        colourful = run_process(*args, cwd=tmp_path, env={"TERM": "xterm-256color", "COLUMNS": "140",
                                                          "FORCE_COLOR": "1", "NO_COLOR": None})
        plain = run_process(*args, cwd=tmp_path, env={"TERM": "dumb", "NO_COLOR": None})
        assert "\x1b[" in colourful.stdout, args  # the test can tell the difference
        assert "\x1b[" not in plain.stdout, args
        assert not re.search("[\u2500-\u257f]", plain.stdout), args  # no box drawing
    help_box = run_process("check", "--help", cwd=tmp_path, env={"TERM": "xterm", "COLUMNS": "140"})
    assert re.search("[\u2500-\u257f]", help_box.stdout)


@pytest.mark.parametrize("columns", ["80", "100"])
def test_help_narrower_than_its_boxes_is_plain_with_whole_option_names(tmp_path: Path, columns):
    run = run_process("check", "--help", cwd=tmp_path, env={"TERM": "xterm", "COLUMNS": columns})
    assert "--respect-gitignore / --no-respect-gitignore" in run.stdout
    assert "\u2026" not in run.stdout and not re.search("[\u2500-\u257f]", run.stdout)


@pytest.mark.parametrize("columns", ["100", "160"])
def test_help_shows_the_verify_extra_as_pip_reads_it(tmp_path: Path, columns):
    # rich markup needs `\\[`; click's plain help (narrow terminals) would print the backslash
    run = run_process("check", "--help", cwd=tmp_path, env={"TERM": "xterm", "COLUMNS": columns})
    text = re.sub(r"[\s\u2500-\u257f]+", " ", run.stdout)
    assert "pip install 'lstmcheck[verify]'" in text and "\\[" not in run.stdout


def test_shell_completion_is_offered(tmp_path: Path) -> None:
    run = run_process("--show-completion", "bash", cwd=tmp_path)
    assert run.code == 0 and "complete" in run.stdout and "lstmcheck" in run.stdout.lower()
    assert "--install-completion" in run_process("--help", cwd=tmp_path).stdout
