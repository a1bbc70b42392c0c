"""LSTM autoencoder: the last hidden state is repeated over time and decoded back."""
import torch
import torch.nn as nn


class LSTMAutoencoder(nn.Module):
    def __init__(self, n_features, embedding_dim):
        super().__init__()
        self.hidden_dim = 2 * embedding_dim
        self.enc1 = nn.LSTM(n_features, self.hidden_dim, batch_first=True)
        self.enc2 = nn.LSTM(self.hidden_dim, embedding_dim, batch_first=True)
        self.dec1 = nn.LSTM(embedding_dim, embedding_dim, batch_first=True)
        self.dec2 = nn.LSTM(embedding_dim, self.hidden_dim, batch_first=True)
        self.output_layer = nn.Linear(self.hidden_dim, n_features)

    def forward(self, x):
        seq_len = x.size(1)
        x, _ = self.enc1(x)
        _, (h_n, _) = self.enc2(x)
        z = h_n[-1]                                  # (B, embedding_dim)
        x = z.unsqueeze(1).repeat(1, seq_len, 1)     # (B, T, embedding_dim)
        x, _ = self.dec1(x)
        x, _ = self.dec2(x)
        return self.output_layer(x)


def probe():
    ae = LSTMAutoencoder(n_features=3, embedding_dim=4)
    x = torch.randn(5, 11, 3)
    assert ae(x).shape == x.shape
