"""rnn_type picks the layer class from a dict; init_hidden returns a pair only for the LSTM."""
import torch
import torch.nn as nn

RNNS = {"lstm": nn.LSTM, "gru": nn.GRU}


class Encoder(nn.Module):
    def __init__(self, vocab, emb, hidden, layers=2, rnn_type="lstm"):
        super().__init__()
        self.rnn_type, self.layers, self.hidden = rnn_type, layers, hidden
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = RNNS[rnn_type](emb, hidden, layers, dropout=0.1, batch_first=True)

    def init_hidden(self, batch):
        h = torch.zeros(self.layers, batch, self.hidden)
        if self.rnn_type == "lstm":
            return (h, torch.zeros_like(h))
        return h

    def forward(self, tokens):
        state = self.init_hidden(tokens.size(0))
        out, state = self.rnn(self.embed(tokens), state)
        return out[:, -1]


def probe():
    x = torch.randint(0, 30, (4, 7))
    for kind in ("lstm", "gru"):
        assert Encoder(30, 8, 12, rnn_type=kind)(x).shape == (4, 12)
