# torch: RuntimeError: Expected hidden size (4, 3, 24), got [2, 3, 24]
# The encoder's first state is stacked from one zero row per layer (a comprehension over
# range(layers)); the GRU is bidirectional and needs one per layer and direction.
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab=60, emb=16, hid=24, n_layers=2):
        super().__init__()
        self.n_layers, self.hid = n_layers, hid
        self.emb = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hid, num_layers=n_layers, bidirectional=True)

    def init_hidden(self, batch_size):
        return torch.stack([torch.zeros(batch_size, self.hid)
                            for _ in range(self.n_layers)])  # fix: range(2 * self.n_layers): both directions

    def forward(self, src):
        hidden = self.init_hidden(src.size(1))
        return self.rnn(self.emb(src), hidden)


def probe():
    Encoder()(torch.randint(0, 60, (8, 3)))
