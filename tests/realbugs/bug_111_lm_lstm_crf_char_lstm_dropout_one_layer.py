# source: https://github.com/LiyuanLucasLiu/LM-LSTM-CRF/issues/67
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""LM-LSTM-CRF (train_wc.py and model/lm_lstm_crf.py): the reporter runs train_wc.py with
--dropout 0.5 and the defaults --char_layers 1 --word_layers 1 (the Namespace is printed in the
issue); building the model stops in nn.LSTM's constructor on the dropout check. The same
dropout_ratio is passed to the two character LSTMs and the word LSTM, each one layer deep, and to
the nn.Dropout layers that do the model's actual dropout."""
import argparse

import torch
import torch.nn as nn


class LM_LSTM_CRF(nn.Module):
    def __init__(self, tagset_size, char_size, char_dim, char_hidden_dim, char_rnn_layers, embedding_dim,
                 word_hidden_dim, word_rnn_layers, vocab_size, dropout_ratio, large_CRF=True, if_highway=False,
                 in_doc_words=2, highway_layers=1):
        super(LM_LSTM_CRF, self).__init__()
        self.char_dim = char_dim
        self.char_hidden_dim = char_hidden_dim
        self.char_size = char_size
        self.word_dim = embedding_dim
        self.word_hidden_dim = word_hidden_dim
        self.word_size = vocab_size
        self.if_highway = if_highway

        self.char_embeds = nn.Embedding(char_size, char_dim)
        self.forw_char_lstm = nn.LSTM(char_dim, char_hidden_dim, num_layers=char_rnn_layers, bidirectional=False, dropout=dropout_ratio)  # fix: one char layer: leave dropout to self.dropout, or pass dropout only when char_rnn_layers > 1
        self.back_char_lstm = nn.LSTM(char_dim, char_hidden_dim, num_layers=char_rnn_layers, bidirectional=False, dropout=dropout_ratio)
        self.char_rnn_layers = char_rnn_layers

        self.word_embeds = nn.Embedding(vocab_size, embedding_dim)
        self.word_lstm = nn.LSTM(embedding_dim + char_hidden_dim * 2, word_hidden_dim // 2, num_layers=word_rnn_layers,
                                 bidirectional=True, dropout=dropout_ratio)
        self.word_rnn_layers = word_rnn_layers
        self.dropout = nn.Dropout(p=dropout_ratio)
        self.tagset_size = tagset_size
        self.crf = nn.Linear(word_hidden_dim, tagset_size * tagset_size)


def build_parser():
    parser = argparse.ArgumentParser(description='Learning with LM-LSTM-CRF together with Language Model')
    parser.add_argument('--rand_embedding', action='store_true', help='random initialize word embedding')
    parser.add_argument('--emb_file', default='./embedding/glove.6B.100d.txt', help='path to pre-trained embedding')
    parser.add_argument('--dropout', type=float, default=0.55, help='dropout ratio')
    parser.add_argument('--char_hidden', type=int, default=300, help='dimension of char-level layers')
    parser.add_argument('--word_hidden', type=int, default=300, help='dimension of word-level layers')
    parser.add_argument('--char_dim', type=int, default=30, help='dimension of char embedding')
    parser.add_argument('--word_dim', type=int, default=100, help='dimension of word embedding')
    parser.add_argument('--char_layers', type=int, default=1, help='number of char level layers')
    parser.add_argument('--word_layers', type=int, default=1, help='number of word level layers')
    parser.add_argument('--high_way', action='store_true', help='use highway layers')
    parser.add_argument('--highway_layers', type=int, default=1, help='number of highway layers')
    return parser


def main(argv):
    args = build_parser().parse_args(argv)
    ner_model = LM_LSTM_CRF(12, 80, args.char_dim, args.char_hidden, args.char_layers, args.word_dim,
                            args.word_hidden, args.word_layers, 500, dropout_ratio=args.dropout,
                            large_CRF=True, if_highway=args.high_way, in_doc_words=300,
                            highway_layers=args.highway_layers)
    return ner_model


def probe():
    main(['--dropout', '0.5', '--high_way', '--char_hidden', '16', '--word_hidden', '16'])


if __name__ == "__main__":
    probe()
