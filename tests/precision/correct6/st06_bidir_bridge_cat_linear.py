"""The tutorial bridge: forward and backward last states joined and passed through Linear + tanh."""
import torch
import torch.nn as nn


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


class Decoder(nn.Module):
    def __init__(self, vocab, emb, enc_hid, dec_hid):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(enc_hid * 2 + emb, dec_hid)
        self.out = nn.Linear(dec_hid, vocab)

    def forward(self, token, hidden, outputs):
        emb = self.embedding(token.unsqueeze(0))
        context = outputs.mean(0, keepdim=True)
        out, hidden = self.rnn(torch.cat((emb, context), dim=2), hidden.unsqueeze(0))
        return self.out(out.squeeze(0)), hidden.squeeze(0)


def probe():
    enc, dec = Encoder(20, 6, 8, 12), Decoder(20, 6, 8, 12)
    outputs, hidden = enc(torch.randint(0, 20, (7, 2)))
    token = torch.zeros(2, dtype=torch.long)
    for _ in range(3):
        logits, hidden = dec(token, hidden, outputs)
        token = logits.argmax(1)
    assert logits.shape == (2, 20)
