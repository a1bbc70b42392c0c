"""The flow follows what real bugs need: layers whose type a site's string decides, values in
dicts nested in a config dict. torch runs every case as the oracle: the linter must find
what torch rejects, and stay silent where torch runs."""

from __future__ import annotations

import textwrap

import pytest

torch = pytest.importorskip("torch")

from lstmcheck.lint.engine import check_source  # noqa: E402
from lstmcheck.lint.extract import extract  # noqa: E402
from tests.torch_oracle import run_case  # noqa: E402


def torch_result(source: str) -> tuple[bool, bool]:
    """(raises, warns about dropout) when run() runs."""
    error, dropout_warned, _ = run_case(source)
    return error is not None, dropout_warned

def findings(source: str, *codes: str) -> list:
    return [f for f in check_source(source.encode(), "model.py").findings
            if f.code in codes and f.severity in ("error", "warning")]


def fill(source: str, values: dict[str, str]) -> str:
    for name, text in values.items():
        source = source.replace(name, text)
    return source


BY_NAME = textwrap.dedent('''
    import torch
    import torch.nn as nn

    CONFIG = {"model": {"rnn_type": "GRU", "hidden": 16, "layers": LAYERS}, "lr": 0.1}


    class Encoder(nn.Module):
        def __init__(self, rnn_type, emb, hidden, layers):
            super().__init__()
            self.rnn = getattr(nn, rnn_type)(emb, hidden, layers, dropout=0.3)
            self.head = nn.Linear(HEAD, 2)

        def forward(self, x):
            out, _ = self.rnn(x)
            return self.head(out)


    def run():
        arch = CONFIG["model"]
        model = Encoder(arch["rnn_type"], 8, arch["hidden"], arch["layers"])
        return model(torch.randn(5, 3, 8))
''')

BY_BRANCH = textwrap.dedent('''
    import torch
    import torch.nn as nn


    class Decoder(nn.Module):
        def __init__(self, emb, hidden, cell="gru"):
            super().__init__()
            if cell == "rnn":
                rnn = nn.RNN
            elif cell == "gru":
                rnn = nn.GRU
            else:
                raise ValueError(cell)
            self.rnn = rnn(emb, hidden, batch_first=True)
            self.out = nn.Linear(HEAD, 5)

        def forward(self, x):
            out, _ = self.rnn(x)
            return self.out(out)


    def run():
        return Decoder(6, 12, cell="gru")(torch.randn(2, 4, 6))
''')


@pytest.mark.parametrize("wrong,right", [({"HEAD": "8"}, {"HEAD": "hidden"})])
def test_a_layer_named_by_a_site_string_is_followed(wrong, right):
    for layers in ("1", "2"):
        bad = fill(BY_NAME, {**wrong, "LAYERS": layers})
        good = fill(BY_NAME, {**right, "LAYERS": layers})
        assert torch_result(bad)[0] and not torch_result(good)[0]
        assert findings(bad, "LC007"), bad
        assert not findings(good, "LC003", "LC007", "LC008", "LC009"), good
    (record,) = extract(fill(BY_NAME, {**right, "LAYERS": "2"}), "m.py").calls
    assert record.constructor == "GRU"
    assert record.call.arguments["num_layers"].value == 2


def test_dropout_on_a_layer_named_by_a_nested_config_is_judged_from_its_layers():
    one = fill(BY_NAME, {"HEAD": "hidden", "LAYERS": "1"})
    two = fill(BY_NAME, {"HEAD": "hidden", "LAYERS": "2"})
    assert torch_result(one)[1] and not torch_result(two)[1]
    assert findings(one, "LC006")
    assert not findings(two, "LC006")


def test_a_layer_class_chosen_in_branches_on_a_string_parameter():
    bad, good = fill(BY_BRANCH, {"HEAD": "emb"}), fill(BY_BRANCH, {"HEAD": "hidden"})
    assert torch_result(bad)[0] and not torch_result(good)[0]
    assert findings(bad, "LC007")
    assert not findings(good, "LC003", "LC007", "LC008", "LC009")
    assert [c.constructor for c in extract(good, "m.py").calls] == ["GRU"]


def test_a_layer_no_site_names_stays_unknown():
    source = BY_BRANCH.replace('Decoder(6, 12, cell="gru")', "Decoder(6, 12, cell=CELL)")
    source = fill(source, {"HEAD": "emb"}).replace("import torch.nn as nn", "import torch.nn as nn\nCELL = input()")
    assert extract(source, "m.py").calls == ()
    assert not findings(source, "LC003", "LC007", "LC008", "LC009")


