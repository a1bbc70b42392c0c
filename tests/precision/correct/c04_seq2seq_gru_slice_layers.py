"""Seq2seq whose decoder has fewer layers than its encoder: it takes the top layers' states."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, src_vocab, emb_dim, hid_dim, n_layers, dropout):
        super().__init__()
        self.embedding = nn.Embedding(src_vocab, emb_dim)
        self.rnn = nn.GRU(emb_dim, hid_dim, n_layers, dropout=dropout)

    def forward(self, src):
        outputs, hidden = self.rnn(self.embedding(src))
        return outputs, hidden


class Decoder(nn.Module):
    def __init__(self, trg_vocab, emb_dim, hid_dim, n_layers):
        super().__init__()
        self.n_layers = n_layers
        self.embedding = nn.Embedding(trg_vocab, emb_dim)
        self.rnn = nn.GRU(emb_dim, hid_dim, n_layers)
        self.out = nn.Linear(hid_dim, trg_vocab)

    def forward(self, token, hidden):
        embedded = self.embedding(token.unsqueeze(0))
        output, hidden = self.rnn(embedded, hidden)
        return self.out(output.squeeze(0)), hidden


class Seq2Seq(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, src, trg):
        _, hidden = self.encoder(src)
        hidden = hidden[-self.decoder.n_layers:]
        logits = []
        token = trg[0]
        for t in range(1, trg.size(0)):
            step_logits, hidden = self.decoder(token, hidden)
            logits.append(step_logits)
            token = trg[t]
        return torch.stack(logits)


def main():
    enc = Encoder(src_vocab=300, emb_dim=32, hid_dim=64, n_layers=3, dropout=0.2)
    dec = Decoder(trg_vocab=200, emb_dim=32, hid_dim=64, n_layers=1)
    model = Seq2Seq(enc, dec)
    src = torch.randint(0, 300, (11, 4))
    trg = torch.randint(0, 200, (9, 4))
    return model(src, trg)


def probe():
    assert main().shape == (8, 4, 200)
