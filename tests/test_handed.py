"""A value wrong for a layer that a caller handed in is the caller's to change (issue 11).

The method that applies the layer serves every caller; when the flow inlined it through a call,
the finding goes where that caller hands the value over (the argument, or the one assignment of
the name it passes: `Tensor.handed`). Each case is a pair: the script torch rejects as written,
and the line the finding must point at, changed so that torch runs it (torch is the oracle for
both). The look-alikes keep the finding where it was: data made by a factory in the caller
stands in for what a loader gives, and the model is what changes.
"""

from __future__ import annotations

import pytest

from tests.test_diagnosis import HEAD, flow_findings, torch_runs

# name: (script, the line the finding must be on (1-based, in the script), that line fixed)
CASES = {
    # realbugs 010: a bidirectional encoder's final state handed on by a helper to a one-way
    # decoder; the helper is where one direction is taken
    "final-state-handed-by-a-caller": (HEAD + (
        "class Encoder(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(8, 16, bidirectional=True)\n"
        "    def forward(self, x):\n"
        "        return self.rnn(x)\n"
        "class Decoder(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.GRU(8, 16)\n"
        "    def forward(self, y, h):\n"
        "        return self.rnn(y, h)\n"
        "def translate(encoder, decoder, src, tgt):\n"
        "    _, enc_h = encoder(src)\n"
        "    dec_h = enc_h\n"
        "    return decoder(tgt, dec_h)\n"
        "translate(Encoder(), Decoder(), torch.randn(5, 3, 8), torch.randn(4, 3, 8))\n"),
        17, "    dec_h = enc_h[:1]"),
    # the same state handed straight in a model's forward: the argument
    "final-state-handed-as-an-argument": (HEAD + (
        "class Encoder(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.LSTM(8, 16, bidirectional=True)\n"
        "    def forward(self, x):\n"
        "        return self.rnn(x)\n"
        "class Decoder(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.rnn = nn.LSTM(8, 16)\n"
        "    def forward(self, y, state):\n"
        "        return self.rnn(y, state)\n"
        "class Seq2Seq(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.encoder = Encoder()\n"
        "        self.decoder = Decoder()\n"
        "    def forward(self, src, tgt):\n"
        "        _, (h, c) = self.encoder(src)\n"
        "        return self.decoder(tgt, (h, c))\n"
        "Seq2Seq()(torch.randn(5, 3, 8), torch.randn(4, 3, 8))\n"),
        22, "        return self.decoder(tgt, (h[:1], c[:1]))"),
    # realbugs 069: an evaluation helper hands the encoder windows without their feature dim,
    # next to the batched states init_hidden() made for them
    "input-one-dim-short-handed-by-a-helper": (HEAD + (
        "class Encoder(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.lstm = nn.LSTM(1, 16, batch_first=True)\n"
        "    def forward(self, x, h):\n"
        "        return self.lstm(x, h)\n"
        "    def init_hidden(self, n):\n"
        "        return (torch.zeros(1, n, 16), torch.zeros(1, n, 16))\n"
        "def evaluate(encoder, batch):\n"
        "    h = encoder.init_hidden(batch.size(0))\n"
        "    return encoder(batch, h)\n"
        "evaluate(Encoder(), torch.rand(5, 24))\n"),
        13, "    return encoder(batch.unsqueeze(2), h)"),
    # realbugs 051: (N, H) states packed by the caller for a decoder's LSTM
    "states-one-dim-short-packed-by-a-caller": (HEAD + (
        "class Decoder(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.lstm = nn.LSTM(8, 16, batch_first=True)\n"
        "    def forward(self, z, hidden):\n"
        "        return self.lstm(z, hidden)\n"
        "class VAE(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.fc = nn.Linear(4, 16)\n"
        "        self.dec = Decoder()\n"
        "    def forward(self, x, z):\n"
        "        h = self.fc(z)\n"
        "        hidden = (h, h)\n"
        "        return self.dec(x, hidden)\n"
        "VAE()(torch.randn(3, 5, 8), torch.randn(3, 4))\n"),
        16, "        hidden = (h.unsqueeze(0), h.unsqueeze(0))"),
    # realbugs 066: a greedy sampler feeds back the embedding of the predicted ids, one dim
    # short; the embedding's statement is where the step dim goes back
    "input-one-dim-short-made-in-another-statement": (HEAD + (
        "class Sampler(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.embed = nn.Embedding(40, 8)\n"
        "        self.lstm = nn.LSTM(8, 16, batch_first=True)\n"
        "        self.out = nn.Linear(16, 40)\n"
        "    def forward(self, features):\n"
        "        inputs = features.unsqueeze(1)\n"
        "        states = None\n"
        "        for _ in range(3):\n"
        "            hiddens, states = self.lstm(inputs, states)\n"
        "            predicted = self.out(hiddens.squeeze(1)).argmax(1)\n"
        "            inputs = self.embed(predicted)\n"
        "        return states\n"
        "Sampler()(torch.randn(2, 8))\n"),
        15, "            inputs = self.embed(predicted).unsqueeze(1)"),
    # a helper makes the states with the batch its caller writes into the call
    "batch-written-by-the-caller-of-a-helper": (HEAD + (
        "class Tagger(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.lstm = nn.LSTM(8, 16, batch_first=True)\n"
        "    def init_hidden(self, batch):\n"
        "        return (torch.zeros(1, batch, 16), torch.zeros(1, batch, 16))\n"
        "    def forward(self, x, hidden):\n"
        "        return self.lstm(x, hidden)\n"
        "def run(model):\n"
        "    hidden = model.init_hidden(16)\n"
        "    return model(torch.randn(4, 5, 8), hidden)\n"
        "run(Tagger())\n"),
        12, "    hidden = model.init_hidden(4)"),
    # a helper that writes the batch itself is fixed there, whoever calls it
    "batch-written-in-the-helper-stays": (HEAD + (
        "class Tagger(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.lstm = nn.LSTM(8, 16, batch_first=True)\n"
        "    def init_hidden(self):\n"
        "        return (torch.zeros(1, 16, 16), torch.zeros(1, 16, 16))\n"
        "    def forward(self, x, hidden):\n"
        "        return self.lstm(x, hidden)\n"
        "def run(model):\n"
        "    hidden = model.init_hidden()\n"
        "    return model(torch.randn(4, 5, 8), hidden)\n"
        "run(Tagger())\n"),
        8, "        return (torch.zeros(1, 4, 16), torch.zeros(1, 4, 16))"),
    # Look-alikes: the finding stays where the tensors meet. Data a factory makes in the
    # caller stands in for a loader's batch (realbugs 033: the model's view is the fix) ...
    "data-made-by-the-caller-stays": (HEAD + (
        "class Model(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.lstm = nn.LSTM(1, 16, batch_first=True)\n"
        "    def forward(self, x):\n"
        "        h = (torch.zeros(1, x.size(0), 16), torch.zeros(1, x.size(0), 16))\n"
        "        return self.lstm(x, h)\n"
        "x = torch.randn(10, 4)\n"
        "Model()(x)\n"),
        9, "        return self.lstm(x.unsqueeze(2), h)"),
    # ... and a tensor the method derives from what it was handed is the method's own
    "input-derived-in-the-method-stays": (HEAD + (
        "class Model(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.lstm = nn.LSTM(6, 16, batch_first=True)\n"
        "    def forward(self, x):\n"
        "        h = (torch.zeros(1, 4, 16), torch.zeros(1, 4, 16))\n"
        "        return self.lstm(x[:, -1], h)\n"
        "def run(model, batch):\n"
        "    return model(batch)\n"
        "run(Model(), torch.randn(4, 5, 6))\n"),
        9, "        return self.lstm(x[:, -1:], h)"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_finding_is_on_the_line_whose_change_torch_accepts(name):
    source, line, fixed = CASES[name]
    assert torch_runs(source) is not None, "torch must reject the script as written"
    lines = source.split("\n")
    repaired = "\n".join(lines[:line - 1] + [fixed] + lines[line:])
    assert torch_runs(repaired) is None, "torch must run the script with that line changed"
    findings = [f for f in flow_findings(source) if f.code == "LC009" and f.severity == "error"]
    assert [f.location.line for f in findings] == [line], [f.message for f in findings]
    # the meeting point stays the call noqa and --verify use
    assert findings[0].call is not None


def test_a_caller_that_hands_the_state_on_right_is_not_flagged():
    source, line, fixed = CASES["final-state-handed-by-a-caller"]
    lines = source.split("\n")
    repaired = "\n".join(lines[:line - 1] + [fixed] + lines[line:])
    assert torch_runs(repaired) is None
    assert flow_findings(repaired) == []
