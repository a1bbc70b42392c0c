# source: https://github.com/997261095/point-generate/issues/1
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""Pointer-generator summariser: the bidirectional encoder LSTM has layer_num = 1 by default and
is given the model's dropout of 0.5, which torch warns about and never applies (the embedding
dropout next to it is the one that works)."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vob_size, embed_dim, hidden_dim, layer_num=1, pad_idx=0, dropout=0.5):
        super(Encoder, self).__init__()
        self.pad_idx = pad_idx
        self.embedding = nn.Embedding(num_embeddings=vob_size,
                                      embedding_dim=embed_dim,
                                      padding_idx=self.pad_idx)
        self.lstm = nn.LSTM(input_size=embed_dim,
                            hidden_size=hidden_dim,
                            num_layers=layer_num,
                            dropout=dropout,  # fix: no dropout inside a one-layer LSTM: dropout=dropout if layer_num > 1 else 0
                            batch_first=True,
                            bidirectional=True)
        self.dropout = nn.Dropout(p=dropout)

    def forward(self, x):
        embedded = self.dropout(self.embedding(x))
        output, (h, c) = self.lstm(embedded)
        return output, (h, c)


class Reduce(nn.Module):
    def __init__(self, hidden_dim, dropout=0.5):
        super(Reduce, self).__init__()
        self.hidden_dim = hidden_dim
        self.reduce_h = nn.Linear(hidden_dim * 2, hidden_dim)
        self.reduce_c = nn.Linear(hidden_dim * 2, hidden_dim)
        self.dropout = nn.Dropout(p=dropout)

    def forward(self, h, c):
        h = h.permute(1, 0, 2).reshape(-1, self.hidden_dim * 2)
        c = c.permute(1, 0, 2).reshape(-1, self.hidden_dim * 2)
        h_output = torch.relu(self.dropout(self.reduce_h(h)))
        c_output = torch.relu(self.dropout(self.reduce_c(c)))
        return h_output.unsqueeze(0), c_output.unsqueeze(0)


class PointerGeneratorNetworks(nn.Module):
    def __init__(self, vob_size=50000, embed_dim=128, hidden_dim=256, pad_idx=0, dropout=0.5):
        super(PointerGeneratorNetworks, self).__init__()
        self.encoder = Encoder(vob_size=vob_size, embed_dim=embed_dim, hidden_dim=hidden_dim,
                               pad_idx=pad_idx, dropout=0.5)
        self.reduce = Reduce(hidden_dim=hidden_dim, dropout=dropout)

    def forward(self, encoder_input):
        encoder_outputs, encoder_hidden = self.encoder(encoder_input)
        return encoder_outputs, self.reduce(*encoder_hidden)


def probe():
    model = PointerGeneratorNetworks(vob_size=60, embed_dim=8, hidden_dim=12)
    model(torch.randint(0, 60, (3, 9)))


if __name__ == "__main__":
    probe()
