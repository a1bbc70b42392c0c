"""Data sizes the file decides against the configured size (LC008): an embedding width read
from the name of the vectors' file (`int(name.rsplit(".", 2)[-2][:-1])` of
"glove.6B.100d.txt", the string methods and slices the resolver follows on strings the file
writes) meets a recurrent layer sized from a configured constant, and the finding sits where
the configured number is written. torch is the oracle: each case runs, and raises exactly
when a `# expect:` marker is in it.

Modelled on real reports: SQLNet's condition predictor built for N_word=300 while the vectors
in use were 100-d ("Expected 300, got 100", xiaojunxu/SQLNet#59), deepmatcher's summarizer kept
at word_dim=100 with glove.6B.50d (anhaidgroup/deepmatcher#83, bug_038), and a style-transfer
model whose embedding_size option disagreed with the GloVe file (p-kar/text-style-transfer-gan#5).
"""

from __future__ import annotations

import re

import pytest

from lstmcheck.lint.engine import check_source

_SQLNET = '''import torch
import torch.nn as nn

GLOVE = "glove/glove.6B.100d.txt"


def word_dim(path):
    """The vectors' width, as the file's name says it ("100d")."""
    return int(path.rsplit(".", 2)[-2][:-1])


N_WORD = {n_word}
N_H = 16


class WordEmbedding(nn.Module):
    def __init__(self, path, vocab=50):
        super().__init__()
        self.emb = nn.Embedding(vocab, word_dim(path))

    def forward(self, tokens):
        return self.emb(tokens)


class CondPredictor(nn.Module):
    def __init__(self, N_word, N_h):
        super().__init__()
        self.cond_lstm = nn.LSTM(N_word, N_h // 2, batch_first=True, bidirectional=True)

    def forward(self, x_emb):
        out, _ = self.cond_lstm(x_emb)
        return out


def run():
    embed = WordEmbedding(GLOVE)
    model = CondPredictor(N_WORD, N_H)
    return model(embed(torch.randint(0, 50, (2, 7))))


run()
'''

_STYLE = '''import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--glove_path", default="data/glove.840B.{width}d.txt")
parser.add_argument("--embedding_size", type=int, default={size})
parser.add_argument("--hidden_size", type=int, default=12)


class LanguageModel(nn.Module):
    def __init__(self, opts):
        super().__init__()
        width = int(opts.glove_path.split(".")[2][:-1])
        self.embedding = nn.Embedding(40, width)
        self.rnn = nn.GRU(opts.embedding_size, opts.hidden_size)

    def forward(self, tokens):
        return self.rnn(self.embedding(tokens))


LanguageModel(parser.parse_args([]))(torch.randint(0, 40, (6, 2)))
'''

CASES = {
    # the configured 300 against the 100-d vectors: fixed where N_WORD is written (line 12)
    "sqlnet_n_word_300_vectors_100d": (_SQLNET.format(n_word=300), {(12, "LC008")}),
    "sqlnet_n_word_from_the_vectors": (_SQLNET.format(n_word="word_dim(GLOVE)"), set()),
    "sqlnet_n_word_100": (_SQLNET.format(n_word=100), set()),
    # the option says 300, the vectors' file 200: fixed at the option's default (line 8)
    "style_embedding_size_300_glove_200d": (_STYLE.format(width=200, size=300), {(8, "LC008")}),
    "style_embedding_size_matches": (_STYLE.format(width=300, size=300), set()),
}


def _torch_raises(source: str) -> bool:
    torch = pytest.importorskip("torch")
    try:
        with torch.no_grad():
            exec(compile(source, "<case>", "exec"), {"__name__": "case"})
    except RuntimeError as exc:
        assert re.search(r"input.size\(-1\) must be equal to input_size", str(exc)), exc
        return True
    return False


@pytest.mark.parametrize("name", sorted(CASES))
def test_torch_raises_exactly_where_marked(name):
    source, expected = CASES[name]
    assert _torch_raises(source) == bool(expected), name


@pytest.mark.parametrize("name", sorted(CASES))
def test_findings_at_the_configured_size(name):
    source, expected = CASES[name]
    found = {(f.location.line, f.code) for f in check_source(source.encode(), f"{name}.py").findings
             if f.severity == "error"}
    assert found == expected, name


def test_sizes_the_file_cannot_see_stay_unknown():
    """A width read from the vectors' file itself (the file is not the linter's to open) is
    no size: nothing is said whatever the configuration."""
    source = '''import torch.nn as nn

N_WORD = 300


def word_dim(path):
    with open(path) as lines:
        return len(next(lines).split()) - 1


class Model(nn.Module):
    def __init__(self, path):
        super().__init__()
        self.emb = nn.Embedding(50, word_dim(path))
        self.rnn = nn.LSTM(N_WORD, 8)

    def forward(self, tokens):
        return self.rnn(self.emb(tokens))
'''
    assert check_source(source.encode(), "unseen.py").findings == ()


def test_string_pieces_the_resolver_reads():
    """Pieces of strings the file writes, as Python gives them (a split with a limit, negative
    indices, slices); a piece Python would not give (an index out of range) stays unknown."""
    from lstmcheck.lint.extract import extract

    source = '''import torch.nn as nn

NAME = "glove.6B.50d"
a = nn.LSTM(int(NAME.rsplit(".", 1)[1][:-1]), 4)
b = nn.LSTM(int(NAME.split(".")[-1][:2]), 4)
c = nn.LSTM(len(NAME.split(".")), 4)
d = nn.LSTM(int(NAME.split(".")[7][:-1]), 4)
'''
    records = {r.location.line: r for r in extract(source, "pieces.py").calls}
    sizes = {line: r.call.arguments["input_size"] for line, r in records.items()}
    assert [sizes[line].value for line in (4, 5)] == [50, 50]
    assert sizes[6].known is False or sizes[6].value == 3
    assert sizes[7].known is False
