"""Sizes equal only by coincidence (issue 11, item 5): a warning naming the condition.

Each case is a real report rebuilt small, keeping the author's structure: the file's two knobs
have the same value, so torch runs it; give them different values and torch crashes (torch is
the oracle for both). The linter warns once, at the size made from the wrong source, naming
the knobs; the fixed file, where one size is made from the right knob, gets no warning and runs
with any values.
"""

from __future__ import annotations

import pytest

from lstmcheck.lint.engine import check_source
from lstmcheck.records import Settings
from tests.test_diagnosis import torch_runs

# Dive-into-DL-PyTorch issue 72 (ShusenTang/Dive-into-DL-PyTorch#72): the attention decoder's GRU
# takes 2 * embed_size, fed the embedding concatenated with a context of num_hiddens features.
D2L = '''import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.rnn = nn.GRU(embed_size, num_hiddens, num_layers)

    def forward(self, x):
        return self.rnn(self.embedding(x))


class Decoder(nn.Module):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.rnn = nn.GRU(2 * embed_size, num_hiddens, num_layers)
        self.out = nn.Linear(num_hiddens, vocab_size)

    def forward(self, cur_input, state, enc_states):
        c = enc_states.mean(dim=0)
        input_and_c = torch.cat((self.embedding(cur_input), c), dim=1)
        output, state = self.rnn(input_and_c.unsqueeze(0), state)
        return self.out(output).squeeze(0), state


embed_size, num_hiddens, num_layers = {A}, {B}, 2
encoder = Encoder(100, embed_size, num_hiddens, num_layers)
decoder = Decoder(100, embed_size, num_hiddens, num_layers)
enc_states, state = encoder(torch.randint(0, 100, (7, 4)))
decoder(torch.randint(0, 100, (4,)), state, enc_states)
'''

# MaximumEntropy/Seq2Seq-PyTorch#5: the encoder's cell state goes to the decoder unbridged while
# its hidden state goes through encoder2decoder; it runs only while dim == dim_trg (also
# tests/realbugs/bug_087, whose configuration makes them differ).
SEQ2SEQ = '''import torch
import torch.nn as nn

config = {"dim": {A}, "dim_trg": {B}, "dim_word": 12, "n_words": 40}


class Seq2Seq(nn.Module):
    def __init__(self, emb_dim, vocab_size, src_hidden_dim, trg_hidden_dim):
        super().__init__()
        self.src_embedding = nn.Embedding(vocab_size, emb_dim)
        self.trg_embedding = nn.Embedding(vocab_size, emb_dim)
        self.encoder = nn.LSTM(emb_dim, src_hidden_dim, 1, batch_first=True)
        self.decoder = nn.LSTM(emb_dim, trg_hidden_dim, 1, batch_first=True)
        self.encoder2decoder = nn.Linear(src_hidden_dim, trg_hidden_dim)

    def forward(self, input_src, input_trg):
        src_h, (src_h_t, src_c_t) = self.encoder(self.src_embedding(input_src))
        h_t = src_h_t[-1]
        c_t = src_c_t[-1]
        decoder_init_state = torch.tanh(self.encoder2decoder(h_t))
        trg_h, _ = self.decoder(
            self.trg_embedding(input_trg),
            (decoder_init_state.view(1, decoder_init_state.size(0), decoder_init_state.size(1)),
             c_t.view(1, c_t.size(0), c_t.size(1))),
        )
        return trg_h


model = Seq2Seq(config["dim_word"], config["n_words"], config["dim"], config["dim_trg"])
model(torch.randint(1, 40, (3, 9)), torch.randint(1, 40, (3, 6)))
'''

# Stonesjtu/Pytorch-NCE (the IndexGRU of tests/realbugs/bug_076): the noise embeddings, ninp
# wide, are viewed with self.nhid as their feature size for the GRU built for ninp.
NCE = '''import torch
import torch.nn as nn

EMSIZE = {A}
NHID = {B}


class IndexGRU(nn.Module):
    def __init__(self, ntoken, ninp, nhid):
        super(IndexGRU, self).__init__()
        self.nhid = nhid
        self.ninp = ninp
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.GRU(ninp, nhid, num_layers=1, batch_first=True)
        self.scorer = nn.Linear(nhid, 1)

    def forward(self, target_idx, noise_idx):
        input_emb = self.encoder(target_idx)
        noise_emb = self.encoder(noise_idx.view(-1))
        rnn_output, _ = self.rnn(input_emb)
        batched = rnn_output[:, 1:].unsqueeze(2).expand(
            -1, -1, noise_idx.size(2), -1).contiguous().view(1, -1, self.nhid)
        neg_output, _ = self.rnn(noise_emb.view(-1, 1, self.nhid), batched)
        return self.scorer(rnn_output), self.scorer(neg_output)


model = IndexGRU(50, EMSIZE, NHID)
model(torch.randint(0, 50, (2, 6)), torch.randint(0, 50, (2, 5, 4)))
'''

