"""Self-attention over a BiLSTM's outputs: MultiheadAttention's embed_dim is 2H, and the
classifier after the residual too."""
import torch
import torch.nn as nn


class BiLSTMAttention(nn.Module):
    def __init__(self, n_in, hidden, heads, n_classes):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.attn = nn.MultiheadAttention(embed_dim=2 * hidden, num_heads=heads, batch_first=True)
        self.norm = nn.LayerNorm(2 * hidden)
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, x, pad_mask):
        h, _ = self.lstm(x)
        a, _ = self.attn(h, h, h, key_padding_mask=pad_mask)
        h = self.norm(h + a)
        return self.fc(h.mean(1))


def probe():
    mask = torch.zeros(3, 10, dtype=torch.bool)
    mask[1, 8:] = True
    assert BiLSTMAttention(6, 16, 4, 5)(torch.randn(3, 10, 6), mask).shape == (3, 5)
