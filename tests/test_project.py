"""The project stage: a class defined in one checked file and built with literals in another
(`from .model import Encoder` in train.py) is checked with those literals; torch, running the
very call the other file makes, decides what the finding must be."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from lstmcheck.lint.engine import check_paths
from lstmcheck.records import FileResult, Settings
from tests.cli_run import Lstmcheck
from tests.torch_oracle import run_case

# Dropout on a one-layer LSTM: torch warns; nothing in model.py says how many layers.
DROPOUT_MODEL = textwrap.dedent("""\
    import torch.nn as nn


    class Encoder(nn.Module):
        def __init__(self, vocab, emb, hidden, n_layers, dropout):
            super().__init__()
            self.embedding = nn.Embedding(vocab, emb)
            self.rnn = nn.LSTM(emb, hidden, num_layers=n_layers, dropout=dropout)

        def forward(self, x):
            return self.rnn(self.embedding(x))
    """)
DROPOUT_CALL = "Encoder(vocab=5000, emb=128, hidden=256, n_layers=1, dropout=0.5)"

# States made for one layer, handed to the layer count train.py passes: torch raises.
STATES_MODEL = textwrap.dedent("""\
    import torch
    import torch.nn as nn


    class Tagger(nn.Module):
        def __init__(self, input_size, hidden_size, num_layers):
            super().__init__()
            self.hidden_size = hidden_size
            self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)

        def forward(self, x):
            h0 = torch.zeros(1, x.size(0), self.hidden_size)
            c0 = torch.zeros(1, x.size(0), self.hidden_size)
            out, _ = self.lstm(x, (h0, c0))
            return out
    """)
STATES_CALL = "Tagger(10, 20, 2)"
STATES_RUN = "    model({}) \n    model(torch.zeros(4, 7, 10))\n"


def oracle(model: str, call: str, forward: bool = False) -> tuple[BaseException | None, bool]:
    """What torch does when the other file's call runs against model.py (and, with
    `forward`, a batch of 4 sequences of 7 steps of 10 features goes through)."""
    body = f"    model = {call}\n"
    if forward:
        body += "    model(torch.zeros(4, 7, 10))\n"
    error, warned, _ = run_case(model + "\n\ndef run():\n" + body)
    return error, warned


def package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def results(*paths: Path, jobs: int | None = 1, cache: Path | None = None,
            settings: Settings = Settings()) -> dict[str, FileResult]:
    return {r.path: r
            for r in check_paths([str(p) for p in paths], settings, jobs=jobs, cache_dir=cache)
            if isinstance(r, FileResult)}


def codes(result: FileResult) -> list[str]:
    return [f.code for f in result.findings]


def test_dropout_on_one_layer_passed_from_train_py(tmp_path: Path) -> None:
    error, warned = oracle(DROPOUT_MODEL, DROPOUT_CALL)
    assert error is None and warned  # torch warns: dropout needs num_layers > 1
    root = package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/model.py": DROPOUT_MODEL,
        "pkg/train.py": f"from .model import Encoder\n\nencoder = {DROPOUT_CALL}\n",
    })
    alone = results(root / "pkg/model.py")
    assert codes(alone[str(root / "pkg/model.py")]) == []  # model.py alone cannot know
    found = results(root / "pkg")
    model = found[str(root / "pkg/model.py")]
    assert codes(model) == ["LC006"]
    (finding,) = model.findings
    assert f"{root / 'pkg/train.py'}:3" in finding.message  # where the values come from
    (note,) = [r for r in finding.related if r.path != finding.path]
    assert (note.path, note.location.line, note.location.column) == (
        str(root / "pkg/train.py"), 3, 11)  # the call that builds it, as a note
    assert finding.location.line == 8  # on the layer, in model.py
    assert codes(found[str(root / "pkg/train.py")]) == []


def test_states_for_the_wrong_layer_count(tmp_path: Path) -> None:
    error, _ = oracle(STATES_MODEL, STATES_CALL, forward=True)
    assert isinstance(error, RuntimeError) and "Expected hidden" in str(error)
    root = package(tmp_path, {
        "model.py": STATES_MODEL,
        "train.py": f"import torch\nfrom model import Tagger\n\nmodel = {STATES_CALL}\n",
    })
    found = results(root)
    (finding,) = found[str(root / "model.py")].findings
    assert (finding.code, finding.severity, finding.location.line) == ("LC009", "error", 12)
    assert "(2, N, 20)" in finding.message  # torch: Expected hidden[0] size (2, 4, 20)
    assert "(2, 4, 20)" in str(error)
    assert [(r.path, r.location.line) for r in finding.related if r.path != finding.path] \
        == [(str(root / "train.py"), 4)]
    assert results(root / "model.py")[str(root / "model.py")].findings == ()


def test_a_finding_of_the_file_alone_gets_no_note(tmp_path: Path) -> None:
    model = DROPOUT_MODEL + "\n\nlstm = nn.LSTM(10)\n"  # LC001 whatever train.py does
    root = package(tmp_path, {"pkg/model.py": model,
                              "pkg/train.py": f"from .model import Encoder\nx = {DROPOUT_CALL}\n"})
    alone = results(root / "pkg/model.py")[str(root / "pkg/model.py")].findings
    together = results(root)[str(root / "pkg/model.py")].findings
    assert [f.code for f in alone] == ["LC001"]
    assert sorted(f.code for f in together) == ["LC001", "LC006"]
    assert [f for f in together if f.code == "LC001"] == list(alone)  # no note added


def test_a_right_call_stays_silent(tmp_path: Path) -> None:
    call = "Encoder(vocab=5000, emb=128, hidden=256, n_layers=2, dropout=0.5)"
    error, warned = oracle(DROPOUT_MODEL, call)
    assert error is None and not warned
    root = package(tmp_path, {
        "pkg/model.py": DROPOUT_MODEL,
        "pkg/train.py": f"from pkg.model import Encoder\n\nencoder = {call}\n",
    })
    assert all(r.findings == () for r in results(root).values())


@pytest.mark.parametrize("imports, call", [
    ("from .model import Encoder", "Encoder"),
    ("from pkg.model import Encoder", "Encoder"),
    ("from pkg.model import Encoder as Enc", "Enc"),
    ("import pkg.model as m", "m.Encoder"),
    ("import pkg.model", "pkg.model.Encoder"),
    ("from . import model", "model.Encoder"),
    ("from pkg import model", "model.Encoder"),
    ("from pkg import (  # the model\n    tools,\n    model,\n)", "model.Encoder"),
])
def test_each_way_to_import_the_class_is_followed(tmp_path: Path, imports: str,
                                                  call: str) -> None:
    site = DROPOUT_CALL.replace("Encoder", call)
    root = package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/model.py": DROPOUT_MODEL,
        "pkg/train.py": f"{imports}\n\n\ndef main():\n    return {site}\n",
    })
    assert codes(results(root)[str(root / "pkg/model.py")]) == ["LC006"]


@pytest.mark.parametrize("train", [
    # another module's class of the same name: never guessed by name
    f"from other.model import Encoder\n\nencoder = {DROPOUT_CALL}\n",
    f"from .models import Encoder\n\nencoder = {DROPOUT_CALL}\n",
    # the name bound twice: which class is built is not certain
    f"from .model import Encoder\ntry:\n    from fast import Encoder\nexcept ImportError:\n"
    f"    pass\n\nencoder = {DROPOUT_CALL}\n",
    # defined here, not imported
    f"import torch.nn as nn\n\n\nclass Encoder(nn.Module):\n    pass\n\n\nencoder = {DROPOUT_CALL}\n",
    # a value the file does not know, *args, a ** of unknown entries
    "import sys\nfrom .model import Encoder\n\n"
    "encoder = Encoder(5000, 128, 256, 1, float(sys.argv[1]))\n",
    "from .model import Encoder\n\nargs = (5000, 128, 256, 1, 0.5)\nencoder = Encoder(*args)\n",
    "import json\nfrom .model import Encoder\n\nencoder = Encoder(**json.load(open('c.json')))\n",
    # a call that would not bind (TypeError at run time): not our finding
    "from .model import Encoder\n\nencoder = Encoder(5000, 128, 256, 1, 0.5, 7)\n",
])
def test_what_cannot_be_resolved_for_certain_is_ignored(tmp_path: Path, train: str) -> None:
    root = package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/model.py": DROPOUT_MODEL,
        "pkg/other/__init__.py": "",
        "pkg/other/model.py": "class Encoder:\n    pass\n",
        "pkg/train.py": train,
    })
    found = results(root)
    assert all(r.findings == () for r in found.values()), found


def test_dict_literal_and_module_constants_reach_the_other_file(tmp_path: Path) -> None:
    train = textwrap.dedent("""\
        from .model import Encoder

        LAYERS = 1
        CONFIG = {"vocab": 5000, "emb": 128, "hidden": 256, "dropout": 0.5}
        encoder = Encoder(n_layers=LAYERS, **CONFIG)
        """)
    root = package(tmp_path, {"pkg/model.py": DROPOUT_MODEL, "pkg/train.py": train})
    assert codes(results(root)[str(root / "pkg/model.py")]) == ["LC006"]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Lstmcheck:
    return Lstmcheck(monkeypatch, capsys)


def test_json_of_a_single_file_is_unchanged(tmp_path: Path, cli: Lstmcheck) -> None:
    buggy = DROPOUT_MODEL + "\n\nencoder = Encoder(5000, 128, 256, 1, 0.5)\n"
    root = package(tmp_path, {"pkg/model.py": buggy})

    def json_of(*paths: str) -> list[dict]:
        run = cli("check", "--no-cache", "--output-format", "json", *paths, cwd=root)
        assert run.code == 1, run.stderr
        return json.loads(run.stdout)

    before = json_of("pkg/model.py")
    (root / "pkg/train.py").write_text(f"from .model import Encoder\nx = {DROPOUT_CALL}\n")
    assert json_of("pkg/model.py") == before  # another file is no input unless it is checked
    together = json_of("pkg")
    assert [f["code"] for f in before] == ["LC006"]
    assert [f["code"] for f in together] == ["LC006"]
    assert set(together[0]) == set(before[0])  # the same fields


def test_the_cache_sees_a_changed_literal_in_the_other_file(tmp_path: Path) -> None:
    root = package(tmp_path, {"pkg/model.py": DROPOUT_MODEL,
                              "pkg/train.py": f"from .model import Encoder\nx = {DROPOUT_CALL}\n"})
    cache = tmp_path / "cache"
    model = str(root / "pkg/model.py")
    assert codes(results(root, cache=cache)[model]) == ["LC006"]
    assert codes(results(root, cache=cache)[model]) == ["LC006"]  # from the cache
    (root / "pkg/train.py").write_text(
        f"from .model import Encoder\nx = {DROPOUT_CALL.replace('n_layers=1', 'n_layers=2')}\n")
    assert codes(results(root, cache=cache)[model]) == []
    (root / "pkg/train.py").write_text(f"from .model import Encoder\nx = {DROPOUT_CALL}\n")
    assert codes(results(root, cache=cache)[model]) == ["LC006"]
    assert codes(results(root / "pkg/model.py", cache=cache)[model]) == []  # alone again


def test_jobs_and_order_change_nothing(tmp_path: Path) -> None:
    files = {f"pkg/layer{i:02}.py": f"import torch.nn as nn\nrnn = nn.GRU({i + 1}, 8)\n"
             for i in range(40)}
    files["pkg/model.py"] = DROPOUT_MODEL
    files["pkg/train.py"] = f"from .model import Encoder\nx = {DROPOUT_CALL}\n"
    root = package(tmp_path, files)
    one = list(check_paths([str(root)], Settings(), jobs=1))
    two = list(check_paths([str(root)], Settings(), jobs=2))
    assert one == two
    assert codes(next(r for r in one if r.path.endswith("model.py"))) == ["LC006"]


def test_a_value_resting_on_an_argparse_default_is_a_warning(tmp_path: Path) -> None:
    train = textwrap.dedent("""\
        import argparse

        from model import Tagger

        parser = argparse.ArgumentParser()
        parser.add_argument("--layers", type=int, default=2)
        args = parser.parse_args()
        model = Tagger(10, 20, args.layers)
        """)
    root = package(tmp_path, {"model.py": STATES_MODEL, "train.py": train})
    (finding,) = results(root)[str(root / "model.py")].findings
    assert (finding.code, finding.severity) == ("LC009", "warning")  # --layers may be given


def test_verify_confirms_what_another_file_builds(tmp_path: Path) -> None:
    root = package(tmp_path, {
        "model.py": STATES_MODEL,
        "train.py": f"from model import Tagger\n\nmodel = {STATES_CALL}\n",
    })
    (finding,) = results(root, settings=Settings(verify=True))[str(root / "model.py")].findings
    assert finding.code == "LC009" and finding.verify is not None
    assert finding.verify.status == "confirmed", finding.verify


def test_an_import_that_could_mean_two_checked_files_is_not_followed(tmp_path: Path) -> None:
    """`from model import Encoder` in a/sub/train.py is a/sub/model.py run as a script, and
    a/model.py run from `a`: not followed. A relative import means its own folder's."""
    files = {name: DROPOUT_MODEL for name in ("a/model.py", "a/sub/model.py", "b/model.py")}
    files["a/sub/train.py"] = f"from model import Encoder\nx = {DROPOUT_CALL}\n"
    files["b/train.py"] = f"from .model import Encoder\nx = {DROPOUT_CALL}\n"
    root = package(tmp_path, files)
    found = results(root / "a", root / "b")
    assert codes(found[str(root / "a/model.py")]) == []
    assert codes(found[str(root / "a/sub/model.py")]) == []
    assert codes(found[str(root / "b/model.py")]) == ["LC006"]
    (finding,) = found[str(root / "b/model.py")].findings
    assert [r.path for r in finding.related if r.path != finding.path] \
        == [str(root / "b/train.py")]


