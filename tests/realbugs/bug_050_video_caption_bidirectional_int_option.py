# source: https://github.com/xiadingZ/video-caption.pytorch/issues/55
# rule: LC005
# torch: TypeError: gru() received an invalid combination of arguments - got (Tensor, Tensor, list, bool, int, float, bool, int, bool), but expected one of:
"""S2VT video captioning: --bidirectional is an argparse int option ("0 for disable, 1 for
enable") passed straight to the GRU, which takes it and then fails at the first forward pass:
gru() received an invalid combination of arguments - got (..., !int!, bool)."""
import argparse

import torch
import torch.nn as nn


def parse_opt(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--bidirectional", type=int, default=0,
                        help="0 for disable, 1 for enable. encoder/decoder bidirectional.")
    parser.add_argument('--dim_hidden', type=int, default=16,
                        help='size of the rnn hidden layer')
    parser.add_argument('--dim_vid', type=int, default=20,
                        help='dim of features of video frames')
    return parser.parse_args(argv)


class EncoderRNN(nn.Module):
    def __init__(self, dim_vid, dim_hidden, input_dropout_p=0, dropout_p=0,
                 n_layers=1, bidirectional=False, rnn_cell='gru'):
        super().__init__()
        self.dim_vid = dim_vid
        self.dim_hidden = dim_hidden
        self.vid2hid = nn.Linear(dim_vid, dim_hidden)
        self.input_dropout = nn.Dropout(input_dropout_p)
        if rnn_cell.lower() == 'lstm':
            self.rnn_cell = nn.LSTM
        elif rnn_cell.lower() == 'gru':
            self.rnn_cell = nn.GRU
        self.rnn = self.rnn_cell(dim_hidden, dim_hidden, n_layers,
                                 batch_first=True, bidirectional=bidirectional, dropout=dropout_p)  # fix: a bool, not the 0/1 option: bidirectional=bool(bidirectional)

    def forward(self, vid_feats):
        batch_size, seq_len, dim_vid = vid_feats.size()
        vid_feats = self.vid2hid(vid_feats.view(-1, dim_vid))
        vid_feats = self.input_dropout(vid_feats)
        vid_feats = vid_feats.view(batch_size, seq_len, self.dim_hidden)
        output, hidden = self.rnn(vid_feats)
        return output, hidden


def probe():
    opt = vars(parse_opt([]))
    encoder = EncoderRNN(opt["dim_vid"], opt["dim_hidden"], bidirectional=opt["bidirectional"])
    encoder(torch.randn(2, 5, opt["dim_vid"]))


if __name__ == "__main__":
    probe()
