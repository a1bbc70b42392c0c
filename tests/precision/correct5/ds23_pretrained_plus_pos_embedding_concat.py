"""300-d word vectors concatenated with a 50-d POS embedding: the BiLSTM takes 350."""
import torch
import torch.nn as nn

WORD_DIM, POS_DIM = 300, 50


class Tagger(nn.Module):
    def __init__(self, vectors, n_pos=17, hidden=32):
        super().__init__()
        self.words = nn.Embedding.from_pretrained(vectors, freeze=False)
        self.pos = nn.Embedding(n_pos, POS_DIM)
        self.lstm = nn.LSTM(WORD_DIM + POS_DIM, hidden, batch_first=True, bidirectional=True)

    def forward(self, words, pos):
        return self.lstm(torch.cat([self.words(words), self.pos(pos)], -1))[0]


def probe():
    m = Tagger(torch.randn(40, WORD_DIM))
    m(torch.randint(0, 40, (2, 6)), torch.randint(0, 17, (2, 6)))
