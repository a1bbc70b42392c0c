"""Values followed to where they are written, in the shapes real code gives them: complex
literals, argparse options read through `vars(...)` or a `parse_opt()` helper, helper
functions and factories bound from their call sites, `int(...)`/`float(...)` of known values,
`**kwargs` forwarded. Each case runs under torch, the oracle: the rule reports exactly when
torch raises (or warns, for dropout) and stays silent on the corrected file."""

from __future__ import annotations

import textwrap
import warnings

import pytest

torch = pytest.importorskip("torch")

from lstmcheck.lint.engine import check_source  # noqa: E402
from lstmcheck.lint.extract import extract  # noqa: E402
from tests.torch_oracle import run_case  # noqa: E402

HEADER = "import argparse\nimport torch\nimport torch.nn as nn\n"


def torch_says(source: str) -> str | None:
    """What running `run()` does: the exception's type name, "warns" for a dropout warning
    from torch, or None."""
    error, dropout_warned, _ = run_case(source)
    if error is not None and not isinstance(error, IndexError):
        return type(error).__name__
    if error is not None:
        raise error
    return "warns" if dropout_warned else None

def codes(source: str) -> dict[str, str]:
    """Rule code -> severity of the findings on the file."""
    return {f.code: f.severity for f in check_source(source.encode(), "model.py").findings}


def case(body: str, **fill: str) -> str:
    source = HEADER + textwrap.dedent(body)
    for name, text in fill.items():
        source = source.replace(name, text)
    return source


COMPLEX_DROPOUT = '''
    def run():
        rnn = nn.RNN(input_size=3, hidden_size=2, dropout=DROPOUT)
        return rnn(torch.randn(1, 3))
'''


def test_a_complex_literal_written_as_a_sum_is_a_value():
    bad, good = case(COMPLEX_DROPOUT, DROPOUT="0.+0.j"), case(COMPLEX_DROPOUT, DROPOUT="0. + 0.")
    assert torch_says(bad) == "TypeError" and torch_says(good) is None
    assert codes(bad).get("LC005") == "error"
    assert "LC005" not in codes(good)


ARGPARSE_VARS = '''
    def parse_opt(argv):
        parser = argparse.ArgumentParser()
        parser.add_argument("--bidirectional", type=int, default=FLAG)
        parser.add_argument("--dim_hidden", type=int, default=16)
        return parser.parse_args(argv)


    class Encoder(nn.Module):
        def __init__(self, dim_hidden, bidirectional=False):
            super().__init__()
            self.rnn = nn.GRU(dim_hidden, dim_hidden, batch_first=True, bidirectional=bidirectional)

        def forward(self, x):
            return self.rnn(x)


    def run():
        opt = vars(parse_opt([]))
        encoder = Encoder(opt["dim_hidden"], bidirectional=opt["bidirectional"])
        return encoder(torch.randn(2, 5, 16))
'''


def test_an_option_read_through_vars_of_a_parse_helper_has_its_default():
    bad, good = case(ARGPARSE_VARS, FLAG="0"), case(ARGPARSE_VARS, FLAG="False")
    assert torch_says(bad) == "TypeError" and torch_says(good) is None
    # `parse_opt([])` hands argparse an empty list: the default is what the option holds
    assert codes(bad).get("LC005") == "error"
    assert "LC005" not in codes(good)
    # read from the command line, an argparse default is an assumption: it may give another value
    from_the_command_line = bad.replace("parse_opt([])", "parse_opt(None)")
    assert from_the_command_line != bad and codes(from_the_command_line).get("LC005") == "warning"


def test_args_from_a_parse_helper_have_their_defaults():
    source = case('''
        def get_args():
            parser = argparse.ArgumentParser()
            parser.add_argument("--dropout", type=float, default=0.4)
            args = parser.parse_args([])
            return args


        def run():
            args = get_args()
            rnn = nn.LSTM(8, 16, num_layers=1, dropout=args.dropout)
            return rnn(torch.randn(3, 2, 8))
    ''')
    assert torch_says(source) == "warns"
    assert codes(source).get("LC006") == "warning"


def test_a_dict_from_vars_that_is_changed_stays_unknown():
    source = case(ARGPARSE_VARS.replace('opt = vars(parse_opt([]))',
                                        'opt = vars(parse_opt([]))\n        opt["bidirectional"] = True'),
                  FLAG="0")
    assert torch_says(source) is None
    assert "LC005" not in codes(source)


