"""One model used both ways: batched training with 3-D states from the batch, unbatched
generation with 2-D states."""
import torch
import torch.nn as nn


class LM(nn.Module):
    def __init__(self, vocab=16, emb=5, hid=9, layers=2):
        super().__init__()
        self.layers, self.hid = layers, hid
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hid, layers)
        self.out = nn.Linear(hid, vocab)

    def forward(self, x, state):
        y, state = self.rnn(self.embed(x), state)
        return self.out(y), state

    def zero_state(self, batch=None):
        shape = (self.layers, self.hid) if batch is None else (self.layers, batch, self.hid)
        return torch.zeros(shape), torch.zeros(shape)


def probe():
    lm = LM()
    lm(torch.randint(0, 16, (7, 4)), lm.zero_state(4))
    state = lm.zero_state()
    token = torch.tensor([1])
    for _ in range(3):
        logits, state = lm(token, state)
        token = logits.argmax(-1)
