"""An encoder method returns (outputs, (h, c)); the caller unpacks the pair and hands the state
to a decoder built with the same layers and width (bentrevett's seq2seq, LSTM version)."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, src_vocab, emb_dim, hid_dim, n_layers, dropout):
        super().__init__()
        self.embedding = nn.Embedding(src_vocab, emb_dim)
        self.rnn = nn.LSTM(emb_dim, hid_dim, n_layers, dropout=dropout)
        self.dropout = nn.Dropout(dropout)

    def encode(self, src):
        embedded = self.dropout(self.embedding(src))
        outputs, (hidden, cell) = self.rnn(embedded)
        return outputs, (hidden, cell)


class Decoder(nn.Module):
    def __init__(self, trg_vocab, emb_dim, hid_dim, n_layers, dropout):
        super().__init__()
        self.embedding = nn.Embedding(trg_vocab, emb_dim)
        self.rnn = nn.LSTM(emb_dim, hid_dim, n_layers, dropout=dropout)
        self.fc_out = nn.Linear(hid_dim, trg_vocab)

    def step(self, token, state):
        embedded = self.embedding(token.unsqueeze(0))
        output, state = self.rnn(embedded, state)
        return self.fc_out(output.squeeze(0)), state


def translate(encoder, decoder, src, trg):
    _, state = encoder.encode(src)
    token, logits = trg[0], []
    for t in range(1, trg.size(0)):
        step_logits, state = decoder.step(token, state)
        logits.append(step_logits)
        token = trg[t]
    return torch.stack(logits)


def probe():
    enc, dec = Encoder(40, 8, 24, 2, 0.1), Decoder(35, 8, 24, 2, 0.1)
    out = translate(enc, dec, torch.randint(0, 40, (7, 4)), torch.randint(0, 35, (6, 4)))
    assert out.shape == (5, 4, 35)
