# source: https://github.com/Stonesjtu/Pytorch-NCE/issues/6
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 30, 16), got [1, 30, 16]
"""The thread's second step: to make --nlayers work the user builds IndexGRU's GRU with
num_layers=nlayers, but the noise pass still feeds the GRU its last-layer outputs reshaped as a
one-layer state, view(1, -1, nhid), where a two-layer GRU wants (2, N, H)."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser(description='PyTorch PennTreeBank NCE Language Model')
parser.add_argument('--emsize', type=int, default=16, help='size of word embeddings')
parser.add_argument('--nhid', type=int, default=16, help='number of hidden units per layer')
parser.add_argument('--nlayers', type=int, default=2, help='number of layers')
parser.add_argument('--dropout', type=float, default=0.2, help='dropout applied to layers (0 = no dropout)')


class IndexGRU(nn.Module):
    """An indexed module for generic NCE: nn.Embedding, a GRU and a linear regressor."""
    nce = True

    def __init__(self, ntoken, ninp, nhid, nlayers=1, dropout=0.2):
        super(IndexGRU, self).__init__()
        self.nhid = nhid
        self.ninp = ninp
        self.drop = nn.Dropout(dropout)
        self.encoder = nn.Sequential(nn.Embedding(ntoken, ninp), self.drop)
        self.rnn = nn.GRU(ninp, nhid, num_layers=nlayers, dropout=dropout, batch_first=True)
        self.scorer = nn.Sequential(self.drop, nn.Linear(nhid, 1))

    def get_noise_score(self, noise_idx, rnn_output):
        """Get the score of noise given supervised context"""
        noise_emb = self.encoder(noise_idx.view(-1))
        noise_ratio = noise_idx.size(2)
        # rnn_output of </s> is useless for sentence scoring
        batched_rnn_output = rnn_output[:, :-1].unsqueeze(2).expand(
            -1, -1, noise_ratio, -1
        ).contiguous().view(1, -1, self.nhid)  # fix: a state per GRU layer: (self.rnn.num_layers, N, nhid), e.g. .view(1, -1, self.nhid).repeat(self.rnn.num_layers, 1, 1)
        noise_output, _last_hidden = self.rnn(noise_emb.view(-1, 1, self.ninp), batched_rnn_output)
        return self.scorer(noise_output).view_as(noise_idx)

    def forward(self, target_idx, noise_idx, input):
        input_emb = self.encoder(input)
        rnn_output, _last_hidden = self.rnn(input_emb)
        target_score = self.scorer(rnn_output[:, :-1]).squeeze()
        return target_score, self.get_noise_score(noise_idx, rnn_output)


def probe():
    args = parser.parse_args([])
    model = IndexGRU(40, args.emsize, args.nhid, args.nlayers, args.dropout)
    input = torch.randint(0, 40, (2, 6))
    model(input[:, 1:], torch.randint(0, 40, (2, 5, 3)), input)


if __name__ == "__main__":
    probe()
