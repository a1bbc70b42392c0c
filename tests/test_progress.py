"""The progress bar of a long check: it moves as files are checked, also when the project
stage holds every result back until the last file is done (results come in order)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lstmcheck.cli import progress as progress_module
from lstmcheck.cli.progress import Progress
from lstmcheck.lint.engine import check_paths
from lstmcheck.records import Settings

MODEL = ("import torch.nn as nn\n\n\nclass Encoder(nn.Module):\n"
         "    def __init__(self, hidden, layers, dropout):\n        super().__init__()\n"
         "        self.rnn = nn.GRU(hidden, hidden, num_layers=layers, dropout=dropout)\n")
BUILDER = "from model import Encoder\n\nencoder = Encoder(64, {layers}, dropout=0.3)\n"


class Recording(Progress):
    """A Progress in a terminal whose bar records the counts it is shown."""

    def __init__(self) -> None:
        super().__init__(enabled=True)
        self.enabled = True
        self.shown: list[tuple[int, int]] = []  # (files done, results handed over so far)
        self.handed = 0

    def _show(self, done: int) -> None:
        self.shown.append((done, self.handed))


@pytest.mark.parametrize("with_project_stage", [False, True])
def test_the_bar_moves_while_files_are_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               with_project_stage: bool) -> None:
    monkeypatch.setattr(progress_module, "DELAY", 0.0)
    (tmp_path / "model.py").write_text(MODEL)
    for n in range(6):
        text = BUILDER.format(layers=n + 1) if with_project_stage else MODEL
        (tmp_path / f"train{n}.py").write_text(text)
    bar = Recording()
    run = check_paths([str(tmp_path)], Settings(), jobs=1, discovered=bar.discovered,
                      checked=bar.checked)
    results = []
    for item in bar.track(run):
        results.append(item)
        bar.handed += 1
    assert len(results) == 7
    assert [done for done, _ in bar.shown] == list(range(1, 8))
    if with_project_stage:
        # every file was checked, and the bar moved, before the first result was handed over
        assert bar.shown[-1] == (7, 0)
        assert any(r.findings for r in results)
