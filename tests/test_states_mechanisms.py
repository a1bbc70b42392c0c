"""How states travel (LC009), one mechanism at a time, with torch as the oracle.

- A state's rank that rests on a guess: a layer fed an input whose rank the file does not show
  is read as batched; its `h_n` summed over directions and unsqueezed keeps that guess
  (`Tensor.rank_assumed`), so "batched states with a 2-D input" is not claimed on it.
- A batch source handed to a function: `def train_epoch(loader, model): for x, y in loader`
  with every call passing a DataLoader without drop_last: the fixed-batch state made for each
  batch fails on the last, shorter one (flow/passed.py).
- A batch decided before the op that made the state: `zeros(B, H)` kept by one object and
  unsqueezed by another module's forward, `zeros(B, L, H).transpose(0, 1)`: the number to
  change is in the first op (`Tensor.dims_at`, flow/decided.py).
- What the file shows of an input: a call inside an `assert` runs as a statement's would
  (flow/asserted.py); `torch.tensor([start])` with a number passed for `start` is (1,)
  (flow/listed.py), so 2-D states of an unbatched input are not taken for a forgotten batch.

Each case's probe() runs here, in this process; the linter must give LC009 at the case's
`# expect:` line with that severity, and nothing at all on a case without one.
"""

from __future__ import annotations

import re
import warnings

import pytest

from lstmcheck.api import check_source

CASES = {
    # correct5/ud03's mechanism in a class: the encoder's input is a parameter of unknown rank
    "ok_unbatched_encoder_state_summed_in_class": '''
import torch
import torch.nn as nn


class Translator(nn.Module):
    def __init__(self, emb=4, hid=8):
        super().__init__()
        self.encoder = nn.LSTM(emb, hid, bidirectional=True)
        self.decoder = nn.LSTM(emb, hid)

    def forward(self, src, steps=3):
        _, (h, c) = self.encoder(src)
        h = h.sum(0).unsqueeze(0)
        c = c.sum(0).unsqueeze(0)
        token = torch.zeros(1, 4)
        for _ in range(steps):
            out, (h, c) = self.decoder(token, (h, c))
        return out


def probe():
    assert Translator()(torch.randn(5, 4)).shape == (1, 8)
''',
    # the same ops on an encoder input the file shows batched: the decoder's 2-D step with the
    # 3-D states is the bug torch reports
    "bug_batched_encoder_state_with_unbatched_step": '''
import torch
import torch.nn as nn

enc = nn.GRU(4, 8, bidirectional=True)
dec = nn.GRU(4, 8)


def translate():
    src = torch.randn(6, 3, 4)
    _, h = enc(src)
    h = (h[0] + h[1]).unsqueeze(0)
    x = torch.zeros(1, 4)
    out, h = dec(x, h)  # expect: LC009 error
    return out


def probe():
    translate()
''',
    # bug_134's mechanism: the loop over the batches is in a function given the loader
    "bug_loader_handed_to_train_epoch": '''
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH = 4


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 5, batch_first=True)

    def init_hidden(self):
        return torch.zeros(1, BATCH, 5)  # expect: LC009 warning

    def forward(self, x):
        out, _ = self.rnn(x, self.init_hidden())
        return out


def train_epoch(model, loader):
    for x, y in loader:
        model(x)


def main(rows=10):
    data = TensorDataset(torch.randn(rows, 7, 3), torch.zeros(rows))
    train_epoch(Tagger(), DataLoader(data, batch_size=BATCH, shuffle=True))


def probe():
    main()
''',
    # the same, the loader bound to a name first and handed by keyword
    "bug_loader_name_handed_by_keyword": '''
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

batch_size = 8


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6)

    def forward(self, x):
        h = torch.zeros(1, batch_size, 6)  # expect: LC009 warning
        c = torch.zeros(1, batch_size, 6)
        out, _ = self.lstm(x.transpose(0, 1), (h, c))
        return out


def evaluate(model, data_iter):
    for x, in data_iter:
        model(x)


def run():
    test_loader = DataLoader(TensorDataset(torch.randn(20, 5, 3)), batch_size=batch_size)
    evaluate(model=Model(), data_iter=test_loader)


def probe():
    run()
''',
    # handed down two functions, iterated through enumerate
    "bug_loader_handed_down_two_functions": '''
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH = 3


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 4, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(x, torch.zeros(1, BATCH, 4))  # expect: LC009 warning
        return out


def one_epoch(net, batches):
    for step, (x,) in enumerate(batches):
        net(x)


def fit(net, loader, epochs=1):
    for _ in range(epochs):
        one_epoch(net, loader)


def probe():
    fit(Net(), DataLoader(TensorDataset(torch.randn(7, 5, 2)), batch_size=BATCH))
''',
    # drop_last=True: every batch is full
    "ok_loader_handed_with_drop_last": '''
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH = 4


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 5, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(x, torch.zeros(1, BATCH, 5))
        return out


def train_epoch(model, loader):
    for x, y in loader:
        model(x)


def main(rows=10):
    data = TensorDataset(torch.randn(rows, 7, 3), torch.zeros(rows))
    train_epoch(Tagger(), DataLoader(data, batch_size=BATCH, drop_last=True))


def probe():
    main()
''',
    # the state sized from the batch it meets
    "ok_loader_handed_state_from_input": '''
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH = 4


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 5, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(x, torch.zeros(1, x.size(0), 5))
        return out


def train_epoch(model, loader):
    for x, y in loader:
        model(x)


def main(rows=10):
    data = TensorDataset(torch.randn(rows, 7, 3), torch.zeros(rows))
    train_epoch(Tagger(), DataLoader(data, batch_size=BATCH))


def probe():
    main()
''',
    # one call hands a list of full batches: not every call passes the loader
    "ok_function_also_given_full_batches": '''
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH = 4


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 5, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(x, torch.zeros(1, BATCH, 5))
        return out


def run_batches(model, batches):
    for x, y in batches:
        model(x)


def main(rows=8):
    data = TensorDataset(torch.randn(rows, 7, 3), torch.zeros(rows))
    run_batches(Tagger(), DataLoader(data, batch_size=BATCH))
    run_batches(Tagger(), [(torch.randn(BATCH, 7, 3), None)])


def probe():
    main()
''',
    # bug_126's mechanism: the batch of a (B, H) state kept by one object and unsqueezed by
    # another module is decided where the (B, H) zeros are made
    "bug_kept_state_unsqueezed_in_core": '''
import torch
import torch.nn as nn

ENVS, HID = 6, 10


class Core(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, HID)

    def forward(self, x, states):
        out, new = self.gru(x.unsqueeze(0), states.unsqueeze(0).contiguous())
        return out.squeeze(0), new.squeeze(0)


class Agent:
    def __init__(self):
        self.core = Core()
        self.states = torch.zeros(1, HID)  # expect: LC009 error

    def act(self, obs):
        out, self.states = self.core(obs, self.states)
        return out


def probe():
    Agent().act(torch.randn(ENVS, 4))
''',
    # the batch carried through a transpose: (B, L, H) made, (L, B, H) passed
    "bug_state_made_batch_major_and_transposed": '''
import torch
import torch.nn as nn

lstm = nn.LSTM(3, 5, num_layers=2)


def run(x):
    h = torch.zeros(4, 2, 5)  # expect: LC009 error
    c = torch.zeros(4, 2, 5)
    out, _ = lstm(x, (h.transpose(0, 1), c.transpose(0, 1)))
    return out


def probe():
    run(torch.randn(7, 3, 3))
''',
    # the same shapes made right: one state row per environment
    "ok_kept_state_unsqueezed_in_core": '''
import torch
import torch.nn as nn

ENVS, HID = 6, 10


class Core(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, HID)

    def forward(self, x, states):
        out, new = self.gru(x.unsqueeze(0), states.unsqueeze(0).contiguous())
        return out.squeeze(0), new.squeeze(0)


class Agent:
    def __init__(self):
        self.core = Core()
        self.states = torch.zeros(ENVS, HID)

    def act(self, obs):
        out, self.states = self.core(obs, self.states)
        return out


def probe():
    Agent().act(torch.randn(ENVS, 4))
''',
    # correct5/ud10's mechanism: the only call of the function is in an assert, with an
    # unbatched sequence; its (D*num_layers, H) states are right
    "ok_unbatched_states_function_called_in_assert": '''
import torch
import torch.nn as nn

gru = nn.GRU(6, 5, num_layers=3)


def encode(seq):
    out, h = gru(seq, torch.zeros(3, 5))
    return h[-1]


def probe():
    assert encode(torch.randn(8, 6)).shape == (5,) and True
''',
    # the same states, the call in the assert hands a batch: torch refuses 2-D states
    "bug_unbatched_states_batch_handed_in_assert": '''
import torch
import torch.nn as nn

gru = nn.GRU(6, 5, num_layers=3)


def encode(seq):
    out, h = gru(seq, torch.zeros(3, 5))  # expect: LC009 error
    return h[-1]


def probe():
    assert encode(torch.randn(8, 2, 6)).shape == (2, 5)
''',
    # correct5/ud02's mechanism: torch.tensor([start]) with start a number the call passes is
    # (1,); embedded, one unbatched step of one token
    "ok_unbatched_decoding_from_a_start_token": '''
import torch
import torch.nn as nn

embed = nn.Embedding(20, 6)
decoder = nn.GRU(6, 7, 2)


def greedy(start, steps=4):
    h = torch.zeros(2, 7)
    token = torch.tensor([start])
    for _ in range(steps):
        out, h = decoder(embed(token), h)
    return out


def probe():
    greedy(3)
''',
}


