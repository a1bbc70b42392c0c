"""A layer an instance of the file's own class builds, applied from outside it
(`self.encoder.embedding(tgt)`, RVAE's `self.embedding.word_embed(...)`): the walk knows what it
makes (layers.py `_built_by`). torch runs each case; LC008 reports an error exactly when torch
raises."""

from __future__ import annotations

import pytest

from lstmcheck.api import check_source
from tests.torch_oracle import run_case

# A decoder that reads the encoder's embedding (tied source and target vocabularies).
SHARED = '''import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, emb_dim, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb_dim)
        self.rnn = nn.GRU(emb_dim, hidden, batch_first=True)

    def forward(self, src):
        return self.rnn(self.embedding(src))


class Seq2Seq(nn.Module):
    def __init__(self, vocab, emb_dim, hidden):
        super().__init__()
        self.encoder = Encoder(vocab, emb_dim, hidden)
        self.decoder = nn.GRU(DECODER_IN, hidden, batch_first=True)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        embedded = self.encoder.embedding(tgt)
        out, _ = self.decoder(embedded, h)
        return out


def run():
    Seq2Seq(30, EMB, 16)(torch.randint(0, 30, (2, 5)), torch.randint(0, 30, (2, 4)))
'''


@pytest.mark.parametrize("decoder_in", ["emb_dim", "hidden", "2 * emb_dim"])
@pytest.mark.parametrize("emb", [8, 16])
def test_decoder_fed_the_encoders_embedding(decoder_in, emb):
    source = SHARED.replace("DECODER_IN", decoder_in).replace("EMB", str(emb))
    raised, _, _ = run_case(source)
    errors = [f for f in check_source(source, "shared.py") if f.code in ("LC008", "LC003") and f.severity == "error"]
    assert bool(errors) == (raised is not None), (raised, [f.message for f in errors])
