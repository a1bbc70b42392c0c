"""A shared bidirectional GRU with a sentence head and a token head."""
import torch
from torch import nn


class MultiTask(nn.Module):
    def __init__(self, vocab, emb, hidden, n_intents, n_slots):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.intent = nn.Linear(2 * hidden, n_intents)
        self.slots = nn.Linear(2 * hidden, n_slots)

    def forward(self, ids):
        out, h_n = self.gru(self.emb(ids))
        sentence = torch.cat([h_n[0], h_n[1]], dim=-1)
        return self.intent(sentence), self.slots(out)


def probe():
    model = MultiTask(vocab=70, emb=9, hidden=11, n_intents=4, n_slots=13)
    intent, slots = model(torch.randint(0, 70, (3, 8)))
    assert intent.shape == (3, 4) and slots.shape == (3, 8, 13)