def test_a_fix_made_for_another_files_values_is_never_safe() -> None:
    from lstmcheck.lint.project import noted
    from lstmcheck.records import BuildSite, Edit, FileFacts, Finding, Fix, Location

    at = Location(9, 5, 9, 20)
    fix = Fix("make it so", (Edit(at, "x"),), safe=True)
    own = Finding("LC001", "n", "error", "m.py", Location(3, 1, 3, 9), "mine", fix=fix)
    theirs = Finding("LC006", "n", "warning", "m.py", at, "theirs", fix=fix)
    site = BuildSite(1, ("m",), "Encoder", 4, path="t.py", location=Location(4, 3, 4, 30))
    out = noted([own, theirs], [own], (site,), FileFacts())
    assert out[0] == own  # the file alone has it: no note, its fix as it was
    assert out[1].fix == Fix("make it so", (Edit(at, "x"),), safe=False)
    assert [(r.path, r.location.line) for r in out[1].related] == [("t.py", 4)]


GUARDED_MODEL = textwrap.dedent("""\
    import torch


    class Encoder(torch.nn.Module):
        def __init__(self, idim, elayers=1, eunits=512, dropout=0.0):
            super().__init__()
            if elayers > 0 and not idim is None:
                self.blstm = torch.nn.LSTM(idim, eunits // 2, elayers, dropout=dropout)
            else:
                self.blstm = None
    """)


