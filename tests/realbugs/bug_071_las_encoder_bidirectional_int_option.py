# source: https://github.com/kaituoxu/Listen-Attend-Spell/issues/6
# rule: LC005
# torch: TypeError: lstm() received an invalid combination of arguments - got (Tensor, Tensor, tuple, list, bool, int, float, bool, int), but expected one of:
"""Listen-Attend-Spell's training script takes the encoder's direction as an int option
(--ebidirectional 1) and passes it on as the LSTM's bidirectional flag: the layer is built, but
the packed forward pass rejects the int where torch's kernel wants a bool."""
import argparse

import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

parser = argparse.ArgumentParser("End-to-End Automatic Speech Recognition Training "
                                 "(Listen Attend and Spell framework).")
parser.add_argument('--einput', default=8, type=int, help='Dim of encoder input')
parser.add_argument('--ehidden', default=16, type=int, help='Size of encoder hidden units')
parser.add_argument('--elayer', default=2, type=int, help='Number of encoder layers.')
parser.add_argument('--edropout', default=0.0, type=float, help='Encoder dropout rate')
parser.add_argument('--ebidirectional', default=1, type=int, help='Whether use bidirectional encoder')  # fix: a bool flag, e.g. type=lambda s: bool(int(s)), or bool() where it is used
parser.add_argument('--etype', default='lstm', type=str, help='Type of encoder RNN')
parser.add_argument('--LFR_m', default=1, type=int, help='Low Frame Rate: number of frames to stack')


class Encoder(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, dropout=0.0, bidirectional=True,
                 rnn_type='lstm'):
        super(Encoder, self).__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bidirectional = bidirectional
        self.rnn_type = rnn_type
        self.dropout = dropout
        if self.rnn_type == 'lstm':
            self.rnn = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True,
                               dropout=dropout, bidirectional=bidirectional)

    def forward(self, padded_input, input_lengths):
        total_length = padded_input.size(1)
        packed_input = pack_padded_sequence(padded_input, input_lengths, batch_first=True)
        packed_output, hidden = self.rnn(packed_input)
        output, _ = pad_packed_sequence(packed_output, batch_first=True, total_length=total_length)
        return output, hidden


def main(args):
    encoder = Encoder(args.einput * args.LFR_m, args.ehidden, args.elayer,
                      dropout=args.edropout, bidirectional=args.ebidirectional,
                      rnn_type=args.etype)
    padded_input = torch.randn(3, 7, args.einput * args.LFR_m)
    return encoder(padded_input, torch.tensor([7, 5, 4]))


def probe():
    main(parser.parse_args([]))


if __name__ == "__main__":
    probe()
