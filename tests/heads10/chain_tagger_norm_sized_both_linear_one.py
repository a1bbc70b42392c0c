"""A BiGRU tagger whose head was half-updated when the encoder became bidirectional: the
LayerNorm takes both directions, the Linear after it inside the same Sequential still one."""
import torch
import torch.nn as nn


class BiGRUTagger(nn.Module):
    def __init__(self, vocab_size, emb_dim, hidden, num_tags, dropout=0.2):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, emb_dim, padding_idx=0)
        self.encoder = nn.GRU(emb_dim, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Sequential(
            nn.Dropout(dropout),
            nn.LayerNorm(2 * hidden),
            nn.Linear(hidden, num_tags),  # expect: LC007
        )

    def forward(self, tokens):
        states, _ = self.encoder(self.embed(tokens))
        return self.head(states)


def probe():
    tagger = BiGRUTagger(vocab_size=50, emb_dim=12, hidden=16, num_tags=5)
    tagger(torch.randint(1, 50, (3, 7)))