HELPER = '''
    def make_rnn(n_in, hidden, layers, dropout):
        return nn.LSTM(n_in, hidden, layers, dropout=dropout)


    def run():
        rnn = make_rnn(8, 16, LAYERS, 0.5)
        return rnn(torch.randn(3, 2, 8))
'''


def test_a_helper_is_checked_with_the_values_its_one_call_passes():
    bad, good = case(HELPER, LAYERS="1"), case(HELPER, LAYERS="2")
    assert torch_says(bad) == "warns" and torch_says(good) is None
    assert codes(bad).get("LC006") == "warning"
    assert "LC006" not in codes(good)


def test_a_helper_called_with_different_values_is_judged_per_call():
    source = case(HELPER + '''

    def other():
        return make_rnn(8, 16, 2, 0.5)
''', LAYERS="1")
    assert torch_says(source) == "warns"  # run() builds the one-layer LSTM with dropout
    assert codes(source).get("LC006") == "warning"  # said of the call that passes 1 layer
    both_right = case(HELPER + '''

    def other():
        return make_rnn(8, 16, 3, 0.5)
''', LAYERS="2")
    assert "LC006" not in codes(both_right)


def test_a_helper_passed_on_is_not_judged_by_the_calls_the_file_shows():
    source = case(HELPER + '''

    FACTORIES = [make_rnn]
''', LAYERS="1")
    assert "LC006" not in codes(source)


FACTORY = '''
    def rnn_factory(rnn_type, **kwargs):
        return getattr(nn, rnn_type)(**kwargs)


    class Encoder(nn.Module):
        def __init__(self, rnn_type, num_layers, hidden_size, dropout=0.0):
            super(Encoder, self).__init__()
            self.rnn = rnn_factory(rnn_type, input_size=4, hidden_size=hidden_size,
                                   num_layers=num_layers, dropout=dropout)

        @classmethod
        def from_opt(cls, opt):
            return cls(opt["rnn_type"], opt["layers"], opt["size"], opt["dropout"])

        def forward(self, x):
            return self.rnn(x)


    def run():
        opt = {"rnn_type": "GRU", "layers": LAYERS, "size": 8, "dropout": 0.3}
        encoder = Encoder.from_opt(opt)
        return encoder(torch.randn(5, 2, 4))
'''


def test_a_factory_forwarding_kwargs_from_a_classmethod_built_model():
    bad, good = case(FACTORY, LAYERS="1"), case(FACTORY, LAYERS="2")
    assert torch_says(bad) == "warns" and torch_says(good) is None
    assert codes(bad).get("LC006") == "warning"
    assert "LC006" not in codes(good)


KWARGS_MODEL = '''
    def pytorch_lstm(insz, hsz, nlayers, dropout):
        return nn.LSTM(insz, hsz, nlayers, dropout=dropout)


    class Tagger(nn.Module):
        def __init__(self, embed_dim, **kwargs):
            super().__init__()
            layers = int(kwargs.get("layers", 1))
            pdrop = float(kwargs.get("dropout", 0.5))
            self.rnn = pytorch_lstm(embed_dim, int(kwargs["hsz"]), layers, pdrop)

        def forward(self, x):
            return self.rnn(x)


    def run():
        return Tagger(20, hsz=16, LAYERS)(torch.randn(7, 2, 20))
'''


@pytest.mark.parametrize("layers, warns", [("layers=1", True), ("layers=2", False),
                                           ("dropout=0.0", False)])
def test_keywords_gathered_in_kwargs_and_converted_with_int_and_float(layers, warns):
    source = case(KWARGS_MODEL, LAYERS=layers)
    assert (torch_says(source) == "warns") is warns
    assert ("LC006" in codes(source)) is warns


CONFIG_COPY = '''
    import copy

    CONFIG = {"model": {"encoder": {"type": "lstm", "input_size": 6, "hidden_size": 10,
                                    "num_layers": LAYERS, "dropout": 0.5}}}


    def build_encoder(params):
        params = dict(params)
        params.pop("type")
        return nn.LSTM(batch_first=True, **params)


    def run():
        encoder = build_encoder(copy.deepcopy(CONFIG["model"]["encoder"]))
        return encoder(torch.randn(2, 7, 6))
'''


