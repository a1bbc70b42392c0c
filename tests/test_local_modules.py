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
