"""`lstmcheck check`: read the configuration, lint files, print the findings, pick the exit code.

The steps are separate functions so that another mode (--fix, --diff) can take the resolved
`Config` and the targets and do its own thing in place of `_report`.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import TYPE_CHECKING, List, Optional, TextIO

import typer

from lstmcheck.cli.common import (EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, fail, failing,
                                   help_brackets, output_stream)

if TYPE_CHECKING:
    from lstmcheck.config import Config
    from lstmcheck.records import FileResult, Settings


class OutputFormat(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    json_lines = "json-lines"
    github = "github"
    gitlab = "gitlab"
    sarif = "sarif"
    junit = "junit"


class FailOn(str, Enum):
    warning = "warning"
    error = "error"


# format -> the module under lstmcheck.report that writes it
REPORTERS = {"text": "text", "concise": "text", "json": "json", "json-lines": "json_lines",
             "github": "github", "gitlab": "gitlab", "sarif": "sarif", "junit": "junit"}


def _split(values: Optional[List[str]]) -> tuple[str, ...]:
    """Repeated flags and comma-separated lists alike: --select LC001,LC003 --select LC005."""
    out: list[str] = []
    for value in values or []:
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return tuple(out)


def check(
    paths: Optional[List[str]] = typer.Argument(
        None, help="Files or directories to check (default: .). '-' reads standard input."),
    select: Optional[List[str]] = typer.Option(
        None, "--select", help="Only these codes or prefixes, e.g. LC001,LC005 or LC00; ALL "
        "for every rule. Replaces the configuration's select."),
    extend_select: Optional[List[str]] = typer.Option(
        None, "--extend-select", help="Codes or prefixes to add to those selected."),
    ignore: Optional[List[str]] = typer.Option(
        None, "--ignore", help="Skip these codes or prefixes."),
    exclude: Optional[List[str]] = typer.Option(
        None, "--exclude", help="Glob patterns of files and directories to skip; replaces "
        "the configuration's exclude."),
    extend_exclude: Optional[List[str]] = typer.Option(
        None, "--extend-exclude", help="Glob patterns to skip as well."),
    respect_gitignore: Optional[bool] = typer.Option(
        None, "--respect-gitignore/--no-respect-gitignore",
        help="Skip what .gitignore and .git/info/exclude ignore (default on)."),
    force_exclude: Optional[bool] = typer.Option(
        None, "--force-exclude/--no-force-exclude",
        help="Apply exclude, extend-exclude and the skipped folders to files named on the "
        "command line too, as pre-commit names them (default off)."),
    output_format: Optional[OutputFormat] = typer.Option(
        None, "--output-format", help="text (default), concise, json, json-lines, github, "
        "gitlab, sarif or junit."),
    output_file: Optional[str] = typer.Option(
        None, "--output-file", "-o", help="Write the report to this file (replaced whole, "
        "never left half-written) instead of standard output."),
    config: Optional[str] = typer.Option(
        None, "--config", help="Read this pyproject.toml or lstmcheck.toml instead of the "
        "nearest one."),
    isolated: bool = typer.Option(False, "--isolated", help="Read no configuration file."),
    show_settings: bool = typer.Option(
        False, "--show-settings", help="Print the settings in force and where each comes "
        "from, then exit."),
    show_files: bool = typer.Option(
        False, "--show-files", help="List the files that would be checked, then exit."),
    statistics: bool = typer.Option(
        False, "--statistics", help="Print how often each rule fired instead of the findings."),
    stdin_filename: Optional[str] = typer.Option(
        None, "--stdin-filename", help="The name to report for '-' (standard input)."),
    exit_zero: bool = typer.Option(False, "--exit-zero",
                                   help="Exit 0 even when something is found."),
    fail_on: Optional[FailOn] = typer.Option(
        None, "--fail-on", help="The least severity that makes the exit status 1: warning "
        "(the default) or error (warnings are still reported)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print the findings only, no summary."),
    show_shapes: Optional[bool] = typer.Option(
        None, "--show-shapes/--no-show-shapes", help="Also print, for every recurrent layer, "
        "the shapes it takes and gives as far as they are known."),
    verify: bool = typer.Option(
        False, "--verify", help="Confirm each finding with torch on the meta device, from "
        "literal values only; needs torch "
        + help_brackets("(pip install 'lstmcheck[verify]').")),
    no_cache: bool = typer.Option(
        False, "--no-cache", help="Neither read nor write cached results."),
    cache_dir: Optional[str] = typer.Option(
        None, "--cache-dir", metavar="DIR", help="Where cached results live (default: "
        ".lstmcheck_cache at the project root, or $LSTMCHECK_CACHE_DIR)."),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, help="Worker processes that parse files (default: 1 on "
        "up to two cores, else one per core but one)."),
    fix: bool = typer.Option(False, "--fix", help="Apply the safe fixes, then report what "
                             "remains."),
    unsafe_fixes: bool = typer.Option(
        False, "--unsafe-fixes", help="Also apply the fixes that change behaviour (resizing a "
        "head, a state or a layer; removing an ineffective dropout)."),
    diff: bool = typer.Option(False, "--diff", help="Print the fixes as a unified diff and "
                              "write nothing; exit 1 when there is something to fix."),
    fix_only: bool = typer.Option(False, "--fix-only", help="Apply the fixes and report "
                                  "nothing else."),
    exit_non_zero_on_fix: bool = typer.Option(
        False, "--exit-non-zero-on-fix", help="With --fix: exit 1 when something was fixed, "
        "even if nothing remains."),
) -> None:
    """Lint Python files for mistakes in torch.nn.LSTM, GRU, RNN and cell constructors.

    Settings come from the tool.lstmcheck table of the nearest pyproject.toml or lstmcheck.toml; flags override them.

    Exit status: 0 nothing found, 1 findings, 2 usage error, a bad configuration, or nothing could be checked.
    """  # one line per paragraph: the help keeps a docstring's line breaks
    from lstmcheck.config import ConfigError, Flags, resolve, start_directory

    targets = list(paths or ["."])
    try:
        flags = Flags(
            select=_codes(select) if select is not None else None,
            extend_select=_codes(extend_select), ignore=_codes(ignore),
            exclude=_split(exclude) if exclude is not None else None,
            extend_exclude=_split(extend_exclude),
            output_format=output_format.value if output_format is not None else None,
            respect_gitignore=respect_gitignore, force_exclude=force_exclude,
            show_shapes=show_shapes, verify=verify,
            fail_on=fail_on.value if fail_on is not None else None)
        conf = resolve(flags, start=start_directory(targets, stdin_filename), config=config,
                       isolated=isolated)
    except ConfigError as exc:
        raise fail(str(exc)) from None
    if show_settings:
        with output_stream(output_file) as stream:
            _print_settings(conf, targets, stream)
        raise typer.Exit(EXIT_OK)
    if show_files:
        with output_stream(output_file) as stream:
            missing = _print_files(targets, conf.settings, stream)
        raise typer.Exit(EXIT_USAGE if missing else EXIT_OK)
    if verify:
        import importlib.util

        from lstmcheck.verify import INSTALL_HINT

        if importlib.util.find_spec("torch") is None:
            raise fail(INSTALL_HINT)

    if fix or diff or fix_only:
        from lstmcheck.cli.fixes import run

        with output_stream(output_file) as stream:
            code = run(targets, conf.settings, unsafe=unsafe_fixes, diff=diff,
                       fix_only=fix_only, exit_non_zero_on_fix=exit_non_zero_on_fix,
                       output_format=conf.output_format, quiet=quiet, stream=stream,
                       stdin_filename=stdin_filename, fail_on=conf.fail_on)
        raise typer.Exit(EXIT_OK if exit_zero and code == EXIT_FINDINGS else code)

    from lstmcheck.lint.cache import default_directory

    cache = None if no_cache else (cache_dir or default_directory())
    results, missing = _lint(targets, conf.settings, stdin_filename, cache=cache, jobs=jobs,
                             quiet=quiet)
    with output_stream(output_file) as stream:
        if statistics:
            from lstmcheck.report import statistics as stats

            stats.write(results, stream, as_json=conf.output_format == "json")
        else:
            _report(results, conf, stream, quiet=quiet)
    raise typer.Exit(exit_code(results, missing, exit_zero=exit_zero,
                               all_excluded_is_fine=conf.settings.force_exclude,
                               fail_on=conf.fail_on))


def _codes(values: Optional[List[str]]) -> tuple[str, ...]:
    from lstmcheck.config import check_codes
    from lstmcheck.lint.rules import BY_CODE

    return check_codes(_split(values), BY_CODE, "")


def _lint(targets: list[str], settings: "Settings", stdin_filename: Optional[str], *,
          cache: "str | os.PathLike[str] | None" = None, jobs: Optional[int] = None,
          quiet: bool = False) -> tuple[list["FileResult"], list[str]]:
    """Every file's result, and the named paths that do not exist (reported on stderr); a
    progress bar on stderr when a run in a terminal takes more than a second."""
    from lstmcheck.cli.progress import Progress
    from lstmcheck.lint.engine import check_paths, check_source, relabel
    from lstmcheck.verify import TorchMissing

    targets = list(targets)
    results, missing = [], []
    try:
        if "-" in targets:
            targets.remove("-")
            name = stdin_filename or "-"
            results.append(relabel(check_source(sys.stdin.buffer.read(), name, settings), name))
        progress = Progress(enabled=not quiet)
        run = check_paths(targets, settings, jobs=jobs, cache_dir=cache,
                          discovered=progress.discovered, checked=progress.checked) if targets else ()
        for item in progress.track(run):
            if isinstance(item, str):
                missing.append(item)
                sys.stderr.write(f"lstmcheck: error: {item}: no such file or directory\n")
            else:
                results.append(item)
    except TorchMissing as exc:
        raise fail(str(exc)) from None
    return results, missing


def _report(results: list["FileResult"], conf: "Config", stream: TextIO, *,
            quiet: bool) -> None:
    import importlib

    fmt = conf.output_format
    report = importlib.import_module(f"lstmcheck.report.{REPORTERS[fmt]}")
    report.write(results, stream, quiet=quiet, show_source=fmt == "text",
                 show_shapes=conf.settings.show_shapes)


def exit_code(results: list["FileResult"], missing: list[str], *, exit_zero: bool,
              all_excluded_is_fine: bool = False, fail_on: str = "warning") -> int:
    """2 when a path was missing, nothing was checked or a file met an internal error;
    else 1 for findings of `fail_on`'s severity or worse (0 with --exit-zero). Under --force-exclude, named files that were all
    excluded are a pass: pre-commit names the staged files, excluded ones included."""
    if not results and not missing and all_excluded_is_fine:
        return EXIT_OK
    if not results and not missing:
        sys.stderr.write("lstmcheck: error: no Python files found to check\n")
    broken = [r.path for r in results if getattr(r, "internal_error", False)]
    for path in broken:
        sys.stderr.write(f"lstmcheck: error: {path}: internal error while checking; "
                         "please report it\n")
    if missing or not results or broken:
        return EXIT_USAGE
    found = any(failing(r.findings, fail_on) for r in results)
    return EXIT_FINDINGS if found and not exit_zero else EXIT_OK


def _print_settings(conf: "Config", targets: list[str], stream: TextIO) -> None:
    """What is in force and where each value came from, one key a line."""
    from lstmcheck.config import display_path

    s, src = conf.settings, conf.sources
    rules_from = "; ".join(f"{key} from {src.get(key, 'default')}"
                           for key in ("select", "extend-select", "ignore"))
    rows = [
        ("configuration", display_path(conf.path) if conf.path is not None else "(none)", ""),
        ("paths", " ".join(targets), ""),
        ("rules in force", ", ".join(conf.enabled) or "(none)", rules_from),
        ("rules off", ", ".join(s.ignore) or "(none)", ""),
        ("exclude", ", ".join(s.exclude) or "(none)", src.get("exclude", "")),
        ("extend-exclude", ", ".join(s.extend_exclude) or "(none)", src.get("extend-exclude", "")),
        ("per-file-ignores", "; ".join(f"{glob} = {', '.join(codes)}"
                                       for glob, codes in s.per_file_ignores) or "(none)",
         src.get("per-file-ignores", "")),
        ("output-format", conf.output_format, src.get("output-format", "")),
        ("fail-on", conf.fail_on, src.get("fail-on", "")),
        ("respect-gitignore", str(s.respect_gitignore).lower(), src.get("respect-gitignore", "")),
        ("force-exclude", str(s.force_exclude).lower(), src.get("force-exclude", "")),
        ("show-shapes", str(s.show_shapes).lower(), src.get("show-shapes", "")),
        ("report-unused-noqa", str(s.report_unused_noqa).lower(),
         src.get("report-unused-noqa", "")),
        ("max-file-size", f"{s.max_file_bytes} bytes", src.get("max-file-size", "")),
    ]
    width = max(len(key) for key, _, _ in rows)
    for key, value, source in rows:
        stream.write(f"{key.ljust(width)}  {value}" + (f"  ({source})" if source else "") + "\n")


def _print_files(targets: list[str], settings: "Settings", stream: TextIO) -> list[str]:
    """The files discovery finds, one a line; returns the named paths that do not exist."""
    import inspect

    from lstmcheck.lint import discover as discovery

    named = [t for t in targets if t != "-"]
    takes_settings = len(inspect.signature(discovery.discover).parameters) > 1
    found = (discovery.discover(named, settings) if takes_settings
             else discovery.discover(named))
    for path in found.files:
        stream.write(f"{path}\n")
    for name in found.missing:
        sys.stderr.write(f"lstmcheck: error: {name}: no such file or directory\n")
    return list(found.missing)
