"""functools.partial fixes the shared options; each use passes its own sizes."""
from functools import partial

import torch
import torch.nn as nn

BiLSTM = partial(nn.LSTM, batch_first=True, bidirectional=True)


class Hierarchical(nn.Module):
    def __init__(self, emb=10, word_hidden=8, sent_hidden=6):
        super().__init__()
        self.word_rnn = BiLSTM(emb, word_hidden)
        self.sent_rnn = BiLSTM(2 * word_hidden, sent_hidden)
        self.out = nn.Linear(2 * sent_hidden, 2)

    def forward(self, docs):                      # (docs, sents, words, emb)
        d, s, w, e = docs.shape
        words, _ = self.word_rnn(docs.view(d * s, w, e))
        sents, _ = self.sent_rnn(words[:, -1].view(d, s, -1))
        return self.out(sents[:, -1])


def probe():
    out = Hierarchical()(torch.randn(2, 3, 5, 10))
    assert out.shape == (2, 2)
