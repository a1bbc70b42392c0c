"""Configuration: `[tool.lstmcheck]` in pyproject.toml, or lstmcheck.toml, merged with flags.

Found as ruff finds its own: from the checked paths upward, the first directory holding a
`lstmcheck.toml` or a pyproject.toml with a `[tool.lstmcheck]` table (lstmcheck.toml wins when
both are there). Flags override the file; `--config PATH` names the file; `--isolated` reads
none. Every value remembers where it came from, for `check --show-settings`. A bad key, type or
code is a `ConfigError` naming the key and the file: the CLI prints it on one line, exit 2.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping

from lstmcheck.records import Settings

TABLE = "tool.lstmcheck"
FORMATS = ("text", "concise", "json", "json-lines", "github", "gitlab", "sarif", "junit")
# --fail-on: a warning or worse fails the run (the default), or only an error does
SEVERITIES = ("warning", "error")


# Rules that run only when asked for, with the setting that asks (the engine's LC100 reports
# `# noqa` comments that suppress nothing, as ruff's RUF100).
OPT_IN = {"LC100": "report-unused-noqa"}


class ConfigError(Exception):
    """A configuration the user must fix; the message is one line."""


@dataclass(frozen=True)
class RuleChoice:
    """One layer of rule selection (the file, then the flags), resolved as ruff resolves it:
    a `select` starts afresh, `extend-select` adds, `ignore` removes, and within a layer the
    longer prefix wins (ignore = ["LC00"], select = ["LC003"] keeps LC003)."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def apply(self, enabled: set[str], codes: Iterable[str]) -> set[str]:
        out = set() if self.select is not None else set(enabled)
        chosen = (self.select or ()) + self.extend_select
        for code in codes:
            on, off = _longest(code, chosen), _longest(code, self.ignore)
            if on > off:
                out.add(code)
            elif off:
                out.discard(code)
        return out


def _longest(code: str, prefixes: Iterable[str]) -> int:
    """How specific the best prefix matching `code` is: 0 none, ALL counts as 1."""
    best = 0
    for prefix in prefixes:
        if prefix == "ALL":
            best = max(best, 1)
        elif code.startswith(prefix):
            best = max(best, len(prefix) + 1)
    return best


@dataclass(frozen=True)
class Config:
    """What is in force for one `check`, and where each value came from."""

    settings: Settings
    output_format: str = "text"
    path: Path | None = None  # the configuration file read, if any
    fail_on: str = "warning"  # the least severity that makes the exit status 1
    sources: Mapping[str, str] = field(default_factory=dict)  # key -> "default", a file, a flag
    enabled: tuple[str, ...] = ()  # the rule codes in force


# key in the file -> (python type checked, what the error calls it)
_KEYS: dict[str, tuple[type, str]] = {
    "select": (list, "a list of rule codes"),
    "extend-select": (list, "a list of rule codes"),
    "ignore": (list, "a list of rule codes"),
    "exclude": (list, "a list of glob patterns"),
    "extend-exclude": (list, "a list of glob patterns"),
    "per-file-ignores": (dict, "a table of glob = [rule codes]"),
    "output-format": (str, "one of " + ", ".join(FORMATS)),
    "fail-on": (str, "warning or error"),
    "respect-gitignore": (bool, "true or false"),
    "force-exclude": (bool, "true or false"),
    "show-shapes": (bool, "true or false"),
    "report-unused-noqa": (bool, "true or false"),
    "max-file-size": (int, "a number of bytes"),
}


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: the tomli backport, a dependency there
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{display_path(path)}: cannot read it: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{display_path(path)}: not valid TOML: {exc}") from None


def _table(path: Path, document: dict[str, Any]) -> dict[str, Any] | None:
    """The lstmcheck table of a pyproject.toml (None when it has none); a lstmcheck.toml is
    the table itself."""
    tool = document.get("tool")
    if path.name == "lstmcheck.toml":
        return document
    if path.name != "pyproject.toml":
        if not (isinstance(tool, dict) and "lstmcheck" in tool):  # laid out as lstmcheck.toml
            if any(key in document for key in ("project", "build-system", "tool")):
                raise ConfigError(
                    f"{display_path(path)}: is laid out as a pyproject.toml but has no "
                    f"[{TABLE}] table; a file of lstmcheck's own holds the settings at its "
                    "top level (select = [...])")
            return document
        # a pyproject.toml by another name (--config ci/pyproject-ci.toml): its table counts
    table = tool.get("lstmcheck") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{display_path(path)}: [{TABLE}] must be a table")
    return table


def find_config(start: Path) -> Path | None:
    """The nearest lstmcheck.toml, or pyproject.toml with [tool.lstmcheck], from `start` up."""
    directory = start.resolve()
    if not directory.is_dir():
        directory = directory.parent
    for candidate in (directory, *directory.parents):
        own = candidate / "lstmcheck.toml"
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _mentions_us(pyproject):
            return pyproject
    return None


def _mentions_us(pyproject: Path) -> bool:
    """Only a pyproject.toml with our table counts; another tool's broken file is not ours
    to complain about."""
    try:
        raw = pyproject.read_bytes()
    except OSError:
        return False
    if b"lstmcheck" not in raw:
        return False
    return _table(pyproject, _load_toml(pyproject)) is not None


