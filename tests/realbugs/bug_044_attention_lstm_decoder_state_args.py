# source: https://github.com/bentrevett/pytorch-seq2seq/issues/47
# rule: LC009
# torch: TypeError: LSTM.forward() takes from 2 to 3 positional arguments but 4 were given
"""The GRU attention tutorial ported to an LSTM: the decoder passes hidden and cell as two
separate arguments; an LSTM takes its state as one tuple (h_0, c_0)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Attention(nn.Module):
    def __init__(self, enc_hid_dim, dec_hid_dim):
        super().__init__()
        self.attn = nn.Linear((enc_hid_dim * 2) + dec_hid_dim, dec_hid_dim)
        self.v = nn.Linear(dec_hid_dim, 1, bias=False)

    def forward(self, hidden, encoder_outputs):
        src_len = encoder_outputs.shape[0]
        hidden = hidden.unsqueeze(1).repeat(1, src_len, 1)
        encoder_outputs = encoder_outputs.permute(1, 0, 2)
        energy = torch.tanh(self.attn(torch.cat((hidden, encoder_outputs), dim=2)))
        return F.softmax(self.v(energy).squeeze(2), dim=1)


class Decoder(nn.Module):
    def __init__(self, output_dim, emb_dim, enc_hid_dim, dec_hid_dim, dropout, attention):
        super().__init__()
        self.output_dim = output_dim
        self.attention = attention
        self.embedding = nn.Embedding(output_dim, emb_dim)
        self.rnn = nn.LSTM((enc_hid_dim * 2) + emb_dim, dec_hid_dim)
        self.fc_out = nn.Linear((enc_hid_dim * 2) + dec_hid_dim + emb_dim, output_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, input, hidden, cell, encoder_outputs):
        input = input.unsqueeze(0)
        embedded = self.dropout(self.embedding(input))
        a = self.attention(hidden, encoder_outputs).unsqueeze(1)
        encoder_outputs = encoder_outputs.permute(1, 0, 2)
        weighted = torch.bmm(a, encoder_outputs).permute(1, 0, 2)
        rnn_input = torch.cat((embedded, weighted), dim=2)
        output, (hidden, cell) = self.rnn(rnn_input, hidden.unsqueeze(0), cell.unsqueeze(0))  # fix: one tuple: self.rnn(rnn_input, (hidden.unsqueeze(0), cell.unsqueeze(0)))
        prediction = self.fc_out(torch.cat((output.squeeze(0), weighted.squeeze(0),
                                            embedded.squeeze(0)), dim=1))
        return prediction, hidden.squeeze(0), cell.squeeze(0)


def probe():
    enc_hid_dim, dec_hid_dim = 8, 10
    attn = Attention(enc_hid_dim, dec_hid_dim)
    dec = Decoder(30, 6, enc_hid_dim, dec_hid_dim, 0.1, attn)
    encoder_outputs = torch.randn(5, 3, enc_hid_dim * 2)
    dec(torch.tensor([1, 2, 3]), torch.zeros(3, dec_hid_dim), torch.zeros(3, dec_hid_dim),
        encoder_outputs)


if __name__ == "__main__":
    probe()
