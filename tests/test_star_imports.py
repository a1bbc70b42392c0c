"""`from utils import *` where utils.py gathers the torch imports: the names it brings in."""

from __future__ import annotations

from pathlib import Path

import pytest

from lstmcheck.lint.local_modules import module_file
from lstmcheck.lint.star_imports import star_torch_names, torch_names


@pytest.mark.parametrize("text, names", [
    ("import torch\nimport torch.nn as nn\nimport numpy as np\n",
     {"torch": "torch", "nn": "torch.nn"}),
    ("from torch import nn\nfrom torch.nn import LSTM as Rec, functional as F\n",
     {"nn": "torch.nn", "Rec": "torch.nn.LSTM", "F": "torch.nn.functional"}),
    ("try:\n    import torch.nn as nn\nexcept ImportError:\n    pass\n", {"nn": "torch.nn"}),
    # a name the module rebinds, a private one, one left out of __all__, a nested import
    ("import torch.nn as nn\nnn = None\n", {}),
    ("import torch.nn as _nn\n", {}),
    ("import torch\nimport torch.nn as nn\n__all__ = ['nn']\n", {"nn": "torch.nn"}),
    ("import torch.nn as nn\n__all__ = names()\n", {}),
    ("def f():\n    import torch.nn as nn\n", {}),
    ("import torch.nn as nn\nfrom mxnet.gluon import nn\n", {}),  # which one wins is not told
    ("import torch.nn as nn\nclass nn:\n    pass\n", {}),
    ("from .other import nn\n", {}),  # not followed a second level
    ("import torch.nn as nn\nx = (\n", {}),  # does not parse: nothing
])
def test_the_torch_names_a_star_import_brings_in(text, names):
    assert torch_names(text.encode()) == names


def test_the_module_is_found_beside_the_file_or_in_its_package(tmp_path: Path):
    (tmp_path / "pkg" / "sub").mkdir(parents=True)
    (tmp_path / "utils.py").write_text("import torch.nn as nn\n")
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "layers").mkdir()
    (tmp_path / "pkg" / "layers" / "__init__.py").write_text("from torch import nn\n")
    script = str(tmp_path / "train.py")
    inner = str(tmp_path / "pkg" / "sub" / "model.py")
    assert module_file(script, "utils") == str(tmp_path / "utils.py")
    assert module_file(script, "missing") is None
    assert module_file(inner, "..layers") == str(tmp_path / "pkg" / "layers" / "__init__.py")
    assert module_file(inner, ".") is None
    names, read = star_torch_names(script, ["utils", "missing", "os"])
    assert names == {"nn": "torch.nn"} and read == (str(tmp_path / "utils.py"),)
