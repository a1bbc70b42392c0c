# torch: runs
# A Luong-style decoder steps a GRUCell with the previous token's embedding joined to the
# attention context; the weights come out of a masked softmax and pool the bidirectional
# encoder's output, and the cell is sized for the embedding plus both directions.
import torch
import torch.nn.functional as F
from torch import nn


class Encoder(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)

    def forward(self, src):
        out, h = self.rnn(self.embed(src))
        return out, h


class Decoder(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.query = nn.Linear(hidden, 2 * hidden)
        self.cell = nn.GRUCell(emb + 2 * hidden, hidden)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, enc_out, mask, tokens, h):
        logits = []
        for t in range(tokens.size(1)):
            scores = torch.bmm(enc_out, self.query(h).unsqueeze(2)).squeeze(2)
            scores = scores.masked_fill(mask == 0, float("-inf"))
            weights = F.softmax(scores, dim=1)
            context = torch.bmm(weights.unsqueeze(1), enc_out).squeeze(1)
            h = self.cell(torch.cat((self.embed(tokens[:, t]), context), dim=1), h)
            logits.append(self.out(h))
        return torch.stack(logits, 1)


class Translator(nn.Module):
    def __init__(self, vocab=50, emb=8, hidden=16):
        super().__init__()
        self.hidden = hidden
        self.encoder = Encoder(vocab, emb, hidden)
        self.decoder = Decoder(vocab, emb, hidden)

    def forward(self, src, tgt):
        enc_out, _ = self.encoder(src)
        h = torch.zeros(src.size(0), self.hidden)
        return self.decoder(enc_out, src != 0, tgt, h)


def probe():
    model = Translator()
    model(torch.randint(1, 50, (3, 7)), torch.randint(1, 50, (3, 5)))
