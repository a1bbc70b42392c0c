"""Values from where the model is built: the flow binds a class's parameters from the places
the file builds it (keywords, positionals, `**config`), from dict literals, `self.x = literal`,
and layers chosen by name. Each case is a small model with the site in `run()`; torch runs it
and is the oracle: an error is reported exactly when `run()` raises (a warning when torch
warns)."""

from __future__ import annotations

import textwrap

import pytest

torch = pytest.importorskip("torch")

from lstmcheck.lint.engine import check_source  # noqa: E402
from lstmcheck.lint.extract import extract  # noqa: E402
from tests.torch_oracle import run_case  # noqa: E402

HEADER = "import torch\nimport torch.nn as nn\n"

SEQ2SEQ = HEADER + textwrap.dedent('''
    class Encoder(nn.Module):
        def __init__(self, vocab, emb, hidden):
            super().__init__()
            self.embed = nn.Embedding(vocab, hidden)
            self.rnn = nn.LSTM(emb, hidden, batch_first=True)

        def forward(self, tokens):
            out, _ = self.rnn(self.embed(tokens))
            return out


    def run():
        model = Encoder(vocab=50, emb=EMB, hidden=32)
        return model(torch.zeros(2, 5, dtype=torch.long))
''')

CONFIG_DICT = HEADER + textwrap.dedent('''
    CONFIG = {"input_dim": 12, "hidden_dim": 24, "n_tags": 5}


    class Tagger(nn.Module):
        def __init__(self, input_dim, hidden_dim, n_tags):
            super().__init__()
            self.lstm = nn.LSTM(input_dim, hidden_dim, bidirectional=True)
            self.fc = nn.Linear(HEAD, n_tags)

        def forward(self, x):
            out, _ = self.lstm(x)
            return self.fc(out)


    def run():
        params = dict(CONFIG)
        tagger = Tagger(**params)
        return tagger(torch.randn(7, 3, 12))
''')

POSITIONAL = HEADER + textwrap.dedent('''
    class Forecaster(nn.Module):
        def __init__(self, n_features, hidden, layers):
            super().__init__()
            self.layers = layers
            self.hidden = hidden
            self.gru = nn.GRU(n_features, hidden, layers, batch_first=True)

        def forward(self, x):
            h0 = torch.zeros(STATE, x.size(0), self.hidden)
            out, _ = self.gru(x, h0)
            return out


    def run():
        return Forecaster(3, 16, 2)(torch.randn(4, 9, 3))
''')


def torch_result(source: str) -> tuple[bool, bool]:
    """(raises, warns) when run() runs."""
    error, dropout_warned, warned = run_case(source)
    if isinstance(error, TypeError):
        raise error
    return (True, warned) if error is not None else (False, dropout_warned)

def flow_errors(source: str) -> list:
    return [f for f in check_source(source.encode(), "model.py").findings
            if f.severity == "error" and f.code in ("LC003", "LC007", "LC008", "LC009")]


CASES = [
    # (source, wrong filling, right filling)
    (SEQ2SEQ, {"EMB": "16"}, {"EMB": "32"}),
    (CONFIG_DICT, {"HEAD": "hidden_dim"}, {"HEAD": "2 * hidden_dim"}),
    (POSITIONAL, {"STATE": "1"}, {"STATE": "self.layers"}),
]


def fill(source: str, values: dict[str, str]) -> str:
    for name, text in values.items():
        source = source.replace(name, text)
    return source


@pytest.mark.parametrize("source,wrong,right", CASES, ids=["keywords", "config-dict", "positional"])
def test_site_values_decide_and_torch_agrees(source, wrong, right):
    bad, good = fill(source, wrong), fill(source, right)
    assert torch_result(bad)[0] and not torch_result(good)[0]
    assert flow_errors(bad), bad
    assert not flow_errors(good), good


def test_dropout_is_judged_from_the_layers_every_site_passes():
    source = HEADER + textwrap.dedent('''
        class Model(nn.Module):
            def __init__(self, n_layers=1):
                super().__init__()
                self.rnn = nn.GRU(8, 16, n_layers, dropout=0.5)

            def forward(self, x):
                return self.rnn(x)[0]


        def run():
            return Model(n_layers=LAYERS)(torch.randn(3, 2, 8))
    ''')
    for layers in ("1", "2"):
        filled = source.replace("LAYERS", layers)
        warned = [f for f in check_source(filled.encode(), "m.py").findings if f.code == "LC006"]
        assert bool(warned) == torch_result(filled)[1], filled