# jihunchoi/recurrent-batch-normalization-pytorch#6: the second layer's cell is built for
# hidden_size features, yet forward hands every layer the model's input (input_size wide).
STACKED = '''import torch
from torch import nn

INPUT_SIZE = {A}
HIDDEN_SIZE = {B}


class TwoLayer(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.cell0 = nn.LSTMCell(input_size, hidden_size)
        self.cell1 = nn.LSTMCell(hidden_size, hidden_size)

    def forward(self, input_):
        max_time, batch_size, _ = input_.size()
        hx0 = (input_.new_zeros(batch_size, self.hidden_size), input_.new_zeros(batch_size, self.hidden_size))
        hx1 = (input_.new_zeros(batch_size, self.hidden_size), input_.new_zeros(batch_size, self.hidden_size))
        for t in range(max_time):
            hx0 = self.cell0(input_[t], hx0)
            hx1 = self.cell1(input_[t], hx1)
        return hx1[0]


model = TwoLayer(INPUT_SIZE, HIDDEN_SIZE)
model(torch.randn(5, 3, INPUT_SIZE))
'''

# name: (template, code, the line warned at, the knobs named, the buggy text -> the fix)
CASES = {
    "d2l-decoder-input-doubles-embed-size": (
        D2L, "LC008", 19, "num_hiddens == embed_size",
        ("nn.GRU(2 * embed_size,", "nn.GRU(embed_size + num_hiddens,")),
    "seq2seq-cell-state-handed-unbridged": (
        SEQ2SEQ, "LC009", 24, "src_hidden_dim == trg_hidden_dim",
        ("c_t = src_c_t[-1]", "c_t = torch.tanh(self.encoder2decoder(src_c_t[-1]))")),
    "nce-noise-viewed-with-the-hidden-size": (
        NCE, "LC008", 23, "nhid == ninp",
        ("noise_emb.view(-1, 1, self.nhid)", "noise_emb.view(-1, 1, self.ninp)")),
    "stacked-cell-fed-the-model-input": (
        STACKED, "LC008", 13, "input_size == hidden_size",
        ("self.cell1(input_[t], hx1)", "self.cell1(hx0[0], hx1)")),
}


def _filled(template: str, a: int, b: int) -> str:
    return template.replace("{A}", str(a)).replace("{B}", str(b))


def _findings(source: str):
    return check_source(source.encode(), "case.py", Settings()).findings


def _coincidences(source: str):
    return [f for f in _findings(source) if "equal only by coincidence" in f.message]


@pytest.mark.parametrize("name", sorted(CASES))
def test_torch_runs_equal_knobs_and_crashes_on_different_ones(name: str) -> None:
    template, *_, (bug, fix) = CASES[name]
    assert torch_runs(_filled(template, 16, 16)) is None
    assert torch_runs(_filled(template, 16, 24)) is not None
    fixed = template.replace(bug, fix)
    assert fixed != template
    assert torch_runs(_filled(fixed, 16, 24)) is None, "the fix must run with any values"


@pytest.mark.parametrize("name", sorted(CASES))
def test_one_warning_at_the_wrong_source_naming_the_knobs(name: str) -> None:
    template, code, line, condition, _ = CASES[name]
    source = _filled(template, 16, 16)
    (finding,) = _findings(source)
    assert (finding.code, finding.severity, finding.location.line) == (code, "warning", line), \
        finding.message
    assert f"works only while {condition} (both 16 here)" in finding.message
    assert any(r.message.startswith("tensors meet here") for r in finding.related)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_fixed_file_gets_no_warning(name: str) -> None:
    template, *_, (bug, fix) = CASES[name]
    assert not _findings(_filled(template.replace(bug, fix), 16, 16))


@pytest.mark.parametrize("name", sorted(CASES))
def test_knobs_that_differ_are_not_called_a_coincidence(name: str) -> None:
    """With different values the flow's sizes differ: an error where the flow sees it (not
    this warning), never a coincidence."""
    template, *_ = CASES[name]
    assert not _coincidences(_filled(template, 16, 24))


def test_one_knob_used_twice_is_no_coincidence() -> None:
    """Both sizes made from the same literal move together: nothing to say."""
    source = _filled(D2L, 16, 16).replace(
        "embed_size, num_hiddens, num_layers = 16, 16, 2",
        "embed_size = 16\nnum_hiddens = embed_size\nnum_layers = 2")
    assert torch_runs(source) is None
    assert not _coincidences(source)


