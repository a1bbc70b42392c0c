"""Greedy decoding of one sentence unbatched: the embedding gives (1, E), the state is
(layers, H) from an unbatched encoder."""
import torch
import torch.nn as nn


class EncoderRNN(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden)

    def forward(self, tokens):  # (L,)
        return self.gru(self.embedding(tokens))


class DecoderRNN(nn.Module):
    def __init__(self, hidden, vocab):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, token, hidden):  # token: (1,), hidden: (1, H)
        output, hidden = self.gru(torch.relu(self.embedding(token)), hidden)
        return self.out(output), hidden


def probe():
    enc, dec = EncoderRNN(20, 9), DecoderRNN(9, 20)
    _, hidden = enc(torch.tensor([1, 4, 5, 2]))
    token = torch.tensor([0])
    for _ in range(4):
        logits, hidden = dec(token, hidden)
        token = logits.argmax(-1)
