"""Pytorch-NCE's IndexGRU done right: the noise embeddings are viewed with self.ninp, their
own width (EMSIZE == NHID here, but the view does not rely on it)."""
import torch
import torch.nn as nn

EMSIZE = 16
NHID = 16


class IndexGRU(nn.Module):
    def __init__(self, ntoken, ninp, nhid):
        super(IndexGRU, self).__init__()
        self.nhid = nhid
        self.ninp = ninp
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.GRU(ninp, nhid, num_layers=1, batch_first=True)
        self.scorer = nn.Linear(nhid, 1)

    def forward(self, target_idx, noise_idx):
        input_emb = self.encoder(target_idx)
        noise_emb = self.encoder(noise_idx.view(-1))
        rnn_output, _ = self.rnn(input_emb)
        batched = rnn_output[:, 1:].unsqueeze(2).expand(
            -1, -1, noise_idx.size(2), -1).contiguous().view(1, -1, self.nhid)
        neg_output, _ = self.rnn(noise_emb.view(-1, 1, self.ninp), batched)
        return self.scorer(rnn_output), self.scorer(neg_output)


model = IndexGRU(50, EMSIZE, NHID)


def probe():
    a, b = model(torch.randint(0, 50, (2, 6)), torch.randint(0, 50, (2, 5, 4)))
    assert a.shape == (2, 6, 1) and b.shape == (40, 1, 1)
    a, b = IndexGRU(50, 8, 12)(torch.randint(0, 50, (2, 6)), torch.randint(0, 50, (2, 5, 4)))
    assert b.shape == (40, 1, 1)
