"""Luong input feeding: the decoder cell takes cat(emb, previous attentional output)."""
import torch
import torch.nn as nn


class InputFeedDecoder(nn.Module):
    def __init__(self, vocab, emb_dim, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb_dim)
        self.cell = nn.LSTMCell(emb_dim + hidden, hidden)
        self.attn_out = nn.Linear(2 * hidden, hidden)
        self.out = nn.Linear(hidden, vocab)
        self.hidden = hidden

    def forward(self, tgt, memory):
        B = tgt.size(0)
        h = c = memory.new_zeros(B, self.hidden)
        feed = memory.new_zeros(B, self.hidden)
        logits = []
        for t in range(tgt.size(1)):
            x = torch.cat([self.emb(tgt[:, t]), feed], dim=1)
            h, c = self.cell(x, (h, c))
            scores = torch.bmm(memory, h.unsqueeze(2)).squeeze(2).softmax(1)
            context = torch.bmm(scores.unsqueeze(1), memory).squeeze(1)
            feed = torch.tanh(self.attn_out(torch.cat([context, h], 1)))
            logits.append(self.out(feed))
        return torch.stack(logits, 1)


def probe():
    dec = InputFeedDecoder(20, 6, 8)
    out = dec(torch.randint(0, 20, (3, 4)), torch.randn(3, 9, 8))
    assert out.shape == (3, 4, 20)