def test_a_changed_nested_dict_is_not_read():
    source = fill(BY_NAME, {"HEAD": "8", "LAYERS": "2"}).replace(
        '    arch = CONFIG["model"]\n', '    CONFIG["model"]["rnn_type"] = "LSTM"\n    arch = CONFIG["model"]\n')
    assert extract(source, "m.py").calls == ()


INHERITED = textwrap.dedent('''
    import torch
    import torch.nn as nn


    class Base(nn.Module):
        def __init__(self, hidden, cell):
            super(Base, self).__init__()
            self.hidden = hidden
            if cell.lower() == "lstm":
                self.rnn_cell = nn.LSTM
            elif cell.lower() == "gru":
                self.rnn_cell = nn.GRU
            else:
                raise ValueError(cell)


    class Decoder(Base):
        def __init__(self, vocab, hidden, layers=1, cell="gru", dropout=0.0):
            super(Decoder, self).__init__(hidden, cell)
            self.embedding = nn.Embedding(vocab, EMB)
            self.rnn = self.rnn_cell(hidden, hidden, layers, batch_first=True, dropout=dropout)

        def forward(self, tokens):
            output, hidden = self.rnn(self.embedding(tokens))
            return output


    def run():
        return Decoder(30, 16, CALL)(torch.randint(0, 30, (2, 5)))
''')


@pytest.mark.parametrize("call", ['cell="GRU"', 'cell="lstm"', "layers=2"])
def test_a_layer_class_set_by_the_base_class_init(call):
    bad = fill(INHERITED, {"EMB": "8", "CALL": call})
    good = fill(INHERITED, {"EMB": "hidden", "CALL": call})
    assert torch_result(bad)[0] and not torch_result(good)[0]
    assert findings(bad, "LC008"), bad
    assert not findings(good, "LC003", "LC006", "LC007", "LC008", "LC009"), good
    expected = "LSTM" if "lstm" in call else "GRU"
    assert [c.constructor for c in extract(good, "m.py").calls] == [expected]


def test_dropout_on_a_one_layer_layer_the_base_class_chose():
    warned = fill(INHERITED, {"EMB": "hidden", "CALL": "dropout=0.2"})
    quiet = fill(INHERITED, {"EMB": "hidden", "CALL": "layers=2, dropout=0.2"})
    assert torch_result(warned)[1] and not torch_result(quiet)[1]
    assert findings(warned, "LC006")
    assert not findings(quiet, "LC006")


def test_a_base_init_called_only_in_a_branch_is_not_followed():
    source = fill(INHERITED, {"EMB": "8", "CALL": 'cell="gru"'}).replace(
        "        super(Decoder, self).__init__(hidden, cell)\n",
        "        if vocab:\n            super(Decoder, self).__init__(hidden, cell)\n")
    assert extract(source, "m.py").calls == ()


ON_SELF = textwrap.dedent('''
    import torch
    import torch.nn as nn


    class Tagger(nn.Module):
        def __init__(self, emb, hidden):
            super().__init__()
            self.hidden_dim = hidden
            self.lstm = nn.LSTM(emb, hidden, num_layers=1)

        def init_hidden(self, batch):
            return (torch.zeros(LAYERS, batch, self.hidden_dim),
                    torch.zeros(LAYERS, batch, self.hidden_dim))

        def reset(self):
            self.hidden = None

        def forward(self, x):
            self.hidden = self.init_hidden(x.size(1))
            BETWEEN
            out, self.hidden = self.lstm(x, self.hidden)
            return out


    def run():
        return Tagger(6, 8)(torch.randn(5, 3, 6))
''')


def test_states_kept_on_self_in_the_same_method_are_followed():
    bad = fill(ON_SELF, {"LAYERS": "2", "BETWEEN": "pass"})
    good = fill(ON_SELF, {"LAYERS": "1", "BETWEEN": "pass"})
    assert torch_result(bad)[0] and not torch_result(good)[0]
    assert findings(bad, "LC009"), bad
    assert not findings(good, "LC003", "LC007", "LC008", "LC009"), good


def test_a_method_called_in_between_may_change_what_self_holds():
    source = fill(ON_SELF, {"LAYERS": "2", "BETWEEN": "self.reset()"})
    assert not torch_result(source)[0]  # reset() set None: torch builds zero states itself
    assert not findings(source, "LC009")