def test_an_attribute_set_to_a_literal_in_init_is_known():
    source = HEADER + textwrap.dedent('''
        class Model(nn.Module):
            def __init__(self):
                super().__init__()
                self.p = 0.3
                self.rnn = nn.GRU(8, 16, dropout=self.p)

        def run():
            return Model().rnn(torch.randn(3, 2, 8))
    ''')
    warned = [f for f in check_source(source.encode(), "m.py").findings if f.code == "LC006"]
    assert warned and torch_result(source)[1]


@pytest.mark.parametrize("choose", [
    'getattr(nn, "GRU")', '{"lstm": nn.LSTM, "gru": nn.GRU}["gru"]', "self.rnn_cls",
])
def test_layers_chosen_by_name_are_followed(choose):
    source = textwrap.dedent(f'''
        import torch
        try:
            import torch.nn as nn
        except ImportError:
            nn = None


        class Model(nn.Module):
            def __init__(self):
                super().__init__()
                self.rnn_cls = nn.GRU
                self.rnn = {choose}(8, 16)
                self.head = nn.Linear(8, 2)

            def forward(self, x):
                out, _ = self.rnn(x)
                return self.head(out)


        def run():
            return Model()(torch.randn(3, 2, 8))
    ''')
    assert torch_result(source)[0]
    # at the head's in_features (the fix), with a note where the tensors meet
    (finding,) = flow_errors(source)
    assert finding.location.line == 14
    assert [r.location.line for r in finding.related if r.message.startswith("tensors meet")] == [18]
    facts = extract(source, "m.py")
    assert [c.constructor for c in facts.calls] == ["GRU"]


def test_a_dict_popped_of_its_type_key_feeds_the_layer():
    source = HEADER + textwrap.dedent('''
        PARAMS = {"type": "lstm", "input_size": 10, "hidden_size": 20, "num_layers": 1}

        class Model(nn.Module):
            def __init__(self):
                super().__init__()
                params = dict(PARAMS)
                params.pop("type")
                self.rnn = nn.LSTM(batch_first=True, dropout=0.25, **params)

        def run():
            return Model().rnn(torch.randn(2, 3, 10))
    ''')
    (record,) = extract(source, "m.py").calls
    assert record.call.arguments["hidden_size"].value == 20
    assert not record.call.partial
    warned = [f for f in check_source(source.encode(), "m.py").findings if f.code == "LC006"]
    assert warned and torch_result(source)[1]


def test_an_argparse_default_reached_through_args_is_an_assumed_value():
    source = HEADER + "import argparse\n" + textwrap.dedent('''
        class Model(nn.Module):
            def __init__(self, dropout):
                super().__init__()
                self.rnn = nn.GRU(8, 16, dropout=dropout)


        def run():
            parser = argparse.ArgumentParser()
            parser.add_argument("--rnn-dropout", type=float, default=0.25)
            args = parser.parse_args()
            return Model(args.rnn_dropout).rnn(torch.randn(3, 2, 8))
    ''')
    (finding,) = [f for f in check_source(source.encode(), "m.py").findings if f.code == "LC006"]
    assert finding.severity == "warning"
    (record,) = extract(source, "m.py").calls
    assert "defaults to 0.25" in record.call.arguments["dropout"].origin
    # parse_args([]) reads no command line: the default is what the file runs with, certainly
    pinned = source.replace("parser.parse_args()", "parser.parse_args([])")
    (finding,) = [f for f in check_source(pinned.encode(), "m.py").findings if f.code == "LC006"]
    assert torch_result(pinned)[1] and "(this assumes" not in finding.message
    (record,) = extract(pinned, "m.py").calls
    dropout = record.call.arguments["dropout"]
    assert dropout.value == 0.25 and "defaults to" not in dropout.origin


