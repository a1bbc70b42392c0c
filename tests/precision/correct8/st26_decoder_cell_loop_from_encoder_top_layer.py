"""A decoder LSTMCell started from the encoder's top layer, `h[-1]` and `c[-1]`, stepping over
the target with teacher forcing."""
import torch
import torch.nn as nn


class Seq2SeqCell(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, num_layers=2, batch_first=True)
        self.cell = nn.LSTMCell(emb, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(self.embed(src))
        h, c = h[-1], c[-1]
        logits = []
        for t in range(tgt.size(1)):
            h, c = self.cell(self.embed(tgt[:, t]), (h, c))
            logits.append(self.out(h))
        return torch.stack(logits, dim=1)


def probe():
    model = Seq2SeqCell(30, 8, 16)
    out = model(torch.randint(0, 30, (3, 7)), torch.randint(0, 30, (3, 5)))
    assert out.shape == (3, 5, 30)