STEPPED = textwrap.dedent('''
    import torch
    import torch.nn as nn


    def run():
        cell = nn.GRUCell(10, 20)
        x = torch.randn(6, 3, 10)
        h = torch.zeros(3, 20)
        for LOOP:
            h = cell(x[t], h)
        return x[t]
''')


@pytest.mark.parametrize("loop", ["t in range(6)", "t, _ in enumerate(x)"])
def test_a_range_counter_indexes_one_step(loop):
    source = fill(STEPPED, {"LOOP": loop})
    namespace: dict = {}
    exec(compile(source, "<case>", "exec"), namespace)  # noqa: S102 - our own small model
    expected = tuple(namespace["run"]().shape)
    (feed,) = [f for f in extract(source, "m.py").feeds if f.kind == "GRUCell"]
    assert tuple(d.value for d in feed.input.dims) == expected


def test_a_counter_rebound_to_a_tensor_is_no_int():
    source = fill(STEPPED, {"LOOP": "t in range(6)"}).replace(
        "        h = cell(x[t], h)", "        t = torch.tensor([0, 1])\n        h = cell(x[t], h)")
    assert "torch.tensor([0, 1])" in source
    (feed,) = [f for f in extract(source, "m.py").feeds if f.kind == "GRUCell"]
    assert feed.input is None or feed.input.dims is None


STARTER = textwrap.dedent('''
    import torch
    import torch.nn as nn


    class Encoder(nn.Module):
        def __init__(self, size, hidden, layers=1):
            super().__init__()
            self.rnn = nn.GRU(size, hidden, num_layers=layers, batch_first=True)
            self.starter = nn.Parameter(torch.randn(ROWS, 1, hidden))

        def forward(self, x, h_0=None):
            if h_0 is None:
                h_0 = torch.tanh(self.starter.expand(-1, x.size(0), -1).contiguous())
            out, _ = self.rnn(x, h_0)
            return out


    def run():
        return Encoder(5, 6, layers=3)(torch.randn(4, 8, 5))
''')


def test_a_tensor_built_once_in_init_is_known_in_forward():
    bad, good = fill(STARTER, {"ROWS": "1"}), fill(STARTER, {"ROWS": "layers"})
    assert torch_result(bad)[0] and not torch_result(good)[0]
    assert findings(bad, "LC009"), bad
    assert not findings(good, "LC003", "LC007", "LC008", "LC009"), good


def test_a_state_the_caller_passes_is_not_replaced_by_the_default():
    source = fill(STARTER, {"ROWS": "1"}).replace(
        "Encoder(5, 6, layers=3)(torch.randn(4, 8, 5))",
        "Encoder(5, 6, layers=3)(torch.randn(4, 8, 5), torch.zeros(3, 4, 6))")
    assert not torch_result(source)[0]
    assert not findings(source, "LC009")


def test_a_tensor_assigned_again_outside_init_is_not_taken_from_init():
    source = fill(STARTER, {"ROWS": "1"}).replace(
        "        if h_0 is None:\n", "        self.starter = nn.Parameter(torch.randn(3, 1, 6))\n        if h_0 is None:\n")
    assert "randn(3, 1, 6)" in source and not torch_result(source)[0]
    assert not findings(source, "LC009")


ONE_LINE = textwrap.dedent('''
    import torch
    import torch.nn as nn


    class Siamese(nn.Module):
        def __init__(self, hidden):
            super().__init__()
            self.use_cuda = False
            self.hidden = hidden
            self.lstm = nn.LSTM(4, hidden)

        def init_hidden(self, batch):
            state = STATE
            if self.use_cuda: return state.cuda()
            else: return state

        def forward(self, x, hidden):
            out, _ = self.lstm(x, hidden)
            return out


    def run():
        model = Siamese(8)
        return model(torch.randn(5, 3, 4), model.init_hidden(3))
''')


def test_one_line_branches_are_walked():
    bad = fill(ONE_LINE, {"STATE": "torch.zeros(2, 1, batch, self.hidden)"})
    good = fill(ONE_LINE, {"STATE": "(torch.zeros(1, batch, self.hidden), torch.zeros(1, batch, self.hidden))"})
    assert torch_result(bad)[0] and not torch_result(good)[0]
    assert findings(bad, "LC009"), bad
    assert not findings(good, "LC003", "LC007", "LC008", "LC009"), good


