# source: https://github.com/pyro-ppl/pyro/issues/1415
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.1 and num_layers=1
"""Deep Markov Model: the guide's RNN takes the dropout rate from the command line but has a
single layer, so torch warns and applies no dropout at all."""
import argparse

import torch
import torch.nn as nn


class DMM(nn.Module):
    def __init__(self, input_dim=88, z_dim=100, emission_dim=100, transition_dim=200,
                 rnn_dim=600, num_layers=1, rnn_dropout_rate=0.0):
        super(DMM, self).__init__()
        self.rnn = nn.RNN(input_size=input_dim, hidden_size=rnn_dim, nonlinearity="relu",
                          batch_first=True, bidirectional=False, num_layers=num_layers,
                          dropout=rnn_dropout_rate)  # fix: num_layers > 1, or drop the RNN's dropout
        self.h_0 = nn.Parameter(torch.zeros(1, 1, rnn_dim))

    def forward(self, mini_batch):
        h_0_contig = self.h_0.expand(1, mini_batch.size(0), self.rnn.hidden_size).contiguous()
        rnn_output, _ = self.rnn(mini_batch, h_0_contig)
        return rnn_output


def main(args):
    dmm = DMM(rnn_dropout_rate=args.rnn_dropout_rate)
    return dmm


def probe():
    parser = argparse.ArgumentParser(description="parse args")
    parser.add_argument("-rdr", "--rnn-dropout-rate", type=float, default=0.1)
    args = parser.parse_args([])
    dmm = main(args)
    dmm(torch.randn(2, 5, 88))


if __name__ == "__main__":
    probe()
