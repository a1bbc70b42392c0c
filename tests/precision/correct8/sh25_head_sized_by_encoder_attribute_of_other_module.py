"""A decoder sizes its attention and context from the encoder object it is given
(encoder.output_dim), the encoder set it from its own bidirectional flag."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, bidirectional=True):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=bidirectional)
        self.output_dim = hidden * (2 if bidirectional else 1)

    def forward(self, x):
        return self.rnn(x)[0]


class AttnDecoder(nn.Module):
    def __init__(self, encoder, emb, hidden, vocab):
        super().__init__()
        self.encoder = encoder
        self.attn_key = nn.Linear(encoder.output_dim, hidden)
        self.cell = nn.GRUCell(emb + encoder.output_dim, hidden)
        self.out = nn.Linear(hidden, vocab)
        self.hidden = hidden

    def forward(self, src, tgt_emb):
        memory = self.encoder(src)
        keys = self.attn_key(memory)
        h = memory.new_zeros(src.size(0), self.hidden)
        outs = []
        for t in range(tgt_emb.size(1)):
            weights = torch.softmax(torch.bmm(keys, h.unsqueeze(2)), dim=1)
            context = (weights * memory).sum(1)
            h = self.cell(torch.cat([tgt_emb[:, t], context], dim=-1), h)
            outs.append(self.out(h))
        return torch.stack(outs, 1)


def probe():
    for bidir in (True, False):
        dec = AttnDecoder(Encoder(5, 8, bidir), 6, 12, 20)
        assert dec(torch.randn(2, 9, 5), torch.randn(2, 4, 6)).shape == (2, 4, 20)