HELPER_OBJECT = textwrap.dedent('''
    import torch
    import torch.nn as nn


    class WordEmbedding:
        def __init__(self, vectors):
            self.embedding = nn.Embedding(len(vectors["words"]), vectors["dim"])

        def batch(self, ids):
            return self.embedding(ids)


    class Predictor(nn.Module):
        def __init__(self, n_word, n_h):
            super().__init__()
            self.lstm = nn.LSTM(n_word, n_h, batch_first=True)

        def forward(self, x):
            out, _ = self.lstm(x)
            return out


    def load_vectors(path):
        return {"words": ["<unk>", "a", "b", "c"], "dim": DIM}


    def run():
        words = WordEmbedding(load_vectors("glove.txt"))
        return Predictor(100, 8)(words.batch(torch.randint(0, 4, (2, 6))))
''')


def test_a_helper_object_and_a_loader_returning_a_dict_literal_are_followed():
    bad, good = fill(HELPER_OBJECT, {"DIM": "50"}), fill(HELPER_OBJECT, {"DIM": "100"})
    assert torch_result(bad)[0] and not torch_result(good)[0]
    assert findings(bad, "LC008"), bad
    assert not findings(good, "LC003", "LC007", "LC008", "LC009"), good


def test_a_loader_whose_dict_depends_on_its_arguments_is_not_read():
    source = fill(HELPER_OBJECT, {"DIM": "int(path[-5])"}).replace('"glove.txt"', '"glove5.txt"')
    assert torch_result(source)[0]
    assert not findings(source, "LC008")  # unknown: silent, never a guess


MAPPED = textwrap.dedent('''
    import torch
    import torch.nn as nn


    class Decoder(nn.Module):
        def __init__(self, hidden):
            super().__init__()
            self.rnn = nn.LSTM(4, hidden, batch_first=True)

        def _first_layer(self, h):
            return h[0:1]

        def forward(self, x, encoder_hidden):
            if isinstance(encoder_hidden, tuple):
                hidden = tuple([self._first_layer(h) for h in encoder_hidden])
            else:
                hidden = self._first_layer(encoder_hidden)
            return self.rnn(x, hidden)


    def run():
        encoder = nn.LSTM(4, 8, num_layers=2, batch_first=True)
        _, state = encoder(torch.randn(3, 5, 4))
        return Decoder(HIDDEN)(torch.randn(3, 2, 4), state)
''')


def test_a_tuple_state_mapped_item_by_item_is_followed():
    bad, good = fill(MAPPED, {"HIDDEN": "6"}), fill(MAPPED, {"HIDDEN": "8"})
    assert torch_result(bad)[0] and not torch_result(good)[0]
    assert findings(bad, "LC009"), bad
    assert not findings(good, "LC003", "LC007", "LC008", "LC009"), good


COPIED = textwrap.dedent('''
    import torch
    import torch.nn as nn

    CONFIG = {"emb": 12, "hid": 16}


    class Config:
        def __init__(self, values):
            COPY


    class Model(nn.Module):
        def __init__(self, config):
            super().__init__()
            self.embed = nn.Embedding(50, 12)
            self.encoder = nn.LSTM(config.SIZE, config.hid, batch_first=True)

        def forward(self, ids):
            out, _ = self.encoder(self.embed(ids))
            return out


    def run():
        return Model(Config(CONFIG))(torch.randint(0, 50, (2, 9)))
''')


@pytest.mark.parametrize("copy", [
    "self.__dict__.update(values)",
    "for key, value in values.items():\n            setattr(self, key, value)",
])
def test_a_config_object_copying_a_dict_into_attributes_gives_its_entries(copy):
    bad = fill(COPIED, {"COPY": copy, "SIZE": "hid"})
    good = fill(COPIED, {"COPY": copy, "SIZE": "emb"})
    assert torch_result(bad)[0] and not torch_result(good)[0]
    assert findings(bad, "LC008"), bad
    assert not findings(good, "LC003", "LC007", "LC008", "LC009"), good


def test_a_config_object_that_also_sets_its_own_attributes_is_not_read():
    source = fill(COPIED, {"COPY": "self.__dict__.update(values)\n        self.hid = 12",
                           "SIZE": "hid"})
    assert not torch_result(source)[0]
    assert not findings(source, "LC008")
