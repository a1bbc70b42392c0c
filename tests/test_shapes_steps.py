"""A last step taken from a sequence-first output with the batch-first idiom, `out[:, -1, :]`,
where the file leaves batch_first at its default and shows the layout only through the loss:
the head's rows (seq_len of them) against targets of one per sample (the blog post of
bug_118). torch runs each case; LC007 warns at the index exactly when torch raises at the loss
because the rows are not one per sample."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from tests.torch_oracle import run_case

CLASSIFIER = '''import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, input_size, hidden_size, output_size):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, bidirectional=True)
        self.fc = nn.Linear(hidden_size * 2, output_size)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(STEP)


def run():
    model = Classifier(6, 8, 3)
    criterion = LOSS
    x = torch.randn(STEPS, BATCH, 6)
    labels = torch.randint(0, 3, (BATCH,))
    return criterion(model(x), labels)
'''


@pytest.mark.parametrize("step", ["out[:, -1, :]", "out[-1]", "out[:, -1]"])
@pytest.mark.parametrize("steps,batch", [(10, 32), (7, 7)])
@pytest.mark.parametrize("loss", ["nn.CrossEntropyLoss()", "nn.NLLLoss()"])
def test_last_step_against_the_targets(step, steps, batch, loss):
    source = CLASSIFIER.replace("STEPS", str(steps)).replace("BATCH", str(batch)).replace("STEP", step) \
        .replace("LOSS", loss)
    raised, _, _ = run_case(source)
    line = source.splitlines().index(f"        return self.fc({step})") + 1
    found = [f for f in check_source(source, "classifier.py") if f.code == "LC007" and f.location.line == line]
    assert bool(found) == (raised is not None), (raised, [f.message for f in found])