def test_a_site_inside_another_class_takes_the_value_its_own_sites_agree_on():
    source = HEADER + textwrap.dedent('''
        class Rows(nn.Module):
            def __init__(self, hidden, dropout):
                super().__init__()
                self.lstm = nn.LSTM(4, hidden, num_layers=1, dropout=dropout)


        class Encoder(nn.Module):
            def __init__(self, hidden, dropout):
                super().__init__()
                self.rows = Rows(hidden, dropout)


        def run():
            return Encoder(8, dropout=DROPOUT).rows.lstm(torch.randn(2, 3, 4))
    ''')
    for dropout in ("0.1", "0.0"):
        filled = source.replace("DROPOUT", dropout)
        warned = [f for f in check_source(filled.encode(), "m.py").findings if f.code == "LC006"]
        assert bool(warned) == torch_result(filled)[1], filled


def test_variables_keep_the_shape_of_what_they_wrap():
    source = HEADER + textwrap.dedent('''
        from torch.autograd import Variable


        def run():
            rnn = nn.RNN(10, 20, 2, batch_first=True)
            x = Variable(torch.randn(5, 3, 10))
            h0 = Variable(torch.randn(2, 3, 20))
            return rnn(x, h0)
    ''')
    assert torch_result(source)[0]
    assert [f.code for f in flow_errors(source)] == ["LC009"]


def test_a_model_called_with_a_known_tensor_is_walked_with_it():
    """`model(torch.randn(...))`: the model's forward is inlined with that tensor, so a state
    built from the wrong dim of it is found (the input is batch-first only in the caller's mind)."""
    source = HEADER + textwrap.dedent('''
        class BiLSTM(nn.Module):
            def __init__(self):
                super().__init__()
                self.rnn = nn.LSTM(6, 10, num_layers=2, bidirectional=True)

            def forward(self, x):
                batch = x.size(BATCH_DIM)
                h0 = torch.zeros(4, batch, 10)
                out, _ = self.rnn(x, (h0, h0))
                return out


        def run():
            return BiLSTM()(torch.randn(3, 5, 6))
    ''')
    wrong, right = source.replace("BATCH_DIM", "0"), source.replace("BATCH_DIM", "1")
    assert torch_result(wrong)[0] and not torch_result(right)[0]
    assert [f.code for f in flow_errors(wrong)] == ["LC009"]
    assert not flow_errors(right)


def test_a_helper_method_is_inlined_with_the_values_passed():
    source = HEADER + textwrap.dedent('''
        class Decoder(nn.Module):
            def __init__(self):
                super().__init__()
                self.gru = nn.GRU(4, 8, num_layers=2)

            def init_hidden(self, layers, batch):
                return torch.zeros(layers, batch, 8)

            def forward(self, x):
                out, h = self.gru(x, self.init_hidden(LAYERS, x.size(1)))
                return out


        def run():
            return Decoder()(torch.randn(5, 3, 4))
    ''')
    wrong, right = source.replace("LAYERS", "1"), source.replace("LAYERS", "2")
    assert torch_result(wrong)[0] and not torch_result(right)[0]
    assert [f.code for f in flow_errors(wrong)] == ["LC009"]
    assert not flow_errors(right)


@pytest.mark.parametrize("build", ["Config()", "SimpleNamespace(embed_dim=EMB, hidden=8)",
                                   "Settings(embed_dim=EMB)"])
def test_config_objects_give_their_fields(build):
    source = HEADER + "from dataclasses import dataclass\nfrom types import SimpleNamespace\n" + \
        textwrap.dedent('''
        class Config:
            def __init__(self):
                self.embed_dim = EMB
                self.hidden = 8


        @dataclass
        class Settings:
            embed_dim: int = 6
            hidden: int = 8


        class Model(nn.Module):
            def __init__(self, config):
                super().__init__()
                self.embed = nn.Embedding(20, config.embed_dim)
                self.rnn = nn.GRU(6, config.hidden)

            def forward(self, tokens):
                return self.rnn(self.embed(tokens))[0]


        def run():
            config = BUILD
            return Model(config)(torch.zeros(4, 2, dtype=torch.long))
    ''').replace("BUILD", build)
    wrong, right = source.replace("EMB", "5"), source.replace("EMB", "6")
    assert torch_result(wrong)[0] and not torch_result(right)[0]
    assert [f.code for f in flow_errors(wrong)] == ["LC008"]
    assert not flow_errors(right)