def test_a_config_block_copied_and_popped_of_its_type_feeds_the_layer():
    bad, good = case(CONFIG_COPY, LAYERS="1"), case(CONFIG_COPY, LAYERS="2")
    assert torch_says(bad) == "warns" and torch_says(good) is None
    (finding,) = [f for f in check_source(bad.encode(), "model.py").findings if f.code == "LC006"]
    record = [c for c in extract(bad, "model.py").calls][0]
    at = record.call.arguments["dropout"].origin_at
    assert bad.splitlines()[at.line - 1][at.column - 1:at.end_column - 1] == "0.5"
    assert "LC006" not in codes(good)


def test_a_name_rebound_to_something_else_than_its_copy_stays_unknown():
    source = case(CONFIG_COPY.replace("params = dict(params)", "params = dict(params, num_layers=2)"),
                  LAYERS="1")
    assert torch_says(source) is None
    assert "LC006" not in codes(source)


def test_a_local_holding_a_default_is_as_assumed_as_the_default():
    source = case('''
        class Model(nn.Module):
            def __init__(self, flag=1):
                super().__init__()
                self.flag = flag
                both = self.flag
                self.rnn = nn.GRU(4, 4, bidirectional=both)
                self.rnn2 = nn.GRU(4, 4, bidirectional=self.flag)
    ''')
    found = [f for f in check_source(source.encode(), "model.py").findings if f.code == "LC005"]
    assert len(found) == 2 and {f.severity for f in found} == {"warning"}


@pytest.mark.parametrize("build", [
    "SimpleNamespace(**CONFIG)",
    "SimpleNamespace(layers=1, **{'dropout': 0.5})",
    "EasyDict(CONFIG)",
])
def test_attributes_of_namespaces_and_attribute_dicts_built_from_dicts(build):
    source = HEADER + textwrap.dedent(f'''
        from types import SimpleNamespace
        from easydict import EasyDict

        CONFIG = {{"layers": 1, "dropout": 0.5}}


        def run():
            cfg = {build}
            return nn.GRU(4, 4, cfg.layers, dropout=cfg.dropout)
    ''')
    (record,) = extract(source, "model.py").calls
    assert record.call.arguments["num_layers"].value == 1
    assert record.call.arguments["dropout"].value == 0.5
    # torch's verdict for what the linter read: one layer with dropout warns
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        torch.nn.GRU(4, 4, 1, dropout=0.5)
    assert caught and codes(source).get("LC006") == "warning"


def test_a_namespace_with_unknown_entries_stays_unknown():
    source = HEADER + textwrap.dedent('''
        from types import SimpleNamespace


        def run(config):
            cfg = SimpleNamespace(**config)
            return nn.GRU(4, 4, cfg.layers, dropout=0.5)
    ''')
    (record,) = extract(source, "model.py").calls
    assert not record.call.arguments["num_layers"].known


NESTED = '''
    SEQ2SEQ = {"arch": {"nlayers": LAYERS, "dropout": 0.2}, "nhid": 8}


    def run():
        rnn = nn.LSTM(4, SEQ2SEQ["nhid"], SEQ2SEQ["arch"]["nlayers"], dropout=SEQ2SEQ["arch"]["dropout"])
        return rnn(torch.randn(3, 2, 4))
'''


def test_an_entry_of_a_nested_config_dict():
    bad, good = case(NESTED, LAYERS="1"), case(NESTED, LAYERS="2")
    assert torch_says(bad) == "warns" and torch_says(good) is None
    assert codes(bad).get("LC006") == "warning"
    assert "LC006" not in codes(good)
    (record,) = extract(bad, "model.py").calls
    at = record.call.arguments["num_layers"].origin_at
    assert bad.splitlines()[at.line - 1][at.column - 1:at.end_column - 1] == "1"
    changed = bad.replace("def run():", 'SEQ2SEQ["arch"]["nlayers"] = 2\n\n\ndef run():')
    assert "LC006" not in codes(changed)  # a config the file changes is not read


@pytest.mark.parametrize("change, others_read", [
    ("cfg.layers = 2", True),
    ("cfg.layers += 1", True),
    ("setattr(cfg, 'layers', 2)", True),
    ("vars(cfg)['layers'] = 2", False),  # through the dict: any attribute may change
    ("cfg.__dict__.update(layers=2)", False),
])
def test_an_attribute_the_file_assigns_is_not_read_from_what_built_the_object(change, others_read):
    source = case(f'''
        from types import SimpleNamespace

        cfg = SimpleNamespace(hidden=12, layers=1)
        {change}


        def run():
            return nn.LSTM(10, cfg.hidden, cfg.layers, dropout=0.5)(torch.randn(3, 2, 10))
    ''')
    assert torch_says(source) is None
    assert "LC006" not in codes(source)
    (record,) = extract(source, "model.py").calls
    assert (record.call.arguments["hidden_size"].value == 12) is others_read
    assert not record.call.arguments["num_layers"].known


