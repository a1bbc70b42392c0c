"""Luong attention: the decoder's query is projected to the bidirectional encoder's width."""
import torch
import torch.nn as nn


class LuongAttnDecoder(nn.Module):
    def __init__(self, vocab, emb, enc_hidden, dec_hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, dec_hidden, batch_first=True)
        self.query = nn.Linear(dec_hidden, 2 * enc_hidden, bias=False)
        self.combine = nn.Linear(2 * enc_hidden + dec_hidden, dec_hidden)
        self.out = nn.Linear(dec_hidden, vocab)

    def forward(self, tgt, state, memory):
        dec_out, state = self.rnn(self.embedding(tgt), state)
        scores = torch.bmm(self.query(dec_out), memory.transpose(1, 2))
        context = torch.bmm(torch.softmax(scores, dim=-1), memory)
        attn_h = torch.tanh(self.combine(torch.cat([context, dec_out], dim=-1)))
        return self.out(attn_h), state


class Model(nn.Module):
    def __init__(self, vocab, emb, enc_hidden, dec_hidden):
        super().__init__()
        self.src_embedding = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, enc_hidden, batch_first=True, bidirectional=True)
        self.decoder = LuongAttnDecoder(vocab, emb, enc_hidden, dec_hidden)

    def forward(self, src, tgt):
        memory, _ = self.encoder(self.src_embedding(src))
        logits, _ = self.decoder(tgt, None, memory)
        return logits


def probe():
    model = Model(vocab=40, emb=6, enc_hidden=5, dec_hidden=9)
    assert model(torch.randint(0, 40, (2, 8)), torch.randint(0, 40, (2, 4))).shape == (2, 4, 40)
