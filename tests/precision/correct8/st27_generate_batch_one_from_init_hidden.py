"""Sampling from a language model: init_hidden(1) for a batch of one and the input built as a
(1, 1) tensor of the last token, step after step."""
import torch
import torch.nn as nn


class LM(nn.Module):
    def __init__(self, vocab, emb=16, hidden=32, layers=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, layers)
        self.out = nn.Linear(hidden, vocab)
        self.layers, self.hidden = layers, hidden

    def init_hidden(self, bsz):
        return torch.zeros(self.layers, bsz, self.hidden)

    def forward(self, tokens, h):
        out, h = self.rnn(self.embed(tokens), h)
        return self.out(out), h


@torch.no_grad()
def sample(model, start, steps):
    h = model.init_hidden(1)
    token = torch.tensor([[start]])
    produced = []
    for _ in range(steps):
        logits, h = model(token, h)
        token = logits[-1].argmax(-1, keepdim=True)
        produced.append(int(token))
    return produced


def probe():
    assert len(sample(LM(40), 3, 6)) == 6
