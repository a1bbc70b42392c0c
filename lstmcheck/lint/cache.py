"""Results of files already checked, so that a run over an unchanged tree parses nothing.

An entry is keyed by everything a file's result depends on: its bytes, its path, the settings
that shape findings, lstmcheck's version and the fingerprint of its code (so an edited or
merged lstmcheck never serves stale results), and under --verify torch's version. Entries
live in `.lstmcheck_cache/` at the project root (or `LSTMCHECK_CACHE_DIR`, or a directory
given), one file each, written to a temporary name and renamed, so concurrent runs never read
half an entry. An entry that cannot be read is a miss and is written anew; entries of another
version are removed when a run opens the cache. Loading accepts lstmcheck's own records and
nothing else: a cache committed to a repository cannot make lstmcheck run code.

A run over a tree also keeps an index, one file per settings: for each file, its size,
modification and change times (ns), inode and device when it was read, and what it was (a
file the prefilter skips, or its entry's key). A file whose stat still matches is not read
again, as git trusts its index: a file changed within the last seconds before it was read is
not indexed, since a second change in the same clock tick would leave its stat alike.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import re
import time
from dataclasses import fields, is_dataclass, replace
from pathlib import Path

from lstmcheck.atomic import write_atomically
from lstmcheck.records import FileResult, Settings

NAME = ".lstmcheck_cache"
ENVIRONMENT = "LSTMCHECK_CACHE_DIR"
_FORMAT = 1
_ROOT_MARKERS = ("pyproject.toml", ".git", "setup.cfg", "setup.py")
# Settings that decide which files are walked, not what a file's result is.
_DISCOVERY_ONLY = ("exclude", "extend_exclude", "respect_gitignore", "force_exclude")
SKIPPED = ""  # in the index: a file the prefilter skips (else the key of its entry)
# A file changed this recently (ns) when it was read is not indexed: coarse file-system clocks
# (1 s, 2 s on FAT) could give a second change within the same tick the same stat.
_SETTLED = 3_000_000_000
_KEY = re.compile(r"[0-9a-f]{64}")  # an entry's key, as `Cache.key` makes it


def default_directory(start: Path | None = None) -> Path | None:
    """`LSTMCHECK_CACHE_DIR`, else `.lstmcheck_cache` in the nearest directory from `start`
    (the working directory) up that holds a pyproject.toml, .git, setup.cfg or setup.py,
    else in `start` itself; None when there is no working directory (it was deleted)."""
    named = os.environ.get(ENVIRONMENT)
    if named:
        return Path(named)
    try:
        here = Path(os.path.abspath(start or os.getcwd()))
    except OSError:
        return None
    for directory in (here, *here.parents):
        if any(os.path.exists(directory / marker) for marker in _ROOT_MARKERS):
            return directory / NAME
    return here / NAME


def _code_fingerprint() -> str:
    """lstmcheck's version and the sizes and times of its source files."""
    from lstmcheck import __version__

    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256(__version__.encode())
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                info = os.stat(os.path.join(folder, name))
                digest.update(f"{folder}/{name}:{info.st_size}:{info.st_mtime_ns};".encode())
    return f"{__version__}-{digest.hexdigest()[:16]}"


def _torch_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("torch")
    except metadata.PackageNotFoundError:
        return "none"


class _RecordsOnly(pickle.Unpickler):
    """Unpickles lstmcheck's records and plain data; any other class is refused."""

    def find_class(self, module: str, name: str) -> type:
        if module == "lstmcheck.records":
            from lstmcheck import records

            found = getattr(records, name, None)
            if isinstance(found, type) and is_dataclass(found):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a record")


