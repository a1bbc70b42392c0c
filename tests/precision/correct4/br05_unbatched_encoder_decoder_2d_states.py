"""One sentence at a time, unbatched: (L, E) inputs, states (layers, H) with no batch dim, a
GRU encoder's final handed to a GRU decoder."""
import torch
import torch.nn as nn


class Translator(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.GRU(emb, hidden, num_layers=2)
        self.decoder = nn.GRU(emb, hidden, num_layers=2)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, src_ids, max_len=4):
        _, h = self.encoder(self.embed(src_ids))      # h: (2, hidden)
        token = torch.tensor([0])
        words = []
        for _ in range(max_len):
            o, h = self.decoder(self.embed(token), h)  # (1, emb) -> (1, hidden)
            token = self.out(o).argmax(-1)
            words.append(int(token))
        return words


def probe():
    result = len(Translator(15, 5, 7)(torch.randint(0, 15, (6,))))
    assert result == 4
