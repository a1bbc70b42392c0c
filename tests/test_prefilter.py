"""The cheap stages before libcst: a file is parsed only if it names a recurrent layer and
could reach torch. They must never cost a finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from lstmcheck.lint.discover import worth_parsing
from lstmcheck.lint.engine import check_source

TESTS = Path(__file__).parent
FIXTURES = sorted([*TESTS.glob("fixtures/**/*.py"), *TESTS.glob("fixtures/**/*.ipynb"),
                   *TESTS.glob("realbugs/*.py")])

KERAS = ("from tensorflow.keras.layers import LSTM, Dense\n"
         "model = [LSTM(10), Dense(2)]\n")


def test_every_fixture_with_a_finding_passes_the_stages() -> None:
    assert len(FIXTURES) > 20
    with_findings = 0
    for path in FIXTURES:
        source = path.read_bytes()
        if check_source(source, str(path)).findings:
            with_findings += 1
            assert worth_parsing(source), path
    assert with_findings > 10


def test_a_file_that_names_lstm_but_cannot_reach_torch_is_not_parsed() -> None:
    result = check_source(KERAS.encode(), "keras_model.py")
    assert result.skipped and not result.parsed and result.findings == ()


@pytest.mark.parametrize("head", [
    "import torch.nn as nn\n",
    "from torch import nn\n",
    "from torch.nn import *\nimport torch.nn as nn\n",
    "import torch.nn \\\n    as nn\n",
])
def test_every_form_of_torch_import_is_parsed(head: str) -> None:
    result = check_source((head + "lstm = nn.LSTM(10)\n").encode(), "m.py")
    assert result.parsed and [f.code for f in result.findings] == ["LC001"]


@pytest.mark.parametrize("head", ["from .layers import nn\n", "from layers import *\n",
                                  "from \\\n  .layers import nn\n"])
def test_star_and_relative_imports_keep_a_file(head: str) -> None:
    """They could re-export torch, so the stage does not decide for them."""
    assert worth_parsing((head + "rnn = nn.GRU(3, 4)\n").encode())
    assert check_source((head + "rnn = nn.GRU(3, 4)\n").encode(), "m.py").parsed


def test_a_torch_file_without_a_layer_name_is_not_parsed() -> None:
    source = b"import torch\nx = torch.zeros(3)\nname = 'GRUs and LSTMs'\n"
    assert not worth_parsing(source)
    assert check_source(source, "m.py").skipped


def test_a_notebook_is_judged_by_its_program() -> None:
    import json

    def book(*sources: str) -> bytes:
        cells = [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
                  "source": s} for s in sources]
        return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4,
                           "nbformat_minor": 5}).encode()

    keras = check_source(book(KERAS), "m.ipynb")
    assert keras.skipped and not keras.parsed
    torch = check_source(book("import torch.nn as nn\n", "nn.LSTM(10)\n"), "m.ipynb")
    assert [f.code for f in torch.findings] == ["LC001"]
    assert [f.code for f in check_source(b"{not json nn.LSTM", "m.ipynb").findings] == ["LC000"]
