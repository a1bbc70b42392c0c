"""Attention decoder over a bidirectional encoder (bentrevett style): GRU input emb + 2*enc,
hidden from a Linear on cat(h[-2], h[-1]); greedy loop feeds argmax back."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self, vocab, emb, enc_hid, dec_hid):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, enc_hid, bidirectional=True)
        self.fc = nn.Linear(enc_hid * 2, dec_hid)

    def forward(self, src):
        outputs, hidden = self.rnn(self.embedding(src))
        hidden = torch.tanh(self.fc(torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)))
        return outputs, hidden


class Attention(nn.Module):
    def __init__(self, enc_hid, dec_hid):
        super().__init__()
        self.attn = nn.Linear(enc_hid * 2 + dec_hid, dec_hid)
        self.v = nn.Linear(dec_hid, 1, bias=False)

    def forward(self, hidden, enc_out):
        src_len = enc_out.shape[0]
        hidden = hidden.unsqueeze(1).repeat(1, src_len, 1)
        enc_out = enc_out.permute(1, 0, 2)
        energy = torch.tanh(self.attn(torch.cat((hidden, enc_out), dim=2)))
        return F.softmax(self.v(energy).squeeze(2), dim=1)


class Decoder(nn.Module):
    def __init__(self, vocab, emb, enc_hid, dec_hid):
        super().__init__()
        self.attention = Attention(enc_hid, dec_hid)
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(enc_hid * 2 + emb, dec_hid)
        self.fc_out = nn.Linear(enc_hid * 2 + dec_hid + emb, vocab)

    def forward(self, inp, hidden, enc_out):
        embedded = self.embedding(inp.unsqueeze(0))
        a = self.attention(hidden, enc_out).unsqueeze(1)
        weighted = torch.bmm(a, enc_out.permute(1, 0, 2)).permute(1, 0, 2)
        output, hidden = self.rnn(torch.cat((embedded, weighted), dim=2), hidden.unsqueeze(0))
        pred = self.fc_out(torch.cat((output.squeeze(0), weighted.squeeze(0), embedded.squeeze(0)), dim=1))
        return pred, hidden.squeeze(0)


def probe():
    enc, dec = Encoder(20, 6, 8, 10), Decoder(20, 6, 8, 10)
    enc_out, hidden = enc(torch.randint(0, 20, (7, 3)))
    tok = torch.zeros(3, dtype=torch.long)
    for _ in range(4):
        pred, hidden = dec(tok, hidden, enc_out)
        tok = pred.argmax(1)
    assert pred.shape == (3, 20)
