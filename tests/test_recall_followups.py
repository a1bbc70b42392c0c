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



# --- LC009: a state of a rank torch never takes with that input ----------------------------

def findings(source: str, code: str) -> list:
    return [f for f in check_source(source.encode(), "case.py").findings if f.code == code]


@pytest.mark.parametrize("kind, pair", [("GRU", False), ("LSTM", True), ("RNN", False)])
@pytest.mark.parametrize("state, made", [
    ("torch.zeros(1, 2, 3, 16)", "a 4-D state"),
    ("torch.zeros(2, 3, 16)", "the right state"),
    ("torch.zeros(2, 3, 16).unsqueeze(0)", "a 4-D state"),
])
def test_a_4d_state_for_a_batched_input_is_an_error(kind: str, pair: bool, state: str,
                                                    made: str) -> None:
    states = "(h0, h0)" if pair else "h0"
    source = HEAD + (f"rnn = nn.{kind}(8, 16, 2)\n"
                     f"h0 = {state}\n"
                     f"out, h = rnn(torch.randn(5, 3, 8), {states})\n")
    raised = torch_runs(source)
    found = errors(source, "LC009")
    assert (raised is not None) == (made == "a 4-D state")
    if raised is None:
        assert found == []
    else:
        assert "3-D" in str(raised)  # torch's rank check
        (finding,) = found
        assert finding.location.line == 4  # where the state is made
        assert "never 4-D" in finding.message


def test_a_4d_state_fails_whatever_the_input_rank() -> None:
    for sequence in ("torch.randn(5, 8)", "torch.randn(5, 3, 8)"):
        source = HEAD + ("gru = nn.GRU(8, 16, 2)\n"
                         f"out, h = gru({sequence}, torch.zeros(1, 2, 3, 16))\n")
        assert torch_runs(source) is not None
    unknown = HEAD + ("gru = nn.GRU(8, 16, 2)\n"
                      "def run(x):\n"
                      "    return gru(x, torch.zeros(1, 2, 3, 16))\n")
    (finding,) = findings(unknown, "LC009")
    assert finding.severity == "error"


def test_a_2d_state_is_a_warning_while_the_input_may_be_unbatched() -> None:
    """A (D*num_layers, H_out) state is what an unbatched 2-D input takes: with the input's
    rank unknown the finding assumes a batched one; known 3-D, it is an error; known 2-D,
    silence."""
    layer = "gru = nn.GRU(8, 16, 2)\n"
    unknown = HEAD + layer + "def run(x):\n    return gru(x, torch.zeros(2, 16))\n"
    (finding,) = findings(unknown, "LC009")
    assert finding.severity == "warning"
    assert "this assumes the input is batched (3-D)" in finding.message
    batched = HEAD + layer + "out, h = gru(torch.randn(5, 3, 8), torch.zeros(2, 16))\n"
    unbatched = HEAD + layer + "out, h = gru(torch.randn(5, 8), torch.zeros(2, 16))\n"
    assert torch_runs(batched) is not None and torch_runs(unbatched) is None
    assert [f.severity for f in findings(batched, "LC009")] == ["error"]
    assert findings(unbatched, "LC009") == []
    # a 2-D state no unbatched input takes either (3 is not D*num_layers = 2): an error
    wrong_either_way = HEAD + layer + "def run(x):\n    return gru(x, torch.zeros(3, 16))\n"
    for sequence in ("torch.randn(5, 8)", "torch.randn(5, 3, 8)"):
        assert torch_runs(wrong_either_way + f"run({sequence})\n") is not None
    assert [f.severity for f in findings(wrong_either_way, "LC009")] == ["error"]


# --- blame: two numbers of one site, the layer takes the wrong parameter ----------------------

