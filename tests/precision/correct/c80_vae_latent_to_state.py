"""Sequence VAE: the latent code becomes the decoder's initial state through a Linear,
unsqueezed for one layer and repeated for the others."""
import torch
import torch.nn as nn


class SeqVAE(nn.Module):
    def __init__(self, vocab, emb, hidden, latent, dec_layers):
        super().__init__()
        self.dec_layers = dec_layers
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.mu = nn.Linear(2 * hidden, latent)
        self.logvar = nn.Linear(2 * hidden, latent)
        self.latent_to_hidden = nn.Linear(latent, hidden)
        self.decoder = nn.GRU(emb, hidden, dec_layers, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, ids):
        _, h = self.encoder(self.embed(ids))
        h = torch.cat([h[0], h[1]], dim=-1)
        mu, logvar = self.mu(h), self.logvar(h)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
        h0 = self.latent_to_hidden(z).unsqueeze(0).repeat(self.dec_layers, 1, 1)
        out, _ = self.decoder(self.embed(ids), h0)
        return self.out(out), mu, logvar


def probe():
    model = SeqVAE(vocab=30, emb=5, hidden=7, latent=3, dec_layers=2)
    logits, mu, _ = model(torch.randint(0, 30, (4, 6)))
    assert logits.shape == (4, 6, 30) and mu.shape == (4, 3)