def test_an_argparse_option_reassigned_after_parsing_is_unknown():
    source = case('''
        def run():
            parser = argparse.ArgumentParser()
            parser.add_argument("--bidirectional", type=int, default=1)
            args = parser.parse_args([])
            print(vars(args))
            args.bidirectional = bool(args.bidirectional)
            return nn.GRU(4, 4, bidirectional=args.bidirectional)(torch.randn(3, 2, 4))
    ''')
    assert torch_says(source) is None
    assert "LC005" not in codes(source)


# --- the length of a list the file writes out: `len(FEATURES)`, `len(lags) + n_time_feats`

LENGTHS = HEADER + textwrap.dedent('''
    FEATURES = ["open", "high", "low", "close"]
    CHANGE


    def lags_for(freq):
        return [1, 2, 3, 7, 14]


    class Forecaster(nn.Module):
        def __init__(self, lags, time_features, hidden=8):
            super().__init__()
            self.lags = lags
            self.rnn = nn.LSTM(len(self.lags) + len(time_features) + len(FEATURES), hidden,
                               batch_first=True)

        def forward(self, x):
            return self.rnn(x)[0]


    def run():
        model = Forecaster(lags_for("5min"), ["hour", "day"])
        return model(torch.randn(2, 6, WIDTH))
''')


@pytest.mark.parametrize("width", [11, 10])
def test_a_size_counted_from_lists_the_file_writes_out(width):
    source = LENGTHS.replace("WIDTH", str(width)).replace("CHANGE", "")
    (record,) = extract(source, "model.py").calls
    assert record.call.arguments["input_size"].value == 11
    expected = torch_says(source)
    assert (expected == "RuntimeError") == (width != 11)
    assert codes(source) == ({"LC008": "error"} if expected else {})


def test_a_list_the_file_resizes_has_no_known_length():
    source = LENGTHS.replace("WIDTH", "12").replace("CHANGE", 'FEATURES.append("volume")')
    assert torch_says(source) is None  # 5 + 2 + 5 features: right, as it runs
    (record,) = extract(source, "model.py").calls
    assert not record.call.arguments["input_size"].known
    assert codes(source) == {}


def test_a_literal_list_passed_at_the_site_has_its_length():
    source = LENGTHS.replace("WIDTH", "9").replace("CHANGE", "").replace(
        'lags_for("5min")', "[1, 2, 24]")
    assert torch_says(source) is None  # 3 + 2 + 4
    (record,) = extract(source, "model.py").calls
    assert record.call.arguments["input_size"].value == 9
    assert codes(source) == {}


# --- a config carried across a module call: `Decoder(config["decoder"])`

CARRIED = HEADER + textwrap.dedent('''
    class Decoder(nn.Module):
        def __init__(self, cfg):
            super().__init__()
            self.rnn = nn.GRU(8, cfg["hidden"], num_layers=cfg["layers"], batch_first=True)

        def forward(self, x, summary):
            return self.rnn(x, summary.unsqueeze(0))[0]


    class Seq2Seq(nn.Module):
        def __init__(self, config):
            super().__init__()
            self.bridge = nn.Linear(6, config["decoder"]["hidden"])
            self.decoder = Decoder(config["decoder"])

        def forward(self, x, features):
            return self.decoder(x, torch.tanh(self.bridge(features)))


    def run():
        model = Seq2Seq({"decoder": {"hidden": 16, "layers": LAYERS}})
        return model(torch.randn(3, 5, 8), torch.randn(3, 6))
''')


@pytest.mark.parametrize("layers", [1, 2])
def test_a_nested_config_entry_passed_to_a_module_reaches_its_layer(layers):
    source = CARRIED.replace("LAYERS", str(layers))
    (gru,) = [r for r in extract(source, "model.py").calls if r.constructor == "GRU"]
    assert gru.call.arguments["num_layers"].value == layers
    expected = torch_says(source)
    assert (expected == "RuntimeError") == (layers == 2)
    assert codes(source).get("LC009") == ("error" if expected else None)