def start_directory(paths: Iterable[str], stdin_filename: str | None = None) -> Path:
    """Where the search for a configuration starts: the checked paths' common directory."""
    try:
        cwd = os.getcwd()
    except OSError as exc:
        raise ConfigError(f"cannot read the working directory ({exc.strerror or exc}); was it "
                          "deleted?") from None
    named = [p for p in paths if p != "-"]
    if stdin_filename and not named:
        named = [stdin_filename]
    if not named:
        return Path(cwd)
    absolute = [os.path.normpath(os.path.join(cwd, p)) for p in named]
    try:
        common = Path(os.path.commonpath(absolute))
    except ValueError:  # different drives
        return Path(cwd)
    while not common.exists() and common != common.parent:
        common = common.parent
    return common if common.is_dir() else common.parent


def read_file(path: Path) -> dict[str, Any]:
    """The file's lstmcheck table, checked key by key."""
    table = _table(path, _load_toml(path))
    if table is None:
        raise ConfigError(f"{display_path(path)}: has no [{TABLE}] table")
    return validate(table, display_path(path))


def validate(table: Mapping[str, Any], path: Path | str) -> dict[str, Any]:
    """Keys, types and rule codes; the values normalised (codes upper case, tuples)."""
    from lstmcheck.lint.rules import BY_CODE

    out: dict[str, Any] = {}
    for key, value in table.items():
        if key == "tool" and Path(str(path)).name == "lstmcheck.toml":
            raise ConfigError(f"{path}: write the keys at the top level, without a "
                              f"[{TABLE}] header (that is for pyproject.toml)")
        if key not in _KEYS:
            guess = near(key, _KEYS)
            hint = f" (did you mean {guess!r}?)" if guess else ""
            raise ConfigError(f"{path}: unknown key {key!r}{hint}; keys: {', '.join(_KEYS)}")
        kind, wanted = _KEYS[key]
        if kind is int and (isinstance(value, bool) or not isinstance(value, int) or value <= 0):
            raise ConfigError(f"{path}: {key} must be {wanted} above 0, not {value!r}")
        if not isinstance(value, kind):
            raise ConfigError(f"{path}: {key} must be {wanted}, not {_toml_type(value)}")
        if kind is list:
            if not all(isinstance(item, str) for item in value):
                raise ConfigError(f"{path}: {key} must be {wanted} (strings)")
            value = tuple(value)
            if key in ("select", "extend-select", "ignore"):
                value = check_codes(value, BY_CODE, f"{path}: {key}")
        elif key == "per-file-ignores":
            pairs = []
            for glob, codes in value.items():
                if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
                    raise ConfigError(f"{path}: per-file-ignores.{glob!r} must be a list of "
                                      "rule codes")
                pairs.append((glob, check_codes(codes, BY_CODE,
                                                f"{path}: per-file-ignores.{glob!r}")))
            value = tuple(pairs)
        elif key == "output-format" and value not in FORMATS:
            raise ConfigError(f"{path}: output-format must be {wanted}, not {value!r}")
        elif key == "fail-on" and value not in SEVERITIES:
            raise ConfigError(f"{path}: fail-on must be {wanted}, not {value!r}")
        out[key] = value
    return out


def check_codes(values: Iterable[str], known: Mapping[str, Any], where: str) -> tuple[str, ...]:
    """Codes or prefixes, upper-cased; ALL stands for every rule. Unknown ones are an error."""
    out = []
    for raw in values:
        code = raw.strip().upper()
        if not code:
            continue
        if code != "ALL" and not any(rule.startswith(code) for rule in known):
            prefix = f"{where}: " if where else ""
            raise ConfigError(f"{prefix}unknown rule code {raw!r}; `lstmcheck rules` lists them")
        out.append(code)
    return tuple(out)


def near(word: str, choices: Iterable[str]) -> str | None:
    import difflib

    found = difflib.get_close_matches(word.replace("_", "-"), list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def _toml_type(value: Any) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a float", str: "a string",
             list: "an array", dict: "a table"}
    return names.get(type(value), type(value).__name__)