@pytest.mark.parametrize("call, expected", [
    ("Encoder(10, elayers=0)", []),  # no LSTM is built: not num_layers=0
    ("Encoder(10, elayers=1, dropout=0.5)", ["LC006"]),
    ("Encoder(10, 2, dropout=0.5)", []),
])
def test_a_call_that_steers_init_past_its_layer_is_not_judged_there(
        tmp_path: Path, call: str, expected: list[str]) -> None:
    error, warned = oracle(GUARDED_MODEL, call)
    assert error is None and warned == bool(expected)
    root = package(tmp_path, {"p/enc.py": GUARDED_MODEL,
                              "p/use.py": f"from .enc import Encoder\n\nenc = {call}\n"})
    assert codes(results(root)[str(root / "p/enc.py")]) == expected


KIND_MODEL = textwrap.dedent("""\
    import torch
    from torch import nn


    class Enc(nn.Module):
        def __init__(self, rnn_type, emb, hidden, layers, bidirectional):
            super().__init__()
            self.hidden, self.layers = hidden, layers
            if rnn_type == "lstm":
                self.rnn = nn.LSTM(emb, hidden, layers, bidirectional=bidirectional)
            else:
                self.rnn = nn.GRU(emb, hidden, layers, bidirectional=bidirectional)

        def forward(self, x):
            h0 = torch.zeros(self.layers, x.size(1), self.hidden)
            return self.rnn(x, h0)
    """)


