# source: a correct look-alike of HashtagGeneration's merge (torch runs it)
# torch: runs
# Each part of an LSTM's (h, c) merged on its own, a GRU's tensor merged whole; and the pair's
# h read with [0].
import torch
import torch.nn as nn


class BiEncoder(nn.Module):
    def __init__(self, rnn_type, emb, hidden):
        super().__init__()
        self.rnn = getattr(nn, rnn_type)(emb, hidden)
        self.merge = nn.Linear(2 * hidden, hidden)

    def forward(self, a, b):
        _, ha = self.rnn(a)
        _, hb = self.rnn(b)
        if isinstance(ha, tuple):
            merged = tuple(self.merge(torch.cat([x, y], -1)) for x, y in zip(ha, hb))
            batch = ha[0].size(1)
        else:
            merged = self.merge(torch.cat([ha, hb], -1))
            batch = ha.size(1)
        return merged, batch


def probe():
    BiEncoder("LSTM", 8, 16)(torch.zeros(5, 3, 8), torch.zeros(4, 3, 8))
    BiEncoder("GRU", 8, 16)(torch.zeros(5, 3, 8), torch.zeros(4, 3, 8))