@dataclass(frozen=True)
class Flags:
    """What the command line said; None (or empty) where it said nothing."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] = ()
    output_format: str | None = None
    respect_gitignore: bool | None = None
    force_exclude: bool | None = None
    show_shapes: bool | None = None
    verify: bool = False
    fail_on: str | None = None


def resolve(flags: Flags, *, start: Path, config: str | None = None,
            isolated: bool = False) -> Config:
    """Defaults, then the configuration file, then the flags."""
    from lstmcheck.lint.rules import BY_CODE

    if config is not None and isolated:
        raise ConfigError("--config and --isolated cannot be used together")
    path: Path | None = None
    if config is not None:
        path = Path(config)
        if not path.is_file():
            raise ConfigError(f"--config {config}: no such file")
        values = read_file(path)
    elif isolated:
        values = {}
    else:
        path = find_config(start)
        values = read_file(path) if path is not None else {}

    here = display_path(path) if path is not None else ""
    place = (here if path is None or path.name != "pyproject.toml"
             else f"{here} [{TABLE}]")
    sources: dict[str, str] = {}
    defaults = Settings()

    def pick(key: str, flag: Any, flag_name: str, default: Any) -> Any:
        if flag is not None:
            sources[key] = flag_name
            return flag
        if key in values:
            sources[key] = place
            return values[key]
        sources[key] = "default"
        return default

    codes = list(BY_CODE)
    enabled = set(codes)
    file_choice = RuleChoice(values.get("select"), values.get("extend-select", ()),
                             values.get("ignore", ()))
    flag_choice = RuleChoice(flags.select, flags.extend_select, flags.ignore)
    enabled = flag_choice.apply(file_choice.apply(enabled, codes), codes)
    sources["select"] = ("--select" if flags.select is not None
                         else place if "select" in values else "default")
    for key, in_file, given, name in (
            ("extend-select", "extend-select" in values, bool(flags.extend_select),
             "--extend-select"),
            ("ignore", "ignore" in values, bool(flags.ignore), "--ignore")):
        sources[key] = ", ".join(
            s for s, on in ((place, in_file), (name, given)) if on) or "default"

    exclude = pick("exclude", flags.exclude, "--exclude", defaults.exclude)
    extend_exclude = tuple(values.get("extend-exclude", ())) + flags.extend_exclude
    sources["extend-exclude"] = ", ".join(
        s for s, on in ((place, "extend-exclude" in values), ("--extend-exclude",
                                                              bool(flags.extend_exclude))) if on
    ) or "default"
    settings = replace(
        defaults,
        # Everything is on unless switched off: the engine's select/ignore by prefix, here
        # resolved to whole codes so that the file and the flags combine as in ruff.
        select=(),
        ignore=tuple(c for c in codes if c not in enabled),
        show_shapes=pick("show-shapes", flags.show_shapes,
                         "--show-shapes" if flags.show_shapes else "--no-show-shapes", False),
        verify=flags.verify,
        exclude=tuple(exclude),
        extend_exclude=extend_exclude,
        per_file_ignores=pick("per-file-ignores", None, "", defaults.per_file_ignores),
        respect_gitignore=pick("respect-gitignore", flags.respect_gitignore,
                               "--respect-gitignore" if flags.respect_gitignore
                               else "--no-respect-gitignore", defaults.respect_gitignore),
        force_exclude=pick("force-exclude", flags.force_exclude,
                           "--force-exclude" if flags.force_exclude else "--no-force-exclude",
                           defaults.force_exclude),
        report_unused_noqa=pick("report-unused-noqa", None, "", defaults.report_unused_noqa),
        max_file_bytes=pick("max-file-size", None, "", defaults.max_file_bytes),
    )
    # Opt-in rules (ruff's RUF100): on when a selector names them, e.g. --extend-select LC100
    # (ALL and a bare LC do not), or their setting is true; the engine reads the setting.
    selectors = ((flags.select or ()) + flags.extend_select if flags.select is not None
                 else tuple(values.get("select", ())) + tuple(values.get("extend-select", ()))
                 + flags.extend_select)
    for code, key in OPT_IN.items():
        named = any(len(p) > 2 and code.startswith(p) for p in selectors)
        if code in enabled and named and not settings.report_unused_noqa:
            settings = replace(settings, report_unused_noqa=True)
            sources[key] = f"{code} selected by name"
        if not settings.report_unused_noqa:
            enabled.discard(code)
    settings = replace(settings, ignore=tuple(c for c in codes if c not in enabled))
    settings = replace(settings, exclude_bases=_exclude_bases(
        path, values.get("exclude") if flags.exclude is None else None, flags.exclude,
        tuple(values.get("extend-exclude", ())), flags.extend_exclude))
    if settings.per_file_ignores and path is not None:
        # relative to the file that wrote them, wherever the check is run from (ruff's rule)
        settings = replace(settings, per_file_ignores_root=os.path.dirname(os.path.abspath(path)))
    output_format = pick("output-format", flags.output_format, "--output-format", "text")
    fail_on = pick("fail-on", flags.fail_on, "--fail-on", "warning")
    return Config(settings=settings, output_format=output_format, path=path, sources=sources,
                  enabled=tuple(c for c in codes if c in enabled), fail_on=fail_on)


def _exclude_bases(path: Path | None, file_exclude: Any, flag_exclude: Any,
                   file_extend: tuple[str, ...], flag_extend: tuple[str, ...]
                   ) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each exclusion with the folder it is relative to: the configuration file's for what the
    file writes, wherever lstmcheck runs from (pre-commit runs from the repository's top, the
    configuration may be in a sub-project), and the working directory for flags."""
    here = os.path.abspath(os.curdir)
    home = os.path.dirname(os.path.abspath(path)) if path is not None else here
    bases = ((home, tuple(file_exclude or ())), (here, tuple(flag_exclude or ())),
             (home, file_extend), (here, flag_extend))
    return tuple((folder, patterns) for folder, patterns in bases if patterns)


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when it can be."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