TWO_PARAMETERS = (
    "class Tagger(nn.Module):\n"
    "    def __init__(self, vocab, emb, hidden):\n"
    "        super().__init__()\n"
    "        self.embed = nn.Embedding(vocab, emb)\n"
    "        self.lstm = nn.LSTM({size}, hidden)\n"
    "    def forward(self, tokens):\n"
    "        return self.lstm(self.embed(tokens))\n"
    "Tagger(20, 4, 6)(torch.randint(0, 20, (5, 3)))\n")


def test_the_layer_that_takes_the_wrong_parameter_of_a_site_is_the_fix() -> None:
    wrong = HEAD + TWO_PARAMETERS.format(size="hidden")
    right = HEAD + TWO_PARAMETERS.format(size="emb")
    assert torch_runs(wrong) is not None and torch_runs(right) is None
    (finding,) = findings(wrong, "LC008")
    assert (finding.severity, finding.location.line) == ("error", 7)  # nn.LSTM(hidden, ...)
    assert findings(right, "LC008") == []


# --- arguments given through `**`: reported where their keyword is written ------------------

UNPACKED_DICT = (
    "PARAMS = {{\n"
    "    \"input_size\": {size},\n"
    "    \"hidden_size\": 20,\n"
    "    \"dropout\": 0.5,\n"
    "}}\n"
    "lstm = nn.LSTM(**PARAMS)\n"
    "out, _ = lstm(torch.randn(5, 3, 8))\n")


def test_a_dict_entry_unpacked_into_the_layer_is_where_the_finding_goes() -> None:
    from lstmcheck.fixes.loop import fix_text

    wrong = HEAD + UNPACKED_DICT.format(size=10)
    assert torch_runs(wrong) is not None
    assert torch_runs(HEAD + UNPACKED_DICT.format(size=8)) is None
    (size,) = errors(wrong, "LC008")
    assert size.location.line == 4  # "input_size": 10
    (dropout,) = findings(wrong, "LC006")
    assert dropout.location.line == 6  # "dropout": 0.5
    assert [(r.location.line, r.message) for r in dropout.related] == \
        [(8, "nn.LSTM takes it here, through **")]
    fixed = fix_text(wrong, "case.py", unsafe=True).text
    assert '"input_size": 8,' in fixed and "nn.LSTM(**PARAMS)" in fixed
    assert torch_runs(fixed) is None


FORWARDED = (
    "def rnn_factory(kind, **kwargs):\n"
    "    return getattr(nn, kind)(**kwargs)\n"
    "class Encoder(nn.Module):\n"
    "    def __init__(self, layers, dropout):\n"
    "        super().__init__()\n"
    "        self.rnn = rnn_factory(\n"
    "            \"GRU\",\n"
    "            input_size=8,\n"
    "            hidden_size=16,\n"
    "            num_layers=layers,\n"
    "            dropout=dropout,\n"
    "        )\n"
    "encoder = Encoder(1, 0.3)\n")


def test_a_keyword_forwarded_into_kwargs_is_where_the_finding_goes() -> None:
    import warnings

    import torch  # noqa: F401 - the oracle below builds the model

    source = HEAD + FORWARDED
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        exec(compile(source, "<case>", "exec"), {})
    assert any("dropout" in str(w.message) for w in caught)  # torch warns
    (finding,) = findings(source, "LC006")
    assert (finding.severity, finding.location.line) == ("warning", 13)  # dropout=dropout,


def test_a_state_judged_in_a_walk_that_knows_the_batch_is_one_error_not_also_a_warning() -> None:
    """`tag(tokens)` walked on its own guesses the batch (a warning); inlined where the file
    calls it with a known batch, the same state is certainly wrong (an error): one finding."""
    from tests.test_cause_placement import BATCH_FIRST_CALL, BATCH_FIRST_STATE

    source = HEAD + BATCH_FIRST_STATE.format(dims="x.size(0), self.layers, 16") + BATCH_FIRST_CALL
    assert torch_runs(source) is not None
    (finding,) = findings(source, "LC009")
    assert (finding.severity, finding.location.line) == ("error", 10)
