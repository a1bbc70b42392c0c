# source: https://github.com/bentrevett/pytorch-seq2seq/issues/47
# torch: TypeError: LSTM.forward() takes from 2 to 3 positional arguments but 4 were given
# "Why GRU instead of LSTM when adding attention?": a reader's LSTM version of tutorial 3's
# attention decoder. The GRU decoder took (input, hidden); the LSTM one was given hidden and
# cell as two more arguments instead of the pair (h, c), and torch's forward takes one hx.
import torch
import torch.nn as nn
import torch.nn.functional as F


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
        return F.softmax(self.v(energy).squeeze(2), dim=1)


class Decoder(nn.Module):
    def __init__(self, output_dim, emb_dim, enc_hid_dim, dec_hid_dim, attention):
        super().__init__()
        self.attention = attention
        self.embedding = nn.Embedding(output_dim, emb_dim)
        self.rnn = nn.LSTM(enc_hid_dim * 2 + emb_dim, dec_hid_dim)
        self.fc_out = nn.Linear(enc_hid_dim * 2 + dec_hid_dim + emb_dim, output_dim)

    def forward(self, input, hidden, cell, encoder_outputs):
        embedded = self.embedding(input.unsqueeze(0))
        a = self.attention(hidden, encoder_outputs).unsqueeze(1)
        weighted = torch.bmm(a, encoder_outputs.permute(1, 0, 2)).permute(1, 0, 2)
        rnn_input = torch.cat((embedded, weighted), dim=2)
        output, (hidden, cell) = self.rnn(rnn_input, hidden.unsqueeze(0), cell.unsqueeze(0))  # fix: one hx, the pair (hidden.unsqueeze(0), cell.unsqueeze(0))
        prediction = self.fc_out(torch.cat((output.squeeze(0), weighted.squeeze(0), embedded.squeeze(0)), dim=1))
        return prediction, hidden.squeeze(0), cell.squeeze(0)


def probe():
    decoder = Decoder(30, 8, 16, 16, Attention(16, 16))
    batch = 4
    decoder(torch.randint(0, 30, (batch,)), torch.zeros(batch, 16), torch.zeros(batch, 16),
            torch.zeros(7, batch, 32))
