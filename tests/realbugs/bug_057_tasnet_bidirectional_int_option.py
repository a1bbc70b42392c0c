# source: https://github.com/kaituoxu/TasNet/issues/3
# rule: LC005
# torch: TypeError: lstm() received an invalid combination of arguments - got (Tensor, Tensor, tuple, list, bool, int, float, bool, int), but expected one of:
"""TasNet separator: --bidirectional is an argparse int option (default 1) handed to the packed
LSTM, which takes it and fails at the first forward pass: lstm() received an invalid combination
of arguments - got (Tensor, Tensor, !tuple!, !list!, bool, int, int, bool, !int!)."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

parser = argparse.ArgumentParser(
    "Time-domain Audio Separation Network (TasNet) with Permutation Invariant "
    "Training")
parser.add_argument('--N', default=500, type=int,
                    help='The number of basis signals')
parser.add_argument('--hidden_size', default=500, type=int,
                    help='Number of LSTM hidden units')
parser.add_argument('--num_layers', default=4, type=int,
                    help='Number of LSTM layers')
parser.add_argument('--bidirectional', default=1, type=int,
                    help='Whether use bidirectional LSTM')
parser.add_argument('--nspk', default=2, type=int,
                    help='Number of speaker')


class Separator(nn.Module):
    def __init__(self, N, hidden_size, num_layers, bidirectional=True, nspk=2):
        super(Separator, self).__init__()
        self.N = N
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bidirectional = bidirectional
        self.nspk = nspk
        self.layer_norm = nn.LayerNorm(N)
        self.rnn = nn.LSTM(N, hidden_size, num_layers,
                           batch_first=True,
                           bidirectional=bidirectional)  # fix: a bool, not the 0/1 option: bidirectional=bool(bidirectional)
        fc_in_dim = hidden_size * 2 if bidirectional else hidden_size
        self.fc = nn.Linear(fc_in_dim, nspk * N)

    def forward(self, mixture_w, mixture_lengths):
        B, K, N = mixture_w.size()
        norm_mixture_w = self.layer_norm(mixture_w)
        total_length = norm_mixture_w.size(1)
        packed_input = pack_padded_sequence(norm_mixture_w, mixture_lengths,
                                            batch_first=True)
        packed_output, hidden = self.rnn(packed_input)
        output, _ = pad_packed_sequence(packed_output,
                                        batch_first=True,
                                        total_length=total_length)
        score = self.fc(output)  # B x K x nspk*N
        score = score.view(B, K, self.nspk, N)
        return F.softmax(score, dim=2)


def probe():
    args = parser.parse_args(['--N', '6', '--hidden_size', '8', '--num_layers', '2'])
    separator = Separator(args.N, args.hidden_size, args.num_layers,
                          bidirectional=args.bidirectional, nspk=args.nspk)
    B, K = 2, 3
    separator(torch.randn(B, K, args.N), torch.LongTensor([K for i in range(B)]))


if __name__ == "__main__":
    probe()
