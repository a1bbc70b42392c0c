"""300-d GloVe (the file's name says 300d) projected by a Linear(300, 128) to the configured
input of 128."""
import torch
import torch.nn as nn

EMBEDDING_FILE = "glove.42B.300d.txt"
EMB_DIM = 300
INPUT_DIM = 128


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(70, EMB_DIM)
        self.proj = nn.Linear(EMB_DIM, INPUT_DIM)
        self.rnn = nn.GRU(INPUT_DIM, 64, batch_first=True, bidirectional=True)

    def forward(self, ids):
        return self.rnn(self.proj(self.emb(ids)))[0]


def probe():
    result = int(EMBEDDING_FILE.rsplit(".", 2)[-2][:-1])
    assert result == EMB_DIM
    result = Model()(torch.randint(0, 70, (3, 4))).shape
    assert result == (3, 4, 128)
