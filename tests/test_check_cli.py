"""`lstmcheck check` as a user runs it: output formats, selection, noqa, discovery, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BUGGY = "import torch.nn as nn\n\nlstm = nn.LSTM(10)\n"
CLEAN = "import torch.nn as nn\n\nlstm = nn.LSTM(10, 20)\n"
TWO_KINDS = (
    "from torch import nn\n"
    "a = nn.LSTM(10, 20, dropout=0.5)\n"
    "b = nn.GRU(10, 0)\n"
)


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("FORCE_COLOR", None)
    return subprocess.run([sys.executable, "-m", "lstmcheck", *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, env=env, timeout=120)


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_ruff_style_line_source_caret_and_summary(tmp_path: Path) -> None:
    write(tmp_path, "model.py", BUGGY)
    out = run("check", "model.py", cwd=tmp_path)
    assert out.returncode == 1
    lines = out.stdout.splitlines()
    assert lines[0].startswith("model.py:3:8: error: LC001 nn.LSTM(10) has no hidden_size")
    assert "RNNBase.__init__() missing 1 required positional argument: 'hidden_size'" in lines[0]
    assert "3 | lstm = nn.LSTM(10)" in out.stdout
    caret = next(line for line in lines if "^" in line)
    assert caret.index("^") == lines[2].index("nn.LSTM") and caret.count("^") == len("nn.LSTM(10)")
    assert lines[-1] == "Found 1 error in 1 file."
    assert out.stderr == ""


def test_clean_files_exit_zero(tmp_path: Path) -> None:
    write(tmp_path, "model.py", CLEAN)
    out = run("check", ".", cwd=tmp_path)
    assert out.returncode == 0, out.stdout
    assert "All checks passed" in out.stdout


def test_summary_counts_errors_and_warnings(tmp_path: Path) -> None:
    write(tmp_path, "a.py", TWO_KINDS)
    write(tmp_path, "b.py", BUGGY)
    out = run("check", ".", cwd=tmp_path)
    assert out.stdout.splitlines()[-1] == "Found 2 errors and 1 warning in 2 files."


def test_json_output_contract(tmp_path: Path) -> None:
    write(tmp_path, "a.py", TWO_KINDS)
    out = run("check", "a.py", "--output-format", "json", cwd=tmp_path)
    assert out.returncode == 1
    data = json.loads(out.stdout)
    assert [(d["code"], d["name"], d["severity"], d["line"]) for d in data] == [
        ("LC006", "ineffective-dropout", "warning", 2),
        ("LC005", "invalid-value", "error", 3),
    ]
    first = data[0]
    assert set(first) >= {"code", "name", "severity", "path", "line", "column", "end_line",
                          "end_column", "message"}
    assert first["path"] == "a.py"
    assert (first["column"], first["end_column"]) == (21, 32)  # dropout=0.5, 1-based
    assert "hidden_size must be greater than zero" in data[1]["message"]


def test_github_annotations(tmp_path: Path) -> None:
    write(tmp_path, "a.py", BUGGY)
    out = run("check", "a.py", "--output-format", "github", cwd=tmp_path)
    assert out.stdout.startswith("::error title=lstmcheck (LC001),file=a.py,line=3,col=8,")


def test_concise_output_has_no_source(tmp_path: Path) -> None:
    write(tmp_path, "a.py", BUGGY)
    out = run("check", "a.py", "--output-format", "concise", cwd=tmp_path)
    assert out.stdout.splitlines()[0].startswith("a.py:3:8: error: LC001 ")
    assert "|" not in out.stdout


@pytest.mark.parametrize(("flags", "codes"), [
    (["--select", "LC005"], ["LC005"]),
    (["--select", "LC00"], ["LC006", "LC005"]),
    (["--ignore", "LC006"], ["LC005"]),
    (["--select", "LC005,LC006", "--ignore", "LC005"], ["LC006"]),
])
def test_select_and_ignore_take_codes_and_prefixes(tmp_path: Path, flags, codes) -> None:
    write(tmp_path, "a.py", TWO_KINDS)
    out = run("check", "a.py", "--output-format", "json", *flags, cwd=tmp_path)
    assert [d["code"] for d in json.loads(out.stdout)] == codes


def test_unknown_rule_code_is_a_usage_error(tmp_path: Path) -> None:
    write(tmp_path, "a.py", BUGGY)
    out = run("check", "a.py", "--select", "E501", cwd=tmp_path)
    assert out.returncode == 2
    assert out.stderr.strip().startswith("lstmcheck: error: unknown rule code 'E501'")


@pytest.mark.parametrize("args, said", [
    (("check", "--ignore"), "Option '--ignore' requires an argument. (see `lstmcheck check --help`)"),
    (("check", "--output-format", "xml", "a.py"),
     "Invalid value for '--output-format': 'xml' is not one of 'text', "),
])
def test_usage_errors_read_plainly_and_point_at_the_commands_help(tmp_path: Path, args,
                                                                    said) -> None:
    write(tmp_path, "a.py", BUGGY)
    out = run(*args, cwd=tmp_path)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1
    assert said in out.stderr


def test_noqa_bare_and_with_codes(tmp_path: Path) -> None:
    write(tmp_path, "a.py",
          "import torch.nn as nn\n"
          "a = nn.LSTM(10)  # noqa\n"
          "b = nn.LSTM(10)  # noqa: LC001\n"
          "c = nn.LSTM(10)  # noqa: LC005\n"
          "d = nn.LSTM(10, 20, dropout=0.5)  # noqa: LC001, LC006\n"
          "e = nn.LSTM(\n"
          "    10,\n"
          ")  # noqa: LC001\n")
    out = run("check", "a.py", "--output-format", "json", cwd=tmp_path)
    assert [(d["code"], d["line"]) for d in json.loads(out.stdout)] == [("LC001", 4)]


def test_file_level_noqa_skips_the_file(tmp_path: Path) -> None:
    write(tmp_path, "a.py", "# lstmcheck: noqa\n" + BUGGY)
    out = run("check", "a.py", cwd=tmp_path)
    assert out.returncode == 0


def test_exit_zero_and_quiet(tmp_path: Path) -> None:
    write(tmp_path, "a.py", BUGGY)
    out = run("check", "a.py", "--exit-zero", "--quiet", cwd=tmp_path)
    assert out.returncode == 0
    assert "LC001" in out.stdout and "Found" not in out.stdout


def test_stdin_with_a_filename(tmp_path: Path) -> None:
    out = run("check", "-", "--stdin-filename", "models/rnn.py", "--output-format", "concise",
              cwd=tmp_path, stdin=BUGGY)
    assert out.returncode == 1
    assert out.stdout.startswith("models/rnn.py:3:8: error: LC001")


def test_missing_path_is_reported_and_others_still_checked(tmp_path: Path) -> None:
    write(tmp_path, "a.py", BUGGY)
    out = run("check", "nope.py", "a.py", "--output-format", "concise", cwd=tmp_path)
    assert out.returncode == 2
    assert out.stderr.strip() == "lstmcheck: error: nope.py: no such file or directory"
    assert "a.py:3:8: error: LC001" in out.stdout


def test_nothing_to_check_exits_2(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    out = run("check", "empty", cwd=tmp_path)
    assert out.returncode == 2
    assert "no Python files" in out.stderr


def test_parse_error_is_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    write(tmp_path, "broken.py", "import torch.nn as nn\nlstm = nn.LSTM(10, 20\n")
    write(tmp_path, "latin.py", b"# \xff\xfe\nimport torch.nn as nn\nnn.LSTM(1)\n".decode("latin-1"))
    write(tmp_path, "z.py", BUGGY)
    out = run("check", ".", "--output-format", "json", cwd=tmp_path)
    data = json.loads(out.stdout)
    assert out.returncode == 1
    assert ("LC000", "broken.py") in {(d["code"], d["path"]) for d in data}
    assert ("LC001", "z.py") in {(d["code"], d["path"]) for d in data}
    assert "Traceback" not in out.stderr


def test_discovery_skips_ignored_and_tool_directories(tmp_path: Path) -> None:
    write(tmp_path, ".gitignore", "generated/\n*_pb2.py\n!keep_pb2.py\n")
    (tmp_path / ".git").mkdir()
    for name in ("generated/a.py", "x_pb2.py", ".venv/lib/a.py", "env2/lib/b.py",
                 "node_modules/c.py", "build/d.py", "pkg/__pycache__/e.py",
                 "lib/site-packages/f.py"):
        write(tmp_path, name, BUGGY)
    write(tmp_path, "env2/pyvenv.cfg", "home = /usr\n")
    write(tmp_path, "keep_pb2.py", BUGGY)
    write(tmp_path, "src/model.py", BUGGY)
    out = run("check", ".", "--output-format", "json", cwd=tmp_path)
    assert sorted({d["path"] for d in json.loads(out.stdout)}) == ["keep_pb2.py", "src/model.py"]


def test_a_file_named_explicitly_is_always_checked(tmp_path: Path) -> None:
    write(tmp_path, ".gitignore", "generated/\n")
    (tmp_path / ".git").mkdir()
    write(tmp_path, "generated/a.py", BUGGY)
    out = run("check", "generated/a.py", "--output-format", "concise", cwd=tmp_path)
    assert out.stdout.startswith("generated/a.py:3:8: error: LC001")


def test_files_that_name_no_layer_are_not_parsed(tmp_path: Path) -> None:
    """The prefilter: libcst is never imported when no file mentions a recurrent layer."""
    write(tmp_path, "plain.py", "import torch\nx = torch.zeros(3)\n")
    code = ("import sys\nfrom lstmcheck.cli import app\n"
            "try:\n    app(['check', 'plain.py'])\nexcept SystemExit as e:\n"
            "    print(e.code, 'libcst' in sys.modules, 'torch' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert out.stdout.split()[-3:] == ["0", "False", "False"], out.stdout + out.stderr


def test_rules_lists_every_rule(tmp_path: Path) -> None:
    out = run("rules", cwd=tmp_path)
    codes = [line.split()[0] for line in out.stdout.splitlines()[1:] if line[:2] == "LC"]
    assert codes == [f"LC{i:03d}" for i in (*range(12), 100)]


def test_rule_explains_with_wrong_and_right(tmp_path: Path) -> None:
    out = run("rule", "lc003", cwd=tmp_path)
    assert out.returncode == 0
    assert out.stdout.startswith("LC003 swapped-sizes")
    assert "Wrong:" in out.stdout and "Right:" in out.stdout
    bad = run("rule", "LC999", cwd=tmp_path)
    assert bad.returncode == 2 and bad.stderr.startswith("lstmcheck: error: no rule 'LC999'")


def test_the_linter_never_runs_the_code_it_checks(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    write(tmp_path, "evil.py", f"open({str(marker)!r}, 'w').write('x')\n"
          "import torch.nn as nn\nnn.LSTM(10)\n")
    out = run("check", "evil.py", cwd=tmp_path)
    assert out.returncode == 1
    assert not marker.exists()


def test_a_process_pool_gives_the_same_results_as_one_process(tmp_path: Path) -> None:
    from lstmcheck.lint.engine import check_paths

    for n in range(80):
        write(tmp_path, f"pkg/m{n:02d}.py", BUGGY if n % 3 == 0 else TWO_KINDS if n % 3 == 1 else CLEAN)
    serial = list(check_paths([str(tmp_path)], jobs=1))
    pooled = list(check_paths([str(tmp_path)], jobs=2))
    assert serial == pooled
    assert sum(len(r.findings) for r in serial) == 27 + 27 * 2
