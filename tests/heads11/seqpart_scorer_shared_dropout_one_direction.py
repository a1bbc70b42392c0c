"""An NCE language model's scorer shares the model's dropout module (`nn.Sequential(self.drop,
nn.Linear(nhid, 1))`) and was left sized for one direction when the GRU became bidirectional.
The scorer is built the way https://github.com/Stonesjtu/Pytorch-NCE (example/nce_index model)
builds it."""
import torch
import torch.nn as nn


class IndexGRU(nn.Module):
    def __init__(self, ntoken=40, ninp=12, nhid=24, dropout=0.2):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.GRU(ninp, nhid, batch_first=True, bidirectional=True)
        self.scorer = nn.Sequential(
            self.drop,
            nn.Linear(nhid, 1),  # expect: LC007
        )

    def forward(self, input):
        rnn_output, _ = self.rnn(self.drop(self.encoder(input)))
        return self.scorer(rnn_output).squeeze(-1)


def probe():
    IndexGRU()(torch.randint(0, 40, (3, 6)))
