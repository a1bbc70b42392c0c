"""An LSTM autoencoder: the decoder's input is the encoder's last hidden repeated over steps,
so its input_size is the encoder's hidden (equal to n_features only by this file's numbers)."""
import torch
import torch.nn as nn

n_features, hidden = 8, 8


class AE(nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        self.encoder = nn.LSTM(n_features, hidden, batch_first=True)
        self.decoder = nn.LSTM(hidden, n_features, batch_first=True)

    def forward(self, x):
        _, (h, _) = self.encoder(x)
        z = h[-1].unsqueeze(1).repeat(1, x.size(1), 1)
        return self.decoder(z)[0]


def probe():
    result = AE(n_features, hidden)(torch.randn(2, 6, 8)).shape
    assert result == (2, 6, 8)
    result = AE(5, 12)(torch.randn(2, 6, 5)).shape
    assert result == (2, 6, 5)
