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
    assert star_torch_names(script, ["utils", "missing", "os"]) == {"nn": "torch.nn"}


MODEL = ("from utils import *\n\n\n"
         "class Net(nn.Module):\n"
         "    def __init__(self):\n"
         "        super().__init__()\n"
         "        self.rnn = nn.LSTM(10)\n")


def _codes(root: Path, cache: Path | None = None) -> list[tuple[str, int]]:
    from lstmcheck.lint.engine import check_paths
    from lstmcheck.records import FileResult, Settings

    return [(f.code, f.location.line) for r in check_paths([str(root)], Settings(), jobs=1,
                                                           cache_dir=cache)
            if isinstance(r, FileResult) for f in r.findings]


def test_a_layer_through_a_star_imported_module_is_checked(tmp_path: Path):
    # threelittlemonkeys/seq2seq-pytorch's layout: every model file starts `from utils import *`
    import torch

    with pytest.raises(TypeError, match="hidden_size"):
        torch.nn.LSTM(10)
    (tmp_path / "utils.py").write_text("import torch\nimport torch.nn as nn\n")
    (tmp_path / "model.py").write_text(MODEL)
    assert _codes(tmp_path) == [("LC001", 7)]


def test_a_star_module_that_is_not_torch_or_changes_is_followed_as_it_is_now(tmp_path: Path):
    cache = tmp_path / "cache"
    project = tmp_path / "p"
    project.mkdir()
    (project / "model.py").write_text(MODEL)
    (project / "utils.py").write_text("import torch.nn as nn\n")
    assert _codes(project, cache) == [("LC001", 7)]
    (project / "utils.py").write_text("from mxnet.gluon import nn\n")  # Gluon's LSTM(10) is fine
    assert _codes(project, cache) == []
    (project / "utils.py").unlink()
    assert _codes(project, cache) == []


def test_star_imports_are_followed_through_a_module_that_star_imports_again(tmp_path: Path):
    # the repository's real layout: model.py `from utils import *`, utils.py
    # `from parameters import *`, and the torch imports in parameters.py (round 9's trial
    # found every layer of it unchecked, with "All checks passed")
    cache = tmp_path / "cache"
    project = tmp_path / "p"
    project.mkdir()
    (project / "model.py").write_text(MODEL)
    (project / "utils.py").write_text("from parameters import *\n\ndef helper():\n    return 1\n")
    (project / "parameters.py").write_text("import torch\nimport torch.nn as nn\nHIDDEN = 8\n")
    assert _codes(project, cache) == [("LC001", 7)]
    # only the module two levels down changes: the cached answer must not stand
    (project / "parameters.py").write_text("from mxnet.gluon import nn\n")
    assert _codes(project, cache) == []
    (project / "parameters.py").write_text("import torch.nn as nn\n")
    assert _codes(project, cache) == [("LC001", 7)]


@pytest.mark.parametrize("utils, parameters", [
    ("from parameters import *\nnn = None\n", "import torch.nn as nn\n"),  # utils rebinds it
    ("from parameters import *\n__all__ = ['helper']\n", "import torch.nn as nn\n"),  # not exported
    ("import numpy as nn\nfrom parameters import *\n", "import torch.nn as nn\n"),  # bound here too: not followed
    ("from parameters import *\n", "from utils import *\n"),  # a cycle, and no torch anywhere
])
def test_a_name_the_middle_module_shadows_or_leaves_out_is_not_followed(tmp_path: Path, utils, parameters):
    (tmp_path / "model.py").write_text(MODEL)
    (tmp_path / "utils.py").write_text(utils)
    (tmp_path / "parameters.py").write_text(parameters)
    assert _codes(tmp_path) == []


def test_star_imports_stop_three_levels_down(tmp_path: Path):
    (tmp_path / "model.py").write_text(MODEL)
    (tmp_path / "utils.py").write_text("from a import *\n")
    (tmp_path / "a.py").write_text("from b import *\n")
    (tmp_path / "b.py").write_text("import torch.nn as nn\n")
    assert _codes(tmp_path) == [("LC001", 7)]  # model -> utils -> a -> b: three star imports
    (tmp_path / "b.py").write_text("from c import *\n")
    (tmp_path / "c.py").write_text("import torch.nn as nn\n")
    assert _codes(tmp_path) == []  # a fourth is past the bound: unknown, as before
