# source: https://github.com/HKAB/vietnamese-rnnt-tutorial/issues/1
"""A batch_first GRU prediction network whose sampled initial state is (1, y.size(0), hidden):
layers first even though the input is batch-first."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, vocab_size=1024, embed_dim=768, hidden_dim=768):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.rnn = nn.GRU(embed_dim, hidden_dim, batch_first=True)

    def forward(self, y, h_0=None):
        y = self.embedding(y)
        if h_0 is not None:
            y, h_n = self.rnn(y, h_0)
        else:
            h_0 = torch.randn(1, y.size(0), self.hidden_dim, device=y.device)
            y, h_n = self.rnn(y, h_0)
        return y, h_n


def probe():
    decoder = Decoder(vocab_size=30, embed_dim=8, hidden_dim=12)
    y, h_n = decoder(torch.randint(0, 30, (2, 5)))
    decoder(torch.randint(0, 30, (2, 1)), h_n)


if __name__ == "__main__":
    probe()
