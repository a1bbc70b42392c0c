# expect: LC008 line 22
"""A decoder class nested in the model class, built with the hidden size as its input size
while it is fed embeddings."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    class Encoder(nn.Module):
        def __init__(self, vocab, emb, hidden):
            super().__init__()
            self.emb = nn.Embedding(vocab, emb)
            self.rnn = nn.GRU(emb, hidden, batch_first=True)

        def forward(self, x):
            return self.rnn(self.emb(x))

    class Decoder(nn.Module):
        def __init__(self, vocab, emb, hidden):
            super().__init__()
            self.emb = nn.Embedding(vocab, emb)
            self.rnn = nn.GRU(hidden, hidden, batch_first=True)  # fix: nn.GRU(emb, hidden, ...)
            self.out = nn.Linear(hidden, vocab)

        def forward(self, y, h):
            out, h = self.rnn(self.emb(y), h)
            return self.out(out), h

    def __init__(self, vocab=20, emb=6, hidden=10):
        super().__init__()
        self.encoder = self.Encoder(vocab, emb, hidden)
        self.decoder = self.Decoder(vocab, emb, hidden)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        return self.decoder(tgt, h)[0]


def probe():
    Seq2Seq()(torch.randint(0, 20, (2, 7)), torch.randint(0, 20, (2, 5)))
