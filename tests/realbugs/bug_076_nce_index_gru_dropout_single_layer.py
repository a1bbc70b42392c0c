# source: https://github.com/Stonesjtu/Pytorch-NCE/issues/6
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1
"""Pytorch-NCE's IndexGRU hard-codes one GRU layer ("only 1 layer is supported"), so --nlayers has
no effect (the thread), yet it still hands the GRU the dropout rate meant for the embedding and
the scorer: a one-layer GRU never applies it, and torch warns."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser(description='PyTorch PennTreeBank NCE Language Model')
parser.add_argument('--emsize', type=int, default=16, help='size of word embeddings')
parser.add_argument('--nhid', type=int, default=16, help='number of hidden units per layer')
parser.add_argument('--nlayers', type=int, default=1, help='number of layers')
parser.add_argument('--dropout', type=float, default=0.2, help='dropout applied to layers (0 = no dropout)')
parser.add_argument('--index-module', type=str, default='gru', help='index module to use in NCELoss wrapper')


class IndexGRU(nn.Module):
    """An indexed module for generic NCE: nn.Embedding, one layer GRU and a linear regressor."""
    nce = True

    def __init__(self, ntoken, ninp, nhid, dropout=0.2):
        super(IndexGRU, self).__init__()
        self.nhid = nhid
        self.ninp = ninp
        self.drop = nn.Dropout(dropout)
        self.encoder = nn.Sequential(
            nn.Embedding(ntoken, ninp),
            self.drop,
        )
        # this GRU only outputs the hidden for last layer, so only 1 layer is supported
        self.rnn = nn.GRU(ninp, nhid, num_layers=1, dropout=dropout, batch_first=True)  # fix: a one-layer GRU applies no dropout: leave dropout= out (self.drop already drops the embedding and scorer inputs)
        self.scorer = nn.Sequential(
            self.drop,
            nn.Linear(nhid, 1),
        )

    def forward(self, target_idx, noise_idx, input):
        input_emb = self.encoder(input)  # (B, N, E)
        noise_emb = self.encoder(noise_idx.view(-1))
        rnn_output, _last_hidden = self.rnn(input_emb)  # (B, N, H)
        effective_rnn_output = rnn_output[:, 1:]
        batched_rnn_output = effective_rnn_output.unsqueeze(2).expand(
            -1, -1, noise_idx.size(2), -1
        ).contiguous().view(1, -1, self.nhid)
        neg_output, _last_hidden = self.rnn(noise_emb.view(-1, 1, self.nhid), batched_rnn_output)
        target_score = self.scorer(effective_rnn_output).squeeze()
        noise_score = self.scorer(neg_output).view_as(noise_idx)
        return target_score, noise_score


def build_model(args, ntoken):
    if args.index_module == 'gru':
        return IndexGRU(ntoken, args.emsize, args.nhid, args.dropout)
    raise ValueError(args.index_module)


def probe():
    args = parser.parse_args([])
    model = build_model(args, ntoken=40)
    input = torch.randint(0, 40, (2, 6))
    model(input[:, 1:], torch.randint(0, 40, (2, 5, 3)), input)


if __name__ == "__main__":
    probe()