def test_a_layer_chosen_by_an_argument_is_checked_as_the_other_file_builds_it(
        tmp_path: Path) -> None:
    # the seq2seq repositories' `rnn_type` layout (new-user trial 7: passed silently)
    call = 'Enc("gru", 32, 64, 2, True)'
    error, _, _ = run_case(KIND_MODEL + f"\n\ndef run():\n    {call}(torch.zeros(5, 3, 32))\n")
    assert isinstance(error, RuntimeError) and "Expected hidden size (4, 3, 64)" in str(error)
    root = package(tmp_path, {"models/enc.py": KIND_MODEL,
                              "train.py": f"from models.enc import Enc\nenc = {call}\n"})
    found = results(root / "models/enc.py", root / "train.py")[str(root / "models/enc.py")]
    errors = [f for f in found.findings if f.severity == "error"]
    assert [(f.code, f.location.line) for f in errors] == [("LC009", 15)]  # the zeros
    assert "when rnn_type='gru'" in errors[0].message and "(4, N, 64)" in errors[0].message
    # the LSTM branch, which no call builds, is at most a warning
    assert all(f.severity == "warning" for f in found.findings if "rnn_type='lstm'" in f.message)


def test_the_plan_asks_only_files_whose_imports_name_the_module(tmp_path: Path) -> None:
    from lstmcheck.lint.project import called_names, plan, text_facts

    texts = {
        "pkg/model.py": DROPOUT_MODEL + "\n\nclass Vocab:\n    pass\n",
        "pkg/train.py": f"from pkg.model import Encoder, Vocab\nx = {DROPOUT_CALL}\n",
        "pkg/alias.py": "from .model import Encoder as E\nx = E(1, 2, 3, 1, 0.5)\n",
        "pkg/module.py": "import pkg.model as m\nx = m.Encoder(1, 2, 3, 1, 0.5)\n",
        "pkg/other.py": f"from torch.utils.model import Encoder\nx = {DROPOUT_CALL}\n",
        "pkg/unused.py": "from .model import Encoder\n",
        "pkg/plain.py": "import os\nx = os.getcwd()\n",
    }
    root = package(tmp_path, texts)
    made = plan({root / name: text_facts(text.encode()) for name, text in texts.items()},
                lambda path: called_names(texts[path.relative_to(root).as_posix()].encode()))
    assert made.receivers == {root / "pkg/model.py"}
    assert made.wanted == {root / f"pkg/{name}.py": frozenset({"Encoder"})
                           for name in ("train", "alias", "module")}  # Vocab names no layer
