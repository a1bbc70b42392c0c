"""Follow-ups of issue 11's first wave: facts the flow now knows, each decided by torch.

Every script is ours and small; torch runs it (the oracle) and the linter reads it. An error
must mean torch raises, and silence on the scripts torch runs.
"""

from __future__ import annotations

import pytest

from lstmcheck.lint.engine import check_source
from tests.test_diagnosis import HEAD, torch_runs


def errors(source: str, code: str) -> list:
    return [f for f in check_source(source.encode(), "case.py").findings
            if f.code == code and f.severity == "error"]


# --- torch.randint: its size is the last positional argument, or size= ------------------------

RANDINT_BATCH = (
    "emb = nn.Embedding(100, 8)\n"
    "gru = nn.GRU(8, 16, 2, batch_first=True)\n"
    "tokens = {call}\n"
    "h0 = torch.zeros(2, {batch}, 16)\n"
    "out, h = gru(emb(tokens), h0)\n")


@pytest.mark.parametrize("call", [
    "torch.randint(0, 100, (4, 7))",
    "torch.randint(100, (4, 7))",
    "torch.randint(0, 100, size=(4, 7))",
    "torch.randint(low=0, high=100, size=(4, 7), dtype=torch.long)",
])
@pytest.mark.parametrize("batch", [4, 5])
def test_the_batch_of_randint_tokens_is_known(call: str, batch: int) -> None:
    source = HEAD + RANDINT_BATCH.format(call=call, batch=batch)
    found = errors(source, "LC009")
    if torch_runs(source) is None:
        assert found == []
    else:
        (finding,) = found
        assert "needs (2, 4, 16): the batch dim must be the input's batch, 4" in finding.message