def test_a_nested_config_changed_before_the_site_stays_unknown():
    source = CARRIED.replace("LAYERS", "1").replace(
        "    model = Seq2Seq(", '    config = {"decoder": {"hidden": 16, "layers": 1}}\n'
        '    config["decoder"]["layers"] = 2\n    model = Seq2Seq(config)\n    _ = (')
    assert torch_says(source) == "RuntimeError"
    (gru,) = [r for r in extract(source, "model.py").calls if r.constructor == "GRU"]
    assert not gru.call.arguments["num_layers"].known


# --- PyTorch Lightning: `self.hparams.X` is the __init__ parameter save_hyperparameters() saved

LIGHTNING = textwrap.dedent('''
    import torch
    import torch.nn as nn
    import pytorch_lightning as pl


    class Classifier(pl.LightningModule):
        def __init__(self, n_features, hidden_size=32, bidirectional=BIDIR):
            super().__init__()
            self.save_hyperparameters(SAVED)
            self.lstm = nn.LSTM(self.hparams.n_features, self.hparams.hidden_size,
                                bidirectional=self.hparams["bidirectional"], batch_first=True)
            self.fc = nn.Linear(self.hparams.hidden_size, 2)

        def forward(self, x):
            out, _ = self.lstm(x)
            return self.fc(out[:, -1])


    def run():
        return Classifier(n_features=10)(torch.randn(4, 7, 10))
''')

# what Lightning does, for the oracle only (never part of the scanned file)
LIGHTNING_STANDIN = textwrap.dedent('''
    import inspect
    import types
    import torch.nn as _nn


    class _HParams(dict):
        __getattr__ = dict.__getitem__


    class _Module(_nn.Module):
        def save_hyperparameters(self, *names):
            frame = inspect.currentframe().f_back
            values = inspect.getargvalues(frame).locals
            params = [n for n in inspect.signature(type(self).__init__).parameters if n != "self"]
            object.__setattr__(self, "_saved", _HParams({n: values[n] for n in (names or params)}))

        @property
        def hparams(self):
            return self._saved


    pl = types.SimpleNamespace(LightningModule=_Module)
''')


@pytest.mark.parametrize("bidir", [True, False])
def test_lightning_hparams_are_the_saved_init_parameters(bidir):
    source = LIGHTNING.replace("BIDIR", str(bidir)).replace("SAVED", "")
    ran = LIGHTNING_STANDIN + source.replace("import pytorch_lightning as pl\n", "")
    error, _, _ = run_case(ran)
    assert (error is not None) == bidir
    (record,) = [r for r in extract(source, "model.py").calls if r.constructor == "LSTM"]
    assert record.call.arguments["input_size"].value == 10
    assert codes(source) == ({"LC007": "error"} if bidir else {})


def test_lightning_hparams_not_saved_or_changed_stay_unknown():
    for changed in (LIGHTNING.replace("SAVED", '"n_features"'),
                    LIGHTNING.replace("SAVED", "").replace(
                        "        self.lstm =", "        self.hparams.hidden_size = 8\n        self.lstm =")):
        source = changed.replace("BIDIR", "True")
        (record,) = [r for r in extract(source, "model.py").calls if r.constructor == "LSTM"]
        assert not record.call.arguments["hidden_size"].known


FEATURE_LIST = '''
    FEATURES = ["temp", "humidity"]
    CHANGE

    def run():
        gru = nn.GRU(len(FEATURES), 5)
        return gru(torch.randn(7, 2, 3))
'''


@pytest.mark.parametrize("change", [
    "cols = FEATURES\ncols.append('pressure')",  # an alias of the same list grows it
    "def add(cols):\n    cols.append('pressure')\n\nadd(FEATURES)",  # a helper it is passed to
    "def configure():\n    global FEATURES\n    FEATURES = ['a', 'b', 'c']\n\nconfigure()",
    "class Extra:\n    def __init__(self, names):\n        names.extend(['pressure'])\n\nExtra(FEATURES)",
])
def test_the_length_of_a_list_changed_under_another_name_is_not_known(change):
    """Correct code a reviewer wrote: the list holds 3 names when the GRU is built, so len()
    of what the file first wrote (2) would be a false error."""
    source = case(FEATURE_LIST, CHANGE=change)
    assert torch_says(source) is None
    assert codes(source) == {}
    unchanged = case(FEATURE_LIST, CHANGE="")  # the list as written: 2 features, fed 3
    assert torch_says(unchanged) == "RuntimeError" and codes(unchanged) == {"LC008": "error"}