def _expected(source: str) -> tuple[int, str] | None:
    for number, line in enumerate(source.splitlines(), 1):
        match = re.search(r"# expect: LC009 (error|warning)", line)
        if match:
            return number, match.group(1)
    return None


def _torch_says(source: str) -> str:
    namespace: dict = {"__name__": "states_case"}
    exec(compile(source, "<case>", "exec"), namespace)  # noqa: S102 - our own cases
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            namespace["probe"]()
        except Exception as exc:  # noqa: BLE001 - what torch raises is the observation
            return f"{type(exc).__name__}: {exc}"
    return "runs"


@pytest.fixture(scope="module")
def torch_verdicts():
    pytest.importorskip("torch")
    return {name: _torch_says(source) for name, source in CASES.items()}


@pytest.mark.parametrize("name", sorted(CASES))
def test_torch_agrees_with_the_case(torch_verdicts, name):
    verdict = torch_verdicts[name]
    if name.startswith("ok_"):
        assert verdict == "runs"
    else:
        assert verdict.startswith("RuntimeError") and "hidden" in verdict.lower() \
            or "hx" in verdict, verdict


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_linter_agrees_with_torch(name):
    source = CASES[name]
    findings = [(f.code, f.location.line, f.severity) for f in check_source(source, f"{name}.py")]
    expected = _expected(source)
    if expected is None:
        assert findings == []
    else:
        line, severity = expected
        assert ("LC009", line, severity) in findings, findings
