"""A decoder reads the encoder's hidden size through a property and the state keeps the layer count."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab, emb, hidden, layers):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, layers, batch_first=True)

    @property
    def hidden_size(self):
        return self.rnn.hidden_size

    @property
    def num_layers(self):
        return self.rnn.num_layers

    def forward(self, src):
        return self.rnn(self.embedding(src))


class Decoder(nn.Module):
    def __init__(self, encoder, vocab, emb):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, encoder.hidden_size, encoder.num_layers, batch_first=True)
        self.out = nn.Linear(encoder.hidden_size, vocab)

    def forward(self, tgt, hidden):
        out, hidden = self.rnn(self.embedding(tgt), hidden)
        return self.out(out), hidden


def probe():
    enc = Encoder(30, 8, 12, 2)
    dec = Decoder(enc, 25, 6)
    _, h = enc(torch.randint(0, 30, (3, 7)))
    logits, _ = dec(torch.randint(0, 25, (3, 4)), h)
    assert logits.shape == (3, 4, 25)
