"""The encoder returns its (hidden, cell) tuple as one name, handed to an LSTM decoder of the
same size and depth."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_dim, emb_dim, hid_dim, n_layers, dropout):
        super().__init__()
        self.embedding = nn.Embedding(input_dim, emb_dim)
        self.rnn = nn.LSTM(emb_dim, hid_dim, n_layers, dropout=dropout)

    def forward(self, src):
        _, hidden = self.rnn(self.embedding(src))
        return hidden


class Decoder(nn.Module):
    def __init__(self, output_dim, emb_dim, hid_dim, n_layers, dropout):
        super().__init__()
        self.embedding = nn.Embedding(output_dim, emb_dim)
        self.rnn = nn.LSTM(emb_dim, hid_dim, n_layers, dropout=dropout)
        self.fc_out = nn.Linear(hid_dim, output_dim)

    def forward(self, token, hidden):
        output, hidden = self.rnn(self.embedding(token.unsqueeze(0)), hidden)
        return self.fc_out(output.squeeze(0)), hidden


HID_DIM, N_LAYERS = 16, 2
enc = Encoder(40, 8, HID_DIM, N_LAYERS, 0.5)
dec = Decoder(30, 8, HID_DIM, N_LAYERS, 0.5)


def probe():
    hidden = enc(torch.randint(0, 40, (7, 3)))
    token = torch.zeros(3, dtype=torch.long)
    for _ in range(4):
        logits, hidden = dec(token, hidden)
        token = logits.argmax(1)
    assert logits.shape == (3, 30)
