"""The notebook writer --fix will use for cells: only the changed cells' sources change, in
the layout they had, so the notebook reads as before to json and to a diff."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lstmcheck.fixes.notebook import NotebookLayoutError, replace_sources


def notebook(sources: list, outputs: bool = True) -> dict:
    cells = []
    for index, source in enumerate(sources):
        kind = "markdown" if index == 0 else "code"
        cell = {"cell_type": kind, "metadata": {"tags": ["a", {"deep": [[[1.5, None, True]]]}]},
                "source": source}
        if kind == "code" and outputs:
            cell.update(execution_count=index, outputs=[
                {"name": "stdout", "output_type": "stream", "text": ["é ok\n", "\"quoted\"\n"]}])
        cells.append(cell)
    return {"cells": cells, "metadata": {"kernelspec": {"language": "python", "name": "py"}},
            "nbformat": 4, "nbformat_minor": 5}


def dumped(data: dict, style: dict) -> str:
    return json.dumps(data, **style) + "\n"


STYLES = [dict(indent=1, ensure_ascii=False, sort_keys=True),  # nbformat's own
          dict(indent=2, ensure_ascii=True),
          dict(ensure_ascii=False)]  # all on one line


@pytest.mark.parametrize("style", STYLES, ids=["nbformat", "indent-2-ascii", "compact"])
def test_only_the_changed_cell_changes(style: dict) -> None:
    before = notebook(["# Title\n", ["import torch.nn as nn\n", "rnn = nn.LSTM(10, hidden=20)"],
                       "x = 'ü'\n"])
    text = dumped(before, style)
    after = json.loads(text)
    after["cells"][1]["source"] = ["import torch.nn as nn\n", "rnn = nn.LSTM(10, hidden_size=20)"]
    assert replace_sources(text, {2: "import torch.nn as nn\nrnn = nn.LSTM(10, hidden_size=20)"}) \
        == dumped(after, style)
    after["cells"][2]["source"] = "x = 'ü' \n"
    assert replace_sources(text, {2: "".join(after["cells"][1]["source"]), 3: "x = 'ü' \n"}) \
        == dumped(after, style)


sources = st.lists(st.text(alphabet="ab é\n\"\\\t", min_size=1, max_size=12), min_size=1,
                   max_size=4)


@settings(max_examples=60, deadline=None)
@given(st.lists(sources, min_size=2, max_size=4), st.data(), st.sampled_from(STYLES))
def test_any_replacement_reads_back_as_the_new_source(cells: list, data, style: dict) -> None:
    lines = [[line for text in cell for line in text.splitlines(keepends=True)] for cell in cells]
    text = dumped(notebook(lines), style)
    number = data.draw(st.integers(1, len(cells)))
    new = data.draw(st.text(alphabet="xy ü\n\"", max_size=20))
    result = replace_sources(text, {number: new})
    expected = json.loads(text)
    expected["cells"][number - 1]["source"] = [
        line for line in new.splitlines(keepends=True) if line] if new else []
    assert json.loads(result) == expected
    if new and len(lines[number - 1]) > 1:  # the layout it had is the layout it keeps
        assert result == dumped(expected, style)


def test_what_is_not_a_notebook_is_refused() -> None:
    for text in ('{"worksheets": []}', "[1, 2]", '{"cells": [{"source": "x"}', '{"cells": 3}'):
        with pytest.raises(NotebookLayoutError):
            replace_sources(text, {1: "y"})
    with pytest.raises(NotebookLayoutError):
        replace_sources(dumped(notebook(["a", "b"]), STYLES[0]), {5: "y"})
