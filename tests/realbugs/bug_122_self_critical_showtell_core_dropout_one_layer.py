# source: https://github.com/ruotianluo/self-critical.pytorch/issues/40
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""self-critical.pytorch (models/ShowTellModel.py with opts.py): "dropout in LSTM". The captioning
core is built by name, getattr(nn, rnn_type.upper())(input_encoding_size, rnn_size, num_layers,
bias=False, dropout=drop_prob_lm), from options whose defaults are --num_layers 1 and
--drop_prob_lm 0.5. With one layer the RNN's dropout is never applied (the model drops out its
inputs through self.dropout anyway), and torch warns when the core is built."""
import argparse

import torch
import torch.nn as nn


def parse_opt(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument('--caption_model', type=str, default="show_tell")
    parser.add_argument('--rnn_size', type=int, default=512, help='size of the rnn in number of hidden nodes in each layer')
    parser.add_argument('--num_layers', type=int, default=1, help='number of layers in the RNN')
    parser.add_argument('--rnn_type', type=str, default='lstm', help='rnn, gru, or lstm')
    parser.add_argument('--input_encoding_size', type=int, default=512, help='the encoding size of each token in the vocabulary, and the image.')
    parser.add_argument('--fc_feat_size', type=int, default=2048, help='2048 for resnet, 4096 for vgg')
    parser.add_argument('--drop_prob_lm', type=float, default=0.5, help='strength of dropout in the Language Model RNN')
    parser.add_argument('--seq_length', type=int, default=16)
    return parser.parse_args(argv)


class ShowTellModel(nn.Module):
    def __init__(self, opt):
        super(ShowTellModel, self).__init__()
        self.vocab_size = opt.vocab_size
        self.input_encoding_size = opt.input_encoding_size
        self.rnn_type = opt.rnn_type
        self.rnn_size = opt.rnn_size
        self.num_layers = opt.num_layers
        self.drop_prob_lm = opt.drop_prob_lm
        self.seq_length = opt.seq_length
        self.fc_feat_size = opt.fc_feat_size

        self.ss_prob = 0.0  # Schedule sampling probability

        self.img_embed = nn.Linear(self.fc_feat_size, self.input_encoding_size)
        self.core = getattr(nn, self.rnn_type.upper())(self.input_encoding_size, self.rnn_size, self.num_layers, bias=False, dropout=self.drop_prob_lm)  # fix: with num_layers=1 pass dropout=0 and keep self.dropout on the inputs
        self.embed = nn.Embedding(self.vocab_size + 1, self.input_encoding_size)
        self.logit = nn.Linear(self.rnn_size, self.vocab_size + 1)
        self.dropout = nn.Dropout(self.drop_prob_lm)

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        if self.rnn_type == 'lstm':
            return (weight.new_zeros(self.num_layers, bsz, self.rnn_size),
                    weight.new_zeros(self.num_layers, bsz, self.rnn_size))
        return weight.new_zeros(self.num_layers, bsz, self.rnn_size)

    def forward(self, fc_feats, seq):
        batch_size = fc_feats.size(0)
        state = self.init_hidden(batch_size)
        outputs = []
        for i in range(seq.size(1)):
            if i == 0:
                xt = self.img_embed(fc_feats)
            else:
                xt = self.embed(seq[:, i - 1])
            output, state = self.core(xt.unsqueeze(0), state)
            output = torch.log_softmax(self.logit(self.dropout(output.squeeze(0))), dim=1)
            outputs.append(output)
        return torch.stack(outputs, 1)


def probe():
    opt = parse_opt(['--rnn_size', '16', '--input_encoding_size', '12', '--fc_feat_size', '20'])
    opt.vocab_size = 30
    model = ShowTellModel(opt)
    model(torch.randn(2, 20), torch.randint(1, 30, (2, 5)))


if __name__ == "__main__":
    probe()