class Cache:
    """One run's view of the cache directory: its version's folder and the settings' salt."""

    SKIPPED = SKIPPED

    def __init__(self, folder: Path, salt: bytes) -> None:
        self.folder = folder
        self.salt = salt
        self._index: dict[str, tuple] | None = None
        self._index_changed = False
        self._facts: dict[str, tuple] | None = None  # the project stage's text facts
        self._facts_changed = False
        self.indexing = True  # off: `unchanged` knows nothing and `remember` keeps nothing

    @classmethod
    def open(cls, directory: str | os.PathLike[str], settings: Settings) -> Cache | None:
        """The cache in `directory`, created with its `.gitignore` if need be; None when it
        cannot be created (a read-only tree is checked without a cache)."""
        root = Path(directory)
        version = f"v{_FORMAT}-{_code_fingerprint()}"
        try:
            (root / version).mkdir(parents=True, exist_ok=True)
            if not (root / ".gitignore").exists():
                write_atomically(root / ".gitignore",
                                  b"# Created by lstmcheck: the cache is not for git.\n*\n")
        except OSError:
            return None
        for other in _entries(root):
            if other.is_dir() and other.name.startswith("v") and other.name != version:
                import shutil

                shutil.rmtree(other, ignore_errors=True)  # another version's results
        kept = replace(settings, **{name: getattr(Settings, name) for name in _DISCOVERY_ONLY})
        # Paths are as given, and per-file-ignores match them relative to the working
        # directory: the same path from elsewhere is another file.
        try:
            here = os.getcwd()
        except OSError:
            here = ""
        salt = repr([f.name for f in fields(Settings)]) + repr(kept) + here
        if settings.verify:
            salt += f"torch {_torch_version()}"
        return cls(root / version, salt.encode())

    def key(self, path: str, source: bytes, project: bytes = b"") -> str:
        """`project`: what the project stage adds to the file's inputs (calls handed over
        from other files, classes asked about); empty for a file checked on its own."""
        digest = hashlib.sha256(self.salt)
        digest.update(len(path).to_bytes(4, "little") + os.fsencode(path))
        digest.update(source)
        if project:
            digest.update(b"\0project\0" + project)
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def get(self, key: str) -> FileResult | None:
        """The stored result, or None when there is none or it cannot be read."""
        try:
            data = self._entry(key).read_bytes()
        except OSError:
            return None
        try:
            result = _RecordsOnly(io.BytesIO(data)).load()
        except Exception:  # noqa: BLE001 - a damaged entry is a miss
            return None
        return result if isinstance(result, FileResult) else None

    def put(self, key: str, result: FileResult) -> None:
        """Store a result; a failure to store costs only the next run's time."""
        if result.internal_error:  # a time-out or a crash may not happen next time
            return
        entry = self._entry(key)
        try:
            entry.parent.mkdir(exist_ok=True)
            write_atomically(entry, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            pass

    # the index ---------------------------------------------------------------------------
    def _index_path(self) -> Path:
        return self.folder / f"index-{hashlib.sha256(self.salt).hexdigest()[:20]}"

    def _loaded_index(self) -> dict[str, tuple]:
        if self._index is None:
            self._index = {}
            try:
                data = self._index_path().read_bytes()
                index = _RecordsOnly(io.BytesIO(data)).load()
            except Exception:  # noqa: BLE001 - missing or damaged: an empty index
                return self._index
            if isinstance(index, dict):
                self._index = index
        return self._index

    def _stat(self, path: str | os.PathLike[str]) -> os.stat_result | None:
        """The file's stat when this run keeps an index, else None (also when it cannot)."""
        if not self.indexing:
            return None
        try:
            return os.stat(path)
        except OSError:
            return None

    def unchanged(self, name: str, path: str | os.PathLike[str],
                  info: os.stat_result | None = None
                  ) -> tuple[os.stat_result | None, str | None]:
        """The file's stat now (or `info`, taken by this run before it read the file), and
        what the index says of it if it is unchanged since it was indexed (`SKIPPED` or its
        entry's key), else None."""
        if info is None:
            info = self._stat(path)
        if info is None:
            return None, None
        entry = self._loaded_index().get(name)
        if type(entry) is tuple and len(entry) == 6 and entry[:-1] == _stamp(info) \
                and (entry[-1] == SKIPPED or _KEY.fullmatch(str(entry[-1])) is not None):
            return info, entry[-1]
        return info, None

    def remember(self, name: str, info: os.stat_result | None, what: str) -> None:
        """Index a file read after `info` was taken: `SKIPPED`, or its entry's key."""
        if info is None or max(info.st_mtime_ns, info.st_ctime_ns) > time.time_ns() - _SETTLED:
            return
        entry = (*_stamp(info), what)
        index = self._loaded_index()
        if index.get(name) != entry:
            index[name] = entry
            self._index_changed = True

    def save_index(self) -> None:
        """Write the index if this run changed it; a failure costs only the next run's time."""
        if self._facts_changed and self._facts is not None:
            _store(self._facts_path(), self._facts)
            self._facts_changed = False
        if not self._index_changed or self._index is None:
            return
        if _store(self._index_path(), self._index):
            self._index_changed = False

    # the project stage's text facts, indexed like the files ------------------------------
    def _facts_path(self) -> Path:
        return self.folder / f"project-{hashlib.sha256(self.salt).hexdigest()[:20]}"

    def text_facts(self, name: str, path: str | os.PathLike[str]
                   ) -> tuple[os.stat_result | None, tuple | None]:
        """The file's stat now, and the text facts kept for it if it is unchanged since."""
        info = self._stat(path)
        if info is None:
            return None, None
        if self._facts is None:
            self._facts = {}
            try:
                loaded = _RecordsOnly(io.BytesIO(self._facts_path().read_bytes())).load()
            except Exception:  # noqa: BLE001 - missing or damaged: none kept
                loaded = {}
            if isinstance(loaded, dict):
                self._facts = loaded
        entry = self._facts.get(name)
        if type(entry) is tuple and len(entry) == 2 and entry[0] == _stamp(info):
            return info, entry[1]
        return info, None

    def remember_facts(self, name: str, info: os.stat_result | None, facts: tuple) -> None:
        """Keep a file's text facts, read after `info` was taken (as `remember`)."""
        if info is None or self._facts is None \
                or max(info.st_mtime_ns, info.st_ctime_ns) > time.time_ns() - _SETTLED:
            return
        entry = (_stamp(info), facts)
        if self._facts.get(name) != entry:
            self._facts[name] = entry
            self._facts_changed = True


def _store(path: Path, data: dict) -> bool:
    """Write an index whole; a failure costs only the next run's time."""
    try:
        write_atomically(path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        return True
    except (OSError, pickle.PicklingError):
        return False


def _stamp(info: os.stat_result) -> tuple[int, int, int, int, int]:
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev


def _entries(root: Path) -> list[Path]:
    try:
        return list(root.iterdir())
    except OSError:
        return []


