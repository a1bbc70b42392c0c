"""A batch-first decoder fed one step at a time: out.squeeze(1) drops the step dim only."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, token, state):
        emb = self.embedding(token).unsqueeze(1)   # (B, 1, E)
        out, state = self.lstm(emb, state)
        return self.out(out.squeeze(1)), state


def probe():
    dec = Decoder(15, 4, 9)
    state = (torch.zeros(1, 1, 9), torch.zeros(1, 1, 9))
    token = torch.tensor([3])
    for _ in range(3):
        logits, state = dec(token, state)
        token = logits.argmax(-1)
