"""A sentence VAE: the latent z (B, Z) mapped by a Linear to layers*H, viewed to (B, layers, H)
and transposed to the decoder's (layers, B, H)."""
import torch
import torch.nn as nn


class SentenceVAE(nn.Module):
    def __init__(self, emb=6, hidden=10, latent=4, layers=2):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.encoder = nn.GRU(emb, hidden, layers, batch_first=True)
        self.to_mu = nn.Linear(hidden * layers, latent)
        self.latent2hidden = nn.Linear(latent, hidden * layers)
        self.decoder = nn.GRU(emb, hidden, layers, batch_first=True)

    def forward(self, x):
        B = x.size(0)
        _, h = self.encoder(x)
        z = self.to_mu(h.transpose(0, 1).reshape(B, -1))
        h0 = self.latent2hidden(z).view(B, self.layers, self.hidden).transpose(0, 1).contiguous()
        return self.decoder(x, h0)[0]


def probe():
    result = SentenceVAE()(torch.randn(3, 5, 6)).shape
    assert result == (3, 5, 10)
