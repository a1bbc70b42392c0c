"""A bidirectional encoder whose final states are merged by mode: 'sum' keeps H for the
decoder, 'concat' doubles it; the decoder is sized for each mode."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab, emb, hidden, layers, mode="sum"):
        super().__init__()
        assert mode in ("sum", "concat")
        self.mode, self.layers, self.hidden = mode, layers, hidden
        self.src_embed = nn.Embedding(vocab, emb)
        self.tgt_embed = nn.Embedding(vocab, emb)
        self.encoder = nn.GRU(emb, hidden, layers, bidirectional=True)
        dec_hidden = hidden if mode == "sum" else 2 * hidden
        self.decoder = nn.GRU(emb, dec_hidden, layers)
        self.proj = nn.Linear(dec_hidden, vocab)

    def bridge(self, h):
        batch = h.size(1)
        if self.mode == "sum":
            return h.view(self.layers, 2, batch, self.hidden).sum(1)
        return torch.cat([h[0::2], h[1::2]], 2)

    def forward(self, src, tgt):
        _, h = self.encoder(self.src_embed(src))
        out, _ = self.decoder(self.tgt_embed(tgt), self.bridge(h))
        return self.proj(out)


def probe():
    src, tgt = torch.randint(0, 20, (6, 3)), torch.randint(0, 20, (4, 3))
    for mode in ("sum", "concat"):
        assert Seq2Seq(20, 8, 10, 2, mode)(src, tgt).shape == (4, 3, 20)
    assert Seq2Seq(20, 8, 10, layers=3, mode="concat")(src, tgt).shape == (4, 3, 20)
