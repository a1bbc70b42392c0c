# expect: LC008 line 19
"""Features viewed with self.hidden where they are emb wide: runs only while emb == hidden."""
import json

import torch
import torch.nn as nn

EMB, HIDDEN = 20, 20


class Model(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.hidden = hidden
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True)

    def forward(self, ids):
        x = self.embed(ids.view(-1)).view(ids.size(0), -1, self.hidden)  # fix: emb's width
        return self.rnn(x)[0]


model = Model(30, EMB, HIDDEN)
model(torch.randint(0, 30, (2, 5)))


def probe():
    emb, hidden = json.loads("[8, 20]")
    Model(30, emb, hidden)(torch.randint(0, 30, (2, 5)))
