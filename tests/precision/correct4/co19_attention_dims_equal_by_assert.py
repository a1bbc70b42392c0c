"""Additive attention where encoder (2*enc_hidden) and decoder widths differ in general; the
code uses each width by name and the probe runs two configurations."""
import torch
import torch.nn as nn


class Attention(nn.Module):
    def __init__(self, enc_hid_dim, dec_hid_dim):
        super().__init__()
        self.attn = nn.Linear(enc_hid_dim * 2 + dec_hid_dim, dec_hid_dim)
        self.v = nn.Linear(dec_hid_dim, 1, bias=False)

    def forward(self, hidden, encoder_outputs):
        src_len = encoder_outputs.shape[0]
        hidden = hidden.unsqueeze(1).repeat(1, src_len, 1)
        encoder_outputs = encoder_outputs.permute(1, 0, 2)
        energy = torch.tanh(self.attn(torch.cat((hidden, encoder_outputs), dim=2)))
        return torch.softmax(self.v(energy).squeeze(2), dim=1)


class Encoder(nn.Module):
    def __init__(self, emb_dim, enc_hid_dim, dec_hid_dim):
        super().__init__()
        self.rnn = nn.GRU(emb_dim, enc_hid_dim, bidirectional=True)
        self.fc = nn.Linear(enc_hid_dim * 2, dec_hid_dim)

    def forward(self, src):
        outputs, hidden = self.rnn(src)
        hidden = torch.tanh(self.fc(torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)))
        return outputs, hidden


def probe():
    for enc_hid, dec_hid in ((16, 32), (16, 16)):
        enc, attn = Encoder(6, enc_hid, dec_hid), Attention(enc_hid, dec_hid)
        outputs, hidden = enc(torch.randn(7, 3, 6))
        result = attn(hidden, outputs).shape
        assert result == (3, 7)
