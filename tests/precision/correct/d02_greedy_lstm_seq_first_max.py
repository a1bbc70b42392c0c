"""Seq-first LSTM decoder: ids of shape (1, B) from max(2)[1] are fed back as the next step."""
import torch
from torch import nn


class Decoder(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, num_layers=2)
        self.fc = nn.Linear(hidden, vocab)

    def forward(self, inp, state):
        out, state = self.lstm(self.embedding(inp), state)
        return self.fc(out), state


def decode(decoder, state, batch, max_len=6, sos=0):
    inp = torch.full((1, batch), sos, dtype=torch.long)
    outputs = []
    for t in range(max_len):
        logits, state = decoder(inp, state)
        inp = logits.max(2)[1]
        outputs.append(inp)
    return torch.cat(outputs)


def probe():
    dec = Decoder(30, 8, 12)
    h = (torch.zeros(2, 3, 12), torch.zeros(2, 3, 12))
    assert decode(dec, h, 3).shape == (6, 3)
