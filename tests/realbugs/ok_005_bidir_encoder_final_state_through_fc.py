# source: https://github.com/bentrevett/pytorch-seq2seq/issues/200
"""A bidirectional GRU encoder whose last forward and backward states are concatenated and
projected to the decoder's size; the decoder gets hidden.unsqueeze(0): (1, batch, dec_hid)."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_dim, emb_dim, enc_hid_dim, dec_hid_dim, dropout):
        super().__init__()
        self.embedding = nn.Embedding(input_dim, emb_dim)
        self.rnn = nn.GRU(emb_dim, enc_hid_dim, bidirectional=True)
        self.fc = nn.Linear(enc_hid_dim * 2, dec_hid_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, src):
        embedded = self.dropout(self.embedding(src))
        outputs, hidden = self.rnn(embedded)
        hidden = torch.tanh(self.fc(torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)))
        return outputs, hidden


class Decoder(nn.Module):
    def __init__(self, output_dim, emb_dim, enc_hid_dim, dec_hid_dim, dropout):
        super().__init__()
        self.embedding = nn.Embedding(output_dim, emb_dim)
        self.rnn = nn.GRU((enc_hid_dim * 2) + emb_dim, dec_hid_dim)
        self.fc_out = nn.Linear(dec_hid_dim, output_dim)

    def forward(self, input, hidden, encoder_outputs):
        embedded = self.embedding(input.unsqueeze(0))
        weighted = encoder_outputs.mean(dim=0, keepdim=True)
        rnn_input = torch.cat((embedded, weighted), dim=2)
        output, hidden = self.rnn(rnn_input, hidden.unsqueeze(0))
        return self.fc_out(output.squeeze(0)), hidden.squeeze(0)


def probe():
    enc = Encoder(30, 8, 12, 10, 0.1)
    dec = Decoder(40, 8, 12, 10, 0.1)
    outputs, hidden = enc(torch.randint(0, 30, (6, 2)))
    dec(torch.randint(0, 40, (2,)), hidden, outputs)


if __name__ == "__main__":
    probe()