# dmlc/mxnet-notebooks#2 ("dimension mismatch in LSTM tutorial when num_embed != num_hidden"),
# rebuilt with torch's layers: every stacked layer is built for the embedding's size, so the
# second reads num_hidden features where it wants num_embed. No site builds the model: the
# sizes stay names, and the condition is said in them.
STACK_OF_NAMES = '''import torch
from torch import nn


class LanguageModel(nn.Module):
    def __init__(self, vocab, num_embed, num_hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, num_embed)
        self.lstm1 = nn.LSTM(num_embed, num_hidden)
        self.lstm2 = nn.LSTM(num_embed, num_hidden)
        self.decode = nn.Linear(num_hidden, vocab)

    def forward(self, x):
        out, _ = self.lstm1(self.embed(x))
        out, _ = self.lstm2(out)
        return self.decode(out)
'''


def test_sizes_in_names_say_the_condition_in_names() -> None:
    (finding,) = _findings(STACK_OF_NAMES)
    assert (finding.code, finding.severity, finding.location.line) == ("LC008", "warning", 10)
    assert "works only while num_hidden == num_embed" in finding.message
    run = "\nLanguageModel(50, {}, {})(torch.randint(0, 50, (7, 3)))\n"
    assert torch_runs(STACK_OF_NAMES + run.format(16, 16)) is None
    assert torch_runs(STACK_OF_NAMES + run.format(16, 24)) is not None
    fixed = STACK_OF_NAMES.replace("self.lstm2 = nn.LSTM(num_embed,", "self.lstm2 = nn.LSTM(num_hidden,")
    assert torch_runs(fixed + run.format(16, 24)) is None
    assert not _findings(fixed)


def test_defaults_of_one_value_are_named_in_the_warning() -> None:
    source = STACK_OF_NAMES.replace("num_embed, num_hidden):", "num_embed=32, num_hidden=32):")
    (finding,) = _findings(source)
    assert "works only while num_hidden == num_embed (both 32 here)" in finding.message


def test_one_name_in_two_classes_is_one_quantity() -> None:
    """`hidden` of an encoder and of a decoder: the same name by design, not two knobs."""
    source = '''import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self, emb, hidden):
        super().__init__()
        self.rnn = nn.GRU(emb, hidden)

    def forward(self, x):
        return self.rnn(x)


class Decoder(nn.Module):
    def __init__(self, emb, hidden):
        super().__init__()
        self.rnn = nn.GRU(emb, hidden)

    def forward(self, y, h):
        return self.rnn(y, h)


class Seq2Seq(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, x, y):
        _, h = self.encoder(x)
        return self.decoder(y, h)
'''
    assert not _coincidences(source)


def test_a_module_built_with_the_layers_size_is_no_coincidence() -> None:
    """stanza's LSTMAttention (seq2seq_modules.py) builds its attention with the cell's
    hidden_size, which the attention calls `dim`: two names of one size, tied where the
    attention is built (a false warning of a first draft, on real code)."""
    source = '''import torch
from torch import nn


class Attention(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.linear_in = nn.Linear(dim, dim, bias=False)

    def forward(self, input):
        return self.linear_in(input)


class LSTMAttention(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.lstm_cell = nn.LSTMCell(input_size, hidden_size)
        self.attention_layer = Attention(hidden_size)

    def forward(self, input, hidden):
        output = []
        for i in range(input.size(0)):
            hidden = self.lstm_cell(input[i], hidden)
            hy, cy = hidden
            output.append(self.attention_layer(hy))
        return torch.stack(output, 0)
'''
    run = "\nLSTMAttention(8, 24)(torch.randn(5, 3, 8), (torch.zeros(3, 24), torch.zeros(3, 24)))\n"
    assert torch_runs(source + run) is None
    assert not _findings(source)


# meijieru/crnn.pytorch models/crnn.py (copied into many OCR repositories): a stack of one
# module class built with other sizes per instance. The second instance's nIn is the first's
# nOut by the caller's own `nh`, a fact of the sites, not of the class's parameter names.
CRNN_STACK = '''import torch
import torch.nn as nn


class BidirectionalLSTM(nn.Module):
    def __init__(self, nIn, nHidden, nOut):
        super().__init__()
        self.rnn = nn.LSTM(nIn, nHidden, bidirectional=True)
        self.embedding = nn.Linear(nHidden * 2, nOut)

    def forward(self, input):
        recurrent, _ = self.rnn(input)
        T, b, h = recurrent.size()
        output = self.embedding(recurrent.view(T * b, h))
        return output.view(T, b, -1)


class Head(nn.Module):
    def __init__(self, nclass, nh):
        super().__init__()
        self.rnn = nn.Sequential(
            BidirectionalLSTM(512, nh, nh),
            BidirectionalLSTM(nh, nh, nclass))

    def forward(self, conv):
        return self.rnn(conv)
'''


def test_an_earlier_instances_output_is_no_coincidence_of_this_ones_names() -> None:
    # no site in the file: the sizes stay the class's names, as in the original module
    assert torch_runs(CRNN_STACK + "\nHead(11, 32)(torch.randn(6, 2, 512))\n") is None
    assert not _findings(CRNN_STACK), [f.message for f in _findings(CRNN_STACK)]
