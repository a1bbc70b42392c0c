"""A Linear fed a `torch.cat` that joins a recurrent result with other features (flow/mixed.py,
rules/joined_heads.py): Bahdanau-style attention over a bidirectional encoder's outputs, and a
Skim-RNN gate over `cat(x, h, c)` of an LSTMCell. torch runs each case; LC007 reports an error
exactly when torch raises, at the head's in_features."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from tests.torch_oracle import run_case

# Shaped after the Bahdanau attention of the classic seq2seq tutorials (an encoder GRU over
# the source, the decoder's hidden state repeated over the steps and joined to its outputs).
ATTENTION = '''import torch
import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self, vocab, emb_dim, enc_hid_dim, bidirectional):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb_dim)
        self.rnn = nn.GRU(emb_dim, enc_hid_dim, batch_first=True, bidirectional=bidirectional)

    def forward(self, src):
        outputs, hidden = self.rnn(self.embedding(src))
        return outputs, hidden


class Attention(nn.Module):
    def __init__(self, encoder, enc_hid_dim, dec_hid_dim):
        super().__init__()
        self.encoder = encoder
        self.attn = nn.Linear(HEAD, dec_hid_dim)
        self.v = nn.Linear(dec_hid_dim, 1, bias=False)

    def forward(self, src, hidden):
        encoder_outputs, _ = self.encoder(src)
        src_len = encoder_outputs.shape[1]
        hidden = hidden.unsqueeze(1).repeat(1, src_len, 1)
        energy = torch.tanh(self.attn(torch.cat((hidden, encoder_outputs), dim=2)))
        return F.softmax(self.v(energy).squeeze(2), dim=1)


def run():
    encoder = Encoder(50, 8, ENC, BIDIRECTIONAL)
    attention = Attention(encoder, ENC, DEC)
    attention(torch.randint(0, 50, (3, 7)), torch.randn(3, DEC))
'''

# Shaped after Skim-RNN's gate (issues #6/#7 of its PyTorch port): a Linear over the input
# step and both states of an LSTMCell.
GATE = '''import torch
import torch.nn as nn


class Skim(nn.Module):
    def __init__(self, embed_dim, cell_size):
        super().__init__()
        self.embed_dim = embed_dim
        self.cell = nn.LSTMCell(embed_dim, cell_size)
        self.gate = nn.Linear(HEAD, 2)

    def forward(self, x):
        h = torch.zeros(x.size(0), self.cell.hidden_size)
        c = torch.zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
            p = self.gate(torch.cat([x[:, t], PARTS], 1))
        return p


def run():
    Skim(EMBED, CELL)(torch.randn(4, 5, EMBED))
'''


def _lc007_errors(source: str) -> list:
    return [f for f in check_source(source, "case.py") if f.code == "LC007" and f.severity == "error"]



@pytest.mark.parametrize("bidirectional", [True, False])
@pytest.mark.parametrize("head", ["enc_hid_dim * 2 + dec_hid_dim", "enc_hid_dim + dec_hid_dim"])
@pytest.mark.parametrize("enc,dec", [(16, 12), (10, 10)])
def test_attention_over_encoder_outputs(bidirectional, head, enc, dec):
    source = ATTENTION.replace("HEAD", head).replace("BIDIRECTIONAL", str(bidirectional)) \
        .replace("ENC", str(enc)).replace("DEC", str(dec))
    raised, _, _ = run_case(source)
    errors = _lc007_errors(source)
    assert bool(errors) == (raised is not None), (raised, [f.message for f in errors])
    line = source.splitlines().index("        self.attn = nn.Linear(%s, dec_hid_dim)" % head) + 1
    assert all(f.location.line == line for f in errors)
    if errors:  # the edit makes the head fit: torch runs the fixed file
        (edit,) = errors[0].fix.edits
        fixed = source.splitlines()
        row = fixed[line - 1]
        fixed[line - 1] = row[:edit.location.column - 1] + edit.text + row[edit.location.end_column - 1:]
        assert run_case("\n".join(fixed) + "\n")[0] is None


@pytest.mark.parametrize("parts", ["h, c", "h", "c"])
@pytest.mark.parametrize("head", ["embed_dim + 2 * cell_size", "embed_dim + cell_size"])
@pytest.mark.parametrize("embed,cell", [(6, 9), (5, 5)])
def test_gate_over_cell_states(parts, head, embed, cell):
    source = GATE.replace("HEAD", head).replace("PARTS", parts).replace("EMBED", str(embed)) \
        .replace("CELL", str(cell))
    raised, _, _ = run_case(source)
    errors = _lc007_errors(source)
    assert bool(errors) == (raised is not None), (raised, [f.message for f in errors])
    line = source.splitlines().index(f"        self.gate = nn.Linear({head}, 2)") + 1
    assert all(f.location.line == line for f in errors)
