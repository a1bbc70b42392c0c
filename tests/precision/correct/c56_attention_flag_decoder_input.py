"""A decoder whose input width depends on a use_attention flag; both configurations are built."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, emb_dim, enc_dim, hidden, vocab, use_attention):
        super().__init__()
        self.use_attention = use_attention
        self.embedding = nn.Embedding(vocab, emb_dim)
        rnn_input = emb_dim + enc_dim if use_attention else emb_dim
        self.rnn = nn.GRU(rnn_input, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tokens, hidden, context=None):
        x = self.embedding(tokens)
        if self.use_attention:
            x = torch.cat([x, context.unsqueeze(1).expand(-1, x.size(1), -1)], dim=-1)
        y, hidden = self.rnn(x, hidden)
        return self.out(y), hidden


def probe():
    h = torch.zeros(1, 2, 10)
    plain = Decoder(emb_dim=4, enc_dim=6, hidden=10, vocab=15, use_attention=False)
    attn = Decoder(emb_dim=4, enc_dim=6, hidden=10, vocab=15, use_attention=True)
    tokens = torch.randint(0, 15, (2, 3))
    assert plain(tokens, h)[0].shape == (2, 3, 15)
    assert attn(tokens, h, torch.randn(2, 6))[0].shape == (2, 3, 15)
