"""A project's module of constants (`import config; nn.LSTM(config.EMBED, config.HIDDEN)`),
read with ast: what counts as one value, and the cache key that follows its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from lstmcheck.lint.local_modules import constants, imported_key, module_constants


@pytest.mark.parametrize("text, expected", [
    ("EMBED = 128\nHIDDEN: int = 256\nOUT = 2 * HIDDEN\nNAME = 'gru'\nP = 0.3\n",
     {"EMBED": 128, "HIDDEN": 256, "OUT": 512, "NAME": "gru", "P": 0.3}),
    ("BIDIRECTIONAL = True\nDIRS = 2 if BIDIRECTIONAL else 1\nHALF = 256 // DIRS\n",
     {"BIDIRECTIONAL": True, "DIRS": 2, "HALF": 128}),
    ("SHAPE = (1, 28, 28)\nCFG = {'hidden': 64, 'layers': 2}\n",
     {"SHAPE": (1, 28, 28), "CFG": {"hidden": 64, "layers": 2}}),
    # not one value: rebound, augmented, in a branch, global, from the environment, imported
    ("H = 128\nH = 256\n", {}),
    ("H = 128\nH += 1\n", {}),
    ("import sys\nif sys.argv:\n    H = 128\n", {}),
    ("H = 128\ndef set_h(v):\n    global H\n    H = v\n", {}),
    ("import os\nH = int(os.environ['H'])\n", {}),
    ("from defaults import H\n", {}),
    ("H = 128\nfor H in range(3):\n    pass\n", {}),
    ("H = 1 / 0\n", {}),
    ("H = (\n", {}),
])
def test_what_a_module_of_constants_states(text, expected):
    assert constants(text.encode()) == expected


def test_the_module_is_found_and_its_text_keys_the_importing_file(tmp_path: Path):
    (tmp_path / "config.py").write_text("HIDDEN = 128\n")
    model = tmp_path / "model.py"
    source = b"import torch\nimport config\nfrom config import HIDDEN\n"
    assert module_constants(str(model), "config") == (str(tmp_path / "config.py"), {"HIDDEN": 128})
    assert module_constants(str(model), "torch") is None
    first = imported_key(str(model), source)
    assert first and imported_key(str(model), b"import torch\n") == b""
    (tmp_path / "config.py").write_text("HIDDEN = 256\n")
    assert imported_key(str(model), source) != first


CONFIG = "EMBED = 128\nHIDDEN = 64\nBIDIRECTIONAL = True\nDIRS = 2 if BIDIRECTIONAL else 1\n"
MODEL = """import torch
import torch.nn as nn
import config
from config import HIDDEN, DIRS


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(config.EMBED, HIDDEN, bidirectional=config.BIDIRECTIONAL)
        self.head = nn.Linear(HEAD_WIDTH, 5)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def run():
    Tagger()(torch.randn(7, 3, FEATURES))
"""


def _project(root: Path, head: str, features: int) -> str:
    (root / "config.py").write_text(CONFIG)
    model = MODEL.replace("HEAD_WIDTH", head).replace("FEATURES", str(features))
    (root / "model.py").write_text(model)
    return model


def _found(root: Path, cache: Path | None = None) -> list[tuple[str, str, int]]:
    from lstmcheck.lint.engine import check_paths
    from lstmcheck.records import FileResult, Settings

    return [(f.code, f.severity, f.location.line)
            for r in check_paths([str(root / "model.py")], Settings(), jobs=1, cache_dir=cache)
            if isinstance(r, FileResult) for f in r.findings]


def _torch_error(root: Path, model: str) -> BaseException | None:
    import sys

    from tests.torch_oracle import run_case

    sys.path.insert(0, str(root))
    try:
        sys.modules.pop("config", None)
        return run_case(model)[0]
    finally:
        sys.path.remove(str(root))
        sys.modules.pop("config", None)


@pytest.mark.parametrize("head, features, expected", [
    ("DIRS * HIDDEN", 128, []),                       # right
    ("HIDDEN", 128, [("LC007", "warning", 11)]),      # a head for one direction
    ("DIRS * HIDDEN", 300, [("LC008", "warning", 18)]),  # the data's width is not config.EMBED
])
def test_sizes_from_the_projects_config_module(tmp_path: Path, head, features, expected):
    model = _project(tmp_path, head, features)
    error = _torch_error(tmp_path, model)
    assert (error is None) == (not expected), error
    found = _found(tmp_path)
    # warnings: another module may assign config.HIDDEN at run time, which this file cannot see
    assert [f[:2] for f in found] == [e[:2] for e in expected], found


def test_a_changed_config_module_checks_the_model_again(tmp_path: Path):
    cache = tmp_path / "cache"
    project = tmp_path / "p"
    project.mkdir()
    _project(project, "2 * 64", 128)
    assert _found(project, cache) == []
    (project / "config.py").write_text(CONFIG.replace("BIDIRECTIONAL = True", "BIDIRECTIONAL = False"))
    assert [f[0] for f in _found(project, cache)] == ["LC007"]


PACKAGE_MODEL = """import torch.nn as nn
from . import config


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(8, config.HIDDEN)
        self.head = nn.Linear(64, 5)

    def forward(self, x):
        return self.head(self.rnn(x)[0])
"""


def test_a_package_module_imported_by_name_is_read_and_keys_the_cache(tmp_path: Path):
    # `from . import config` reads pkg/config.py, not a config.py above the package
    cache = tmp_path / "cache"
    package = tmp_path / "p" / "pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "model.py").write_text(PACKAGE_MODEL)
    (package / "config.py").write_text("HIDDEN = 64\n")
    (tmp_path / "p" / "config.py").write_text("HIDDEN = 32\n")

    def found() -> list[str]:
        from lstmcheck.lint.engine import check_paths
        from lstmcheck.records import FileResult, Settings

        return [f.code for r in check_paths([str(package / "model.py")], Settings(), jobs=1,
                                            cache_dir=cache)
                if isinstance(r, FileResult) for f in r.findings]

    assert found() == []
    (package / "config.py").write_text("HIDDEN = 32\n")  # the head now gets 32 features
    assert found() == ["LC007"]
