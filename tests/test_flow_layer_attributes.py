"""What the flow reads back of a layer it knows: `self.encoder.bidirectional` decides a branch,
`self.decoder.num_layers` is a size, as the layer was built; and a view of a tensor the flow
does not know still has the sizes it asks for (`.view(1, -1, H)` is `(1, ?, H)`). torch is
the oracle: each case's model runs, or fails, as the test expects."""

from __future__ import annotations

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.records import Settings
from tests.test_diagnosis import HEAD, torch_runs

BRIDGE = '''
class Seq2Seq(nn.Module):
    def __init__(self, layers):
        super().__init__()
        self.embedding = nn.Embedding(50, 12)
        self.encoder = nn.GRU(12, 16, batch_first=True, bidirectional=True)
        self.decoder = nn.GRU(12, 16, num_layers=layers, batch_first=True)
        self.bridge = nn.Linear(32, 16)

    def init_decoder_state(self, h):
        return nn.Tanh()(self.bridge(h)).unsqueeze(0){repeat}

    def forward(self, src, trg):
        _, h_n = self.encoder(self.embedding(src))
        if self.encoder.bidirectional:
            h = torch.cat((h_n[-2], h_n[-1]), 1)
        else:
            h = h_n[-1]
        out, _ = self.decoder(self.embedding(trg), self.init_decoder_state(h))
        return out


Seq2Seq({layers})(torch.randint(0, 50, (3, 7)), torch.randint(0, 50, (3, 4)))
'''

UNKNOWN_VIEW = '''
class Scorer(nn.Module):
    def __init__(self, nhid, nlayers):
        super().__init__()
        self.nhid = nhid
        self.rnn = nn.GRU(8, nhid, num_layers=nlayers, batch_first=True)

    def forward(self, x, context):
        return self.rnn(x, context.view({first}, -1, self.nhid))


Scorer(16, {layers})(torch.randn(6, 1, 8), torch.randn(6, {layers}, 16).transpose(0, 1).contiguous())
'''

# name: (source, line of the LC009 error, or None for code torch runs)
CASES = {
    "bridged-state-one-layer-for-two": (BRIDGE.format(repeat="", layers=2), 13),
    "bridged-state-repeated-per-layer": (
        BRIDGE.format(repeat=".repeat(self.decoder.num_layers, 1, 1)", layers=2), None),
    "bridged-state-for-one-layer": (BRIDGE.format(repeat="", layers=1), None),
    "unknown-tensor-viewed-as-one-layer": (UNKNOWN_VIEW.format(first=1, layers=2), 11),
    "unknown-tensor-viewed-per-layer": (UNKNOWN_VIEW.format(first="self.rnn.num_layers", layers=2), None),
    "unknown-tensor-viewed-for-one-layer": (UNKNOWN_VIEW.format(first=1, layers=1), None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_layer_attributes_and_views_of_unknown_tensors_torch_agrees(name: str) -> None:
    body, line = CASES[name]
    source = HEAD + body
    failure = torch_runs(source)
    findings = [f for f in check_source(source.encode(), "case.py", Settings()).findings
                if f.severity == "error"]
    if line is None:
        assert failure is None, failure
        assert findings == [], [f.message for f in findings]
        return
    assert failure is not None and "Expected hidden size" in str(failure)
    assert [(f.code, f.location.line) for f in findings] == [("LC009", line)], \
        [f.message for f in findings]


def test_an_unknown_receiver_imported_as_a_module_is_not_viewed() -> None:
    """`np.reshape(...)`-style calls on a module are not tensor views."""
    source = HEAD + (
        "import numpy as np\n"
        "rnn = nn.GRU(8, 16, num_layers=2)\n"
        "def run(x):\n"
        "    return rnn(x, np.view(1, -1, 16))\n"
    )
    assert check_source(source.encode(), "case.py", Settings()).findings == ()


ITERATOR = '''
class Noise:
    def __init__(self, batch, features):
        self.batch = batch
        self.features = features

    def __iter__(self):
        return self

    def __next__(self):
        return torch.randn(self.batch, 12, self.features)


lstm = nn.LSTM(input_size=32, hidden_size=16, batch_first=True)
z = next(Noise(8, {features}))
out, _ = lstm(z)
'''


@pytest.mark.parametrize("features", [4, 32])
def test_a_tensor_an_iterator_of_the_file_gives_is_followed_torch_agrees(features: int) -> None:
    source = HEAD + ITERATOR.format(features=features)
    failure = torch_runs(source)
    codes = [f.code for f in check_source(source.encode(), "case.py", Settings()).findings
             if f.severity == "error"]
    if features == 32:
        assert failure is None and codes == []
    else:
        assert failure is not None and "input_size" in str(failure)
        assert codes == ["LC008"]


def test_one_factory_argument_that_may_be_a_whole_shape_is_not_one_dim() -> None:
    source = HEAD + (
        "def noise(shape):\n"
        "    return torch.randn(shape)\n"
        "lstm = nn.LSTM(8, 16, batch_first=True)\n"
        "out, _ = lstm(noise([2, 5, 8]))\n"
    )
    assert torch_runs(source) is None
    assert check_source(source.encode(), "case.py", Settings()).findings == ()
