"""Deep Knowledge Tracing: LSTM and Linear imported by name from torch.nn, the input an
Embedding of 2*num_q interactions indexed by q + num_q * r, batch-first.

source: hcnoh/knowledge-tracing-collection-pytorch@6151f490db17a290b0f4674c1a7c15a1a60c35f6 models/dkt.py
"""
import torch
from torch.nn import Module, Embedding, LSTM, Linear, Dropout


class DKT(Module):
    def __init__(self, num_q, emb_size, hidden_size):
        super().__init__()
        self.num_q = num_q
        self.emb_size = emb_size
        self.hidden_size = hidden_size
        self.interaction_emb = Embedding(self.num_q * 2, self.emb_size)
        self.lstm_layer = LSTM(
            self.emb_size, self.hidden_size, batch_first=True
        )
        self.out_layer = Linear(self.hidden_size, self.num_q)
        self.dropout_layer = Dropout()

    def forward(self, q, r):
        x = q + self.num_q * r
        h, _ = self.lstm_layer(self.interaction_emb(x))
        y = self.out_layer(h)
        y = self.dropout_layer(y)
        return torch.sigmoid(y)


def probe():
    DKT(num_q=110, emb_size=100, hidden_size=100)(torch.randint(0, 110, (8, 50)),
                                                   torch.randint(0, 2, (8, 50)))
