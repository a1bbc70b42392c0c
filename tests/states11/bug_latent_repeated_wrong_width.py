# source: https://github.com/timbmg/Sentence-VAE/issues/20 (and PR #45): a VAE decoder starts
# from its latent code mapped to the hidden size and laid out over the decoder's rows. Here the
# mapping is sized for the encoder's two directions while the decoder GRU is one-directional:
# the width of the repeated state is 2*H, the GRU's hidden_size H.
import torch
from torch import nn


class SentenceVAE(nn.Module):
    def __init__(self, embedding_size=8, hidden_size=16, latent_size=4, num_layers=2):
        super().__init__()
        self.num_layers = num_layers
        self.latent2hidden = nn.Linear(latent_size, 2 * hidden_size)
        self.decoder_rnn = nn.GRU(embedding_size, hidden_size, num_layers=num_layers, batch_first=True)

    def forward(self, embedded, z):
        hidden = self.latent2hidden(z).unsqueeze(0).repeat(self.num_layers, 1, 1)  # expect: LC009 error
        output, _ = self.decoder_rnn(embedded, hidden)
        return output


def probe():
    data = getattr(torch, "randn")  # data the linter does not see: only the code's own shapes
    SentenceVAE()(data(3, 5, 8), data(3, 4))
