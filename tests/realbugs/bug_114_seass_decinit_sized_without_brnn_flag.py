# source: https://github.com/magic282/SEASS/issues/11
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x8 and 16x16)
"""SEASS (seq2seq_pt/s2s/Models.py, selective encoding for summarization): the encoder GRU is
always bidirectional (num_directions = 2 is hard-coded, each direction enc_rnn_size // 2 wide),
but DecInit sizes the Linear that turns the last backward state into the decoder's first state
from the -brnn option: without -brnn it expects enc_rnn_size features and gets half. The reporter
gets "size mismatch, m1: [64 x 256], m2: [512 x 512]"; the maintainer's answer: run with -brnn,
as run.sh does."""
import argparse

import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence as pack
from torch.nn.utils.rnn import pad_packed_sequence as unpack

PAD = 0


class Encoder(nn.Module):
    def __init__(self, opt, vocab_size):
        self.layers = opt.layers
        self.num_directions = 2
        assert opt.enc_rnn_size % self.num_directions == 0
        self.hidden_size = opt.enc_rnn_size // self.num_directions
        input_size = opt.word_vec_size

        super(Encoder, self).__init__()
        self.word_lut = nn.Embedding(vocab_size, opt.word_vec_size, padding_idx=PAD)
        self.rnn = nn.GRU(input_size, self.hidden_size, num_layers=opt.layers, dropout=opt.dropout,
                          bidirectional=True)
        self.selective_gate = nn.Linear(self.hidden_size * 2 * 2, self.hidden_size * 2)
        self.sigmoid = nn.Sigmoid()

    def forward(self, input, hidden=None):
        lengths = input[-1].data.view(-1).tolist()
        wordEmb = self.word_lut(input[0])
        emb = pack(wordEmb, lengths)
        outputs, hidden_t = self.rnn(emb, hidden)
        outputs = unpack(outputs)[0]
        forward_last = hidden_t[0]
        backward_last = hidden_t[1]
        time_step = outputs.size(0)
        batch_size = outputs.size(1)
        sentence_vector = torch.cat((forward_last, backward_last), dim=1)
        exp_buf = torch.cat((outputs, sentence_vector.unsqueeze(0).expand_as(outputs)), dim=2)
        selective_value = self.sigmoid(self.selective_gate(exp_buf.view(-1, exp_buf.size(2))))
        selective_value = selective_value.view(time_step, batch_size, -1)
        outputs = outputs * selective_value
        return hidden_t, outputs


class DecInit(nn.Module):
    def __init__(self, opt):
        super(DecInit, self).__init__()
        self.num_directions = 2 if opt.brnn else 1  # fix: the encoder is always bidirectional: num_directions = 2 (or run with -brnn)
        assert opt.enc_rnn_size % self.num_directions == 0
        self.enc_rnn_size = opt.enc_rnn_size
        self.dec_rnn_size = opt.dec_rnn_size
        self.initer = nn.Linear(self.enc_rnn_size // self.num_directions, self.dec_rnn_size)
        self.tanh = nn.Tanh()

    def forward(self, last_enc_h):
        return self.tanh(self.initer(last_enc_h))


class NMTModel(nn.Module):
    def __init__(self, encoder, decIniter):
        super(NMTModel, self).__init__()
        self.encoder = encoder
        self.decIniter = decIniter

    def forward(self, src):
        enc_hidden, context = self.encoder(src)
        enc_hidden = self.decIniter(enc_hidden[1]).unsqueeze(0)  # [1] is the last backward hidden
        return enc_hidden, context


def build_parser():
    parser = argparse.ArgumentParser(description='train.py')
    parser.add_argument('-layers', type=int, default=1, help='Number of layers in the LSTM encoder/decoder')
    parser.add_argument('-enc_rnn_size', type=int, default=512, help='Size of LSTM hidden states')
    parser.add_argument('-dec_rnn_size', type=int, default=512, help='Size of LSTM hidden states')
    parser.add_argument('-word_vec_size', type=int, default=300, help='Word embedding sizes')
    parser.add_argument('-maxout_pool_size', type=int, default=2, help='Pooling size for MaxOut layer.')
    parser.add_argument('-brnn', action='store_true', help='Use a bidirectional encoder')
    parser.add_argument('-dropout', type=float, default=0.0, help='Dropout probability')
    return parser


def probe():
    opt = build_parser().parse_args(['-enc_rnn_size', '16', '-dec_rnn_size', '16', '-word_vec_size', '12'])
    model = NMTModel(Encoder(opt, vocab_size=40), DecInit(opt))
    src = torch.randint(1, 40, (7, 4))
    lengths = torch.tensor([[7, 7, 7, 7]])
    model((src, lengths))


if __name__ == "__main__":
    probe()
