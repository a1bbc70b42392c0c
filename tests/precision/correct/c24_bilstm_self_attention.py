"""BiLSTM encoder followed by multi-head self-attention over both directions' features."""
import torch
import torch.nn as nn


class AttentiveBiLSTM(nn.Module):
    def __init__(self, emb_dim, hidden_dim, n_heads, n_classes):
        super().__init__()
        self.lstm = nn.LSTM(emb_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.attn = nn.MultiheadAttention(embed_dim=2 * hidden_dim, num_heads=n_heads,
                                          batch_first=True)
        self.classifier = nn.Linear(2 * hidden_dim, n_classes)

    def forward(self, x, pad_mask=None):
        h, _ = self.lstm(x)
        ctx, _ = self.attn(h, h, h, key_padding_mask=pad_mask)
        return self.classifier(ctx.mean(dim=1))


def probe():
    model = AttentiveBiLSTM(emb_dim=10, hidden_dim=8, n_heads=4, n_classes=3)
    assert model(torch.randn(2, 6, 10)).shape == (2, 3)
