"""hidden_size = embed_size, written as an alias: the author ties them on purpose and each
layer still takes the right one."""
import torch
import torch.nn as nn

embed_size = 50
hidden_size = embed_size
vocab_size = 80


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embed_size)
        self.gru = nn.GRU(embed_size, hidden_size, batch_first=True)
        self.out = nn.Linear(hidden_size, vocab_size)

    def forward(self, ids):
        return self.out(self.gru(self.embed(ids))[0])


def probe():
    result = Model()(torch.randint(0, vocab_size, (3, 4))).shape
    assert result == (3, 4, vocab_size)
