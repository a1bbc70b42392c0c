# source: variant of bug_036 (sizes from a SimpleNamespace of options kept on self)
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 32, 16), got [1, 8, 16]
"""bug_036 with the options in a SimpleNamespace the model keeps as self.args: the states take
args.batch_size while the batches hold 32 rows."""
from types import SimpleNamespace

import torch
import torch.nn as nn

args = SimpleNamespace(batch_size=8, hidden=16, embed=12, vocab=50)


class Classifier(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.args = args
        self.embed = nn.Embedding(args.vocab, args.embed)
        self.lstm = nn.LSTM(args.embed, args.hidden, batch_first=True)
        self.fc = nn.Linear(args.hidden, 2)

    def forward(self, x):
        h0 = torch.zeros(1, self.args.batch_size, self.args.hidden)  # fix: the batch is x.size(0)
        c0 = torch.zeros(1, self.args.batch_size, self.args.hidden)
        out, (h_n, c_n) = self.lstm(self.embed(x), (h0, c0))
        return self.fc(h_n[-1])


def probe():
    model = Classifier(args)
    for _ in range(2):
        model(torch.randint(0, args.vocab, (32, 20)))


if __name__ == "__main__":
    probe()
