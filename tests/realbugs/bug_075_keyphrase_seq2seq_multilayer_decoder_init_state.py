# source: https://github.com/memray/seq2seq-keyphrase-pytorch/issues/18
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (4, 3, 16), got [1, 3, 16]
"""The keyphrase seq2seq model bridges the encoder's last forward/backward states to the decoder
with a Linear and .unsqueeze(0): one layer's worth of state. Run with -enc_layers 4 -dec_layers 4,
the decoder LSTM has four layers and wants (4, B, H)."""
import argparse

import torch
import torch.nn as nn
from torch.autograd import Variable


def model_opts(parser):
    parser.add_argument('-word_vec_size', type=int, default=12)
    parser.add_argument('-rnn_size', type=int, default=16)
    parser.add_argument('-enc_layers', type=int, default=1)
    parser.add_argument('-dec_layers', type=int, default=1)
    parser.add_argument('-bidirectional', action='store_true')
    parser.add_argument('-dropout', type=float, default=0.5)


class Seq2SeqLSTMAttention(nn.Module):
    """Container module with an encoder, deocder, embeddings."""

    def __init__(self, opt):
        super(Seq2SeqLSTMAttention, self).__init__()
        self.vocab_size = opt.vocab_size
        self.emb_dim = opt.word_vec_size
        self.num_directions = 2 if opt.bidirectional else 1
        self.src_hidden_dim = opt.rnn_size
        self.trg_hidden_dim = opt.rnn_size
        self.embedding = nn.Embedding(self.vocab_size, self.emb_dim, 0)
        self.encoder = nn.LSTM(input_size=self.emb_dim, hidden_size=self.src_hidden_dim,
                               num_layers=opt.enc_layers, bidirectional=opt.bidirectional,
                               batch_first=True, dropout=opt.dropout)
        self.decoder = nn.LSTM(input_size=self.emb_dim, hidden_size=self.trg_hidden_dim,
                               num_layers=opt.dec_layers, bidirectional=False,
                               batch_first=True, dropout=opt.dropout)
        self.encoder2decoder_hidden = nn.Linear(self.src_hidden_dim * self.num_directions,
                                                self.trg_hidden_dim)
        self.encoder2decoder_cell = nn.Linear(self.src_hidden_dim * self.num_directions,
                                              self.trg_hidden_dim)
        self.decoder2vocab = nn.Linear(self.trg_hidden_dim, self.vocab_size)

    def init_encoder_state(self, input):
        """Get cell states and hidden states."""
        batch_size = input.size(0) if self.encoder.batch_first else input.size(1)
        h0_encoder = Variable(torch.zeros(self.encoder.num_layers * self.num_directions,
                                          batch_size, self.src_hidden_dim), requires_grad=False)
        c0_encoder = Variable(torch.zeros(self.encoder.num_layers * self.num_directions,
                                          batch_size, self.src_hidden_dim), requires_grad=False)
        return h0_encoder, c0_encoder

    def init_decoder_state(self, enc_h, enc_c):
        # prepare the init hidden vector for decoder, (batch_size, num_layers * num_directions * enc_hidden_dim) -> (num_layers * num_directions, batch_size, dec_hidden_dim)
        decoder_init_hidden = nn.Tanh()(self.encoder2decoder_hidden(enc_h)).unsqueeze(0)  # fix: one state per decoder layer: .unsqueeze(0).repeat(self.decoder.num_layers, 1, 1) (and the cell below)
        decoder_init_cell = nn.Tanh()(self.encoder2decoder_cell(enc_c)).unsqueeze(0)
        return decoder_init_hidden, decoder_init_cell

    def encode(self, input_src):
        src_emb = self.embedding(input_src)
        self.h0_encoder, self.c0_encoder = self.init_encoder_state(input_src)
        src_h, (src_h_t, src_c_t) = self.encoder(src_emb, (self.h0_encoder, self.c0_encoder))
        if self.encoder.bidirectional:
            h_t = torch.cat((src_h_t[-1], src_h_t[-2]), 1)
            c_t = torch.cat((src_c_t[-1], src_c_t[-2]), 1)
        else:
            h_t = src_h_t[-1]
            c_t = src_c_t[-1]
        return src_h, (h_t, c_t)

    def forward(self, input_src, input_trg):
        src_h, (src_h_t, src_c_t) = self.encode(input_src)
        init_hidden = self.init_decoder_state(src_h_t, src_c_t)
        trg_emb = self.embedding(input_trg)
        decoder_outputs, _ = self.decoder(trg_emb, init_hidden)
        return self.decoder2vocab(decoder_outputs)


def probe():
    parser = argparse.ArgumentParser(description='train.py')
    model_opts(parser)
    opt = parser.parse_args(['-enc_layers', '4', '-dec_layers', '4', '-bidirectional'])
    opt.vocab_size = 50
    model = Seq2SeqLSTMAttention(opt)
    model(torch.randint(1, 50, (3, 9)), torch.randint(1, 50, (3, 4)))


if __name__ == "__main__":
    probe()