def test_builders_and_early_returns_are_followed_to_the_decoder():
    """Models made by a module function and unpacked, a rnn class chosen with
    `rnn_cell.lower() == "gru"`, and a helper whose early `return None` the tensor passed
    rules out: the encoder's bidirectional state reaches the one-way decoder."""
    source = HEADER + textwrap.dedent('''
        class Encoder(nn.Module):
            def __init__(self, hidden, rnn_cell="gru"):
                super().__init__()
                self.embed = nn.Embedding(30, hidden)
                if rnn_cell.lower() == "gru":
                    self.rnn_cell = nn.GRU
                else:
                    self.rnn_cell = nn.LSTM
                self.rnn = self.rnn_cell(hidden, hidden, batch_first=True, bidirectional=True)

            def forward(self, tokens):
                return self.rnn(self.embed(tokens))


        class Decoder(nn.Module):
            def __init__(self, hidden):
                super().__init__()
                self.embed = nn.Embedding(40, hidden)
                self.rnn = nn.GRU(hidden, hidden, batch_first=True)

            def _init_state(self, state):
                if state is None:
                    return None
                return STATE

            def forward(self, tokens, state):
                return self.rnn(self.embed(tokens), self._init_state(state))


        def build():
            return Encoder(8), Decoder(8)


        def run():
            encoder, decoder = build()
            _, state = encoder(torch.zeros(4, 7, dtype=torch.long))
            return decoder(torch.zeros(4, 5, dtype=torch.long), state)
    ''')
    wrong, right = source.replace("STATE", "state"), source.replace("STATE", "state[:1]")
    assert torch_result(wrong)[0] and not torch_result(right)[0]
    assert [f.code for f in flow_errors(wrong)] == ["LC009"]
    assert not flow_errors(right)


def test_a_method_called_on_an_instance_is_inlined():
    source = HEADER + textwrap.dedent('''
        class Encoder(nn.Module):
            def __init__(self, hidden):
                super().__init__()
                self.hidden = hidden
                self.lstm = nn.LSTM(hidden, hidden)

            def forward(self, x, state):
                return self.lstm(x, state)

            def init_hidden(self):
                zeros = torch.zeros(1, 1, self.hidden)
                return STATE


        def run():
            encoder = Encoder(8)
            state = encoder.init_hidden()
            return encoder(torch.randn(3, 1, 8), state)
    ''')
    wrong, right = source.replace("STATE", "zeros"), source.replace("STATE", "(zeros, zeros.clone())")
    assert torch_result(wrong)[0] and not torch_result(right)[0]
    assert [f.code for f in flow_errors(wrong)] == ["LC009"]
    assert not flow_errors(right)


def test_an_attention_context_from_a_module_function_reaches_the_gru():
    """d2l's decoder: the attention layer built by a module function, passed on as
    `self.attention`, its context concatenated with the embedding into a GRU sized
    2 * embed_size: right only while embed_size == num_hiddens."""
    source = HEADER + textwrap.dedent('''
        def attention_model(input_size, attention_size):
            return nn.Sequential(nn.Linear(input_size, attention_size), nn.Tanh(),
                                 nn.Linear(attention_size, 1))


        def attention_forward(model, enc_states, dec_state):
            dec_states = dec_state.unsqueeze(dim=0).expand_as(enc_states)
            e = model(torch.cat((enc_states, dec_states), dim=2))
            alpha = torch.softmax(e, dim=0)
            return (alpha * enc_states).sum(dim=0)


        class Decoder(nn.Module):
            def __init__(self, embed_size, num_hiddens):
                super().__init__()
                self.embedding = nn.Embedding(30, embed_size)
                self.attention = attention_model(2 * num_hiddens, 10)
                self.rnn = nn.GRU(INPUT, num_hiddens)

            def forward(self, cur_input, state, enc_states):
                c = attention_forward(self.attention, enc_states, state[-1])
                x = torch.cat((self.embedding(cur_input), c), dim=1)
                return self.rnn(x.unsqueeze(0), state)


        def run():
            decoder = Decoder(8, 16)
            return decoder(torch.tensor([1, 2, 3, 4]), torch.zeros(1, 4, 16), torch.randn(7, 4, 16))
    ''')
    wrong, right = source.replace("INPUT", "2 * embed_size"), source.replace("INPUT", "embed_size + num_hiddens")
    assert torch_result(wrong)[0] and not torch_result(right)[0]
    assert [f.code for f in flow_errors(wrong)] == ["LC008"]
    assert not flow_errors(right)
