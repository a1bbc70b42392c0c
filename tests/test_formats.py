"""The machine-readable formats, as CI systems read them: SARIF validated against the official
2.1.0 schema (shipped in tests/fixtures, checked offline), GitLab Code Quality against its
documented fields, JSON lines, JUnit XML, and GitHub workflow commands that cannot be
hijacked by a file name."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace
from xml.etree import ElementTree

import jsonschema
import pytest

from cli_run import BUGGY, CLEAN, DROPOUT, Lstmcheck, write
from lstmcheck.records import Edit, FileResult, Finding, Fix, Location, Related

SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json").read_text())


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Lstmcheck:
    return Lstmcheck(monkeypatch, capsys)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    write(tmp_path, "src/a.py", BUGGY)
    write(tmp_path, "src/b.py", DROPOUT)
    write(tmp_path, "src/clean.py", CLEAN)
    return tmp_path


def validate_sarif(document: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(document)


def rich_finding(path: str = "src/model.py", cell: int | None = None) -> FileResult:
    """A finding with everything the records can carry: a note elsewhere and a fix."""
    finding = Finding(
        code="LC007", name="bidirectional-head-mismatch", severity="error", path=path,
        location=Location(12, 9, 12, 30), message="self.fc expects 64 features, gets 128",
        related=(Related(path, Location(5, 20, 5, 55), "the bidirectional LSTM", cell),),
        fix=Fix("use 2*hidden_size", (Edit(Location(6, 28, 6, 34), "2 * hidden"),), safe=False),
        cell=cell)
    return FileResult(path=path, findings=(finding,), parsed=True,
                      snippets={(cell, 12): "        out = self.fc(output)"})


def test_sarif_from_the_cli_is_valid_and_says_what_text_says(cli, project: Path) -> None:
    run = cli("check", "--output-format", "sarif", "src", cwd=project)
    assert run.code == 1, run.stderr
    document = json.loads(run.stdout)
    validate_sarif(document)
    (sarif_run,) = document["runs"]
    driver = sarif_run["tool"]["driver"]
    # lstmcheck has no published home page yet: a link to PyPI's page of that name was a dead
    # (or someone else's) link in every code-scanning alert
    assert "informationUri" not in driver
    from lstmcheck.lint.rules import RULES

    assert [r["id"] for r in driver["rules"]] == [rule.code for rule in RULES]
    for descriptor in driver["rules"]:
        assert descriptor["name"] and descriptor["shortDescription"]["text"]
        assert descriptor["fullDescription"]["text"] and descriptor["help"]["text"]
        assert descriptor["defaultConfiguration"]["level"] in ("error", "warning")
    concise = cli("check", "--output-format", "concise", "src", cwd=project).stdout
    shown = set()
    for result in sarif_run["results"]:
        place = result["locations"][0]["physicalLocation"]
        assert place["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        uri, region = place["artifactLocation"]["uri"], place["region"]
        shown.add(f"{uri}:{region['startLine']}:{region['startColumn']}: {result['ruleId']}")
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] == ("warning" if result["ruleId"] == "LC006" else "error")
    assert shown == {"src/a.py:3:8: LC001", "src/b.py:3:24: LC006"}
    for place in shown:
        path_and_position, code = place.rsplit(": ", 1)
        assert re.search(re.escape(path_and_position) + r": (?:\w+: )?" + code, concise)
    assert sarif_run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == project.resolve().as_uri() + "/"


def test_sarif_related_locations_fixes_and_cells_validate() -> None:
    from lstmcheck.report.sarif import document

    doc = document([rich_finding(), rich_finding("nb/model.ipynb", cell=3)])
    validate_sarif(doc)
    plain, notebook = doc["runs"][0]["results"]
    related = plain["relatedLocations"][0]
    assert related["message"]["text"] == "the bidirectional LSTM"
    assert related["physicalLocation"]["region"] == {
        "startLine": 5, "startColumn": 20, "endLine": 5, "endColumn": 55}
    (fix,) = plain["fixes"]
    (replacement,) = fix["artifactChanges"][0]["replacements"]
    assert replacement["insertedContent"]["text"] == "2 * hidden"
    assert replacement["deletedRegion"]["startColumn"] == 28
    # nb/model.ipynb does not exist: the place within the cell is kept, and named
    assert notebook["locations"][0]["properties"] == {"cell": 3, "cellLine": 12, "cellColumn": 9}
    assert notebook["locations"][0]["physicalLocation"]["region"]["startLine"] == 12
    assert notebook["message"]["text"].startswith("cell 3, line 12: ")
    assert "fixes" not in notebook


def test_sarif_file_outside_the_project_is_an_absolute_file_uri(tmp_path: Path,
                                                                 monkeypatch) -> None:
    from lstmcheck.report.sarif import document

    (tmp_path / "project").mkdir()
    monkeypatch.chdir(tmp_path / "project")
    elsewhere = tmp_path / "other dir" / "m.py"
    inside = tmp_path / "project" / "sub dir" / "m.py"
    doc = document([rich_finding(str(elsewhere)), rich_finding(str(inside))])
    validate_sarif(doc)
    outside_uri, inside_uri = (r["locations"][0]["physicalLocation"]["artifactLocation"]
                               for r in doc["runs"][0]["results"])
    assert outside_uri == {"uri": elsewhere.as_uri()}
    assert inside_uri == {"uri": "sub%20dir/m.py", "uriBaseId": "%SRCROOT%"}


def test_gitlab_report_has_the_documented_fields(cli, project: Path) -> None:
    run = cli("check", "--output-format", "gitlab", "src", cwd=project)
    assert run.code == 1
    issues = json.loads(run.stdout)
    assert len(issues) == 2
    for issue in issues:
        assert isinstance(issue["description"], str) and issue["description"]
        assert re.fullmatch(r"LC\d{3}", issue["check_name"])
        assert re.fullmatch(r"[0-9a-f]{32}", issue["fingerprint"])
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["path"] in ("src/a.py", "src/b.py")
        assert isinstance(issue["location"]["lines"]["begin"], int)
    by_code = {i["check_name"]: i for i in issues}
    assert by_code["LC001"]["severity"] == "major" and by_code["LC006"]["severity"] == "minor"
    assert by_code["LC001"]["location"]["lines"]["begin"] == 3


def test_gitlab_fingerprint_survives_a_line_added_above_and_tells_twins_apart(
        cli, tmp_path: Path) -> None:
    write(tmp_path, "m.py", BUGGY)
    first = json.loads(cli("check", "--output-format", "gitlab", "m.py", cwd=tmp_path).stdout)
    again = json.loads(cli("check", "--output-format", "gitlab", "m.py", cwd=tmp_path).stdout)
    write(tmp_path, "m.py", "# a comment above\n" + BUGGY)
    moved = json.loads(cli("check", "--output-format", "gitlab", "m.py", cwd=tmp_path).stdout)
    assert moved[0]["location"]["lines"]["begin"] == first[0]["location"]["lines"]["begin"] + 1
    assert first[0]["fingerprint"] == again[0]["fingerprint"] == moved[0]["fingerprint"]
    write(tmp_path, "m.py", BUGGY + "lstm = nn.LSTM(10)\n")
    twins = json.loads(cli("check", "--output-format", "gitlab", "m.py", cwd=tmp_path).stdout)
    assert len(twins) == 2 and twins[0]["fingerprint"] != twins[1]["fingerprint"]


def test_json_lines_is_the_json_report_one_object_a_line(cli, project: Path) -> None:
    lines = cli("check", "--output-format", "json-lines", "src", cwd=project).stdout
    array = json.loads(cli("check", "--output-format", "json", "src", cwd=project).stdout)
    assert [json.loads(line) for line in lines.splitlines()] == array
    assert len(array) == 2


def test_json_fix_is_null_when_there_is_nothing_to_apply(cli, tmp_path: Path) -> None:
    # LC001 can only advise ("pass the hidden size"); the advice is in the message
    write(tmp_path, "m.py", "import torch.nn as nn\nm = nn.LSTM(10)\n")
    write(tmp_path, "d.py", DROPOUT)
    found = json.loads(cli("check", "--output-format", "json", ".", cwd=tmp_path).stdout)
    by_code = {f["code"]: f for f in found}
    assert by_code["LC001"]["fix"] is None and "hidden" in by_code["LC001"]["message"]
    assert by_code["LC006"]["fix"]["edits"]  # a fix that edits is still reported


def test_junit_counts_findings_and_clean_files(cli, project: Path) -> None:
    run = cli("check", "--output-format", "junit", "src", cwd=project)
    assert run.code == 1
    root = ElementTree.fromstring(run.stdout.encode())
    assert root.tag == "testsuites" and root.get("failures") == "2"
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {"src/a.py", "src/b.py", "src/clean.py"}
    (failure,) = suites["src/a.py"].iter("failure")
    assert "LC001" in failure.text and "line 3, column 8" in failure.text
    assert list(suites["src/clean.py"].iter("failure")) == []
    assert len(list(suites["src/clean.py"].iter("testcase"))) == 1


def test_junit_stays_well_formed_with_control_characters() -> None:
    from lstmcheck.report.junit import tree

    result = rich_finding("src/we\x1bird.py")
    ElementTree.fromstring(ElementTree.tostring(tree([result])))


def test_github_file_name_cannot_inject_a_workflow_command(cli, tmp_path: Path) -> None:
    name = "evil\n::error file=x.py,line=1::injected,a:b.py"
    write(tmp_path, name, BUGGY)
    run = cli("check", "--output-format", "github", ".", cwd=tmp_path)
    assert run.code == 1, run.stderr
    (line,) = run.stdout.splitlines()
    assert line.startswith("::error title=lstmcheck (LC001),file=evil%0A%3A%3Aerror file=x.py%2C")
    assert "injected%2Ca%3Ab.py,line=3,col=8," in line
    command, message = line[2:].split("::", 1)  # the first :: after the command ends it
    assert message.startswith("LC001 nn.LSTM(10) has no hidden_size")


def test_github_message_escapes_percent_and_newlines() -> None:
    from lstmcheck.report.github import annotation

    finding = Finding(code="LC005", name="invalid-value", severity="warning", path="m.py",
                      location=Location(1, 1, 1, 5), message="100% wrong\r\nsecond line")
    assert annotation(finding).endswith("::LC005 100%25 wrong%0D%0Asecond line")
    notebook = annotation(rich_finding("m.ipynb", cell=2).findings[0])
    # m.ipynb does not exist: the line within the cell is kept, and named in the title
    assert "title=lstmcheck (LC007) cell 2%2C line 12,file=m.ipynb,line=12" in notebook


def test_internal_error_exits_two_even_with_exit_zero() -> None:
    from lstmcheck.cli.check import exit_code

    fine = FileResult(path="a.py", parsed=True)
    broken = SimpleNamespace(path="b.py", findings=(), internal_error=True)
    assert exit_code([fine], [], exit_zero=False) == 0
    assert exit_code([fine, broken], [], exit_zero=True) == 2


def test_example_workflow_commands_run_and_upload_valid_sarif(tmp_path: Path) -> None:
    """examples/github-workflow.yml, step by step: each lstmcheck command works as written
    (on examples/ instead of the whole repository), and the SARIF it uploads is valid."""
    import shlex
    import shutil
    import subprocess
    import sys

    import yaml

    root = Path(__file__).resolve().parents[1]
    workflow = yaml.safe_load((root / "examples" / "github-workflow.yml").read_text())
    steps = workflow["jobs"]["lstmcheck"]["steps"]
    commands = [s["run"] for s in steps if s.get("run", "").startswith("lstmcheck ")]
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/"
                                                                    "upload-sarif"))
    assert upload.get("if") == "always()" and len(commands) == 2
    assert workflow["permissions"]["security-events"] == "write"
    shutil.copytree(root / "examples", tmp_path / "examples")
    for command in commands:
        argv = shlex.split(command)
        assert argv[-1] == "."
        done = subprocess.run([sys.executable, "-m", "lstmcheck", *argv[1:-1], "examples"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert done.returncode in (0, 1), done.stderr
        assert done.stderr == ""
    sarif = json.loads((tmp_path / upload["with"]["sarif_file"]).read_text())
    validate_sarif(sarif)
    assert sarif["runs"][0]["results"]
