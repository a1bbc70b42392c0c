# source: variant of bug_036 (the states come from a helper method returning a tuple, unpacked in forward)
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 32, 16), got [1, 8, 16]
"""bug_036 with the state built in a helper that returns (h0, c0), unpacked by forward; the batch
is the constructor's, the iterator's is another."""
import torch
import torch.nn as nn

BATCH_SIZE = 8


class Classifier(nn.Module):
    def __init__(self, vocab_size, embed_dim, hidden, batch_size):
        super().__init__()
        self.hidden = hidden
        self.batch_size = batch_size
        self.embed = nn.Embedding(vocab_size, embed_dim)
        self.lstm = nn.LSTM(embed_dim, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def _zeros(self):
        h = torch.zeros(1, self.batch_size, self.hidden)  # fix: the batch is the input's x.size(0), not the constructor's batch_size
        c = torch.zeros(1, self.batch_size, self.hidden)
        return h, c

    def forward(self, x):
        h0, c0 = self._zeros()
        _, (h_n, _) = self.lstm(self.embed(x), (h0, c0))
        return self.fc(h_n[-1])


def probe():
    net = Classifier(50, 12, 16, BATCH_SIZE)
    net(torch.randint(0, 50, (32, 20)))


if __name__ == "__main__":
    probe()
