# source: https://github.com/FreedomIntelligence/TextClassificationBenchmark/blob/2eb8e89c663c8a8abe843ef2997580e3a2a2538a/models/LSTMBI.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.8 and num_layers=1
"""FreedomIntelligence/TextClassificationBenchmark at 2eb8e89 (models/LSTMBI.py, opts.py,
main.py): the bidirectional LSTM classifier hard-codes `self.num_layers = 1` and passes the
`--keep_dropout` option (default 0.8) as the LSTM's dropout. With one layer torch applies no
dropout at all and warns; the model trains without any of the regularisation the option asks
for (and 0.8 was meant as a keep probability besides). The next commit 1bcd709
("lstm_layers_support") reads `opt.lstm_layers` instead, but its default is still 1, so the
warning stays with the default options. argparse is replaced by a namespace built from the
defaults, models.setup by a direct constructor call, GloVe vectors by a random matrix and the
torchtext iterator by random token ids."""
import argparse

import torch
import torch.nn as nn
from torch.autograd import Variable


class LSTMBI(nn.Module):
    # embedding_dim, hidden_dim, vocab_size, label_size, batch_size, use_gpu
    def __init__(self, opt):
        self.opt = opt
        super(LSTMBI, self).__init__()
        self.hidden_dim = opt.hidden_dim
        self.batch_size = opt.batch_size
        self.use_gpu = torch.cuda.is_available()

        self.word_embeddings = nn.Embedding(opt.vocab_size, opt.embedding_dim)
        self.word_embeddings.weight = nn.Parameter(opt.embeddings)

        self.num_layers = 1
        #self.bidirectional = True
        self.dropout = opt.keep_dropout
        self.bilstm = nn.LSTM(opt.embedding_dim, opt.hidden_dim // 2, num_layers=self.num_layers, dropout=self.dropout, bidirectional=True)  # fix: dropout=self.dropout if self.num_layers > 1 else 0 (or more layers)
        self.hidden2label = nn.Linear(opt.hidden_dim, opt.label_size)
        self.hidden = self.init_hidden()
        self.mean = opt.__dict__.get("lstm_mean", True)

    def init_hidden(self, batch_size=None):
        if batch_size is None:
            batch_size = self.batch_size

        if self.use_gpu:
            h0 = Variable(torch.zeros(2*self.num_layers, batch_size, self.hidden_dim // 2).cuda())
            c0 = Variable(torch.zeros(2*self.num_layers, batch_size, self.hidden_dim // 2).cuda())
        else:
            h0 = Variable(torch.zeros(2*self.num_layers, batch_size, self.hidden_dim // 2))
            c0 = Variable(torch.zeros(2*self.num_layers, batch_size, self.hidden_dim // 2))
        return (h0, c0)

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)

        x = embeds.permute(1, 0, 2)  # we do this because the default parameter of lstm is False
        self.hidden = self.init_hidden(sentence.size()[0])  # 2x64x64
        lstm_out, self.hidden = self.bilstm(x, self.hidden)  # lstm_out:200x64x128
        if self.mean == "mean":
            out = lstm_out.permute(1, 0, 2)
            final = torch.mean(out, 1)
        else:
            final = lstm_out[-1]
        y = self.hidden2label(final)  # 64x3  #lstm_out[-1]
        return y


def parse_opt(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument('--hidden_dim', type=int, default=128, help='hidden_dim')
    parser.add_argument('--max_seq_len', type=int, default=200, help='max_seq_len')
    parser.add_argument('--batch_size', type=int, default=64, help='batch_size')
    parser.add_argument('--embedding_dim', type=int, default=100, help='embedding_dim')
    parser.add_argument('--learning_rate', type=float, default=2e-5, help='learning_rate')
    parser.add_argument('--model', type=str, default="lstm_attention", help='model name')
    parser.add_argument('--keep_dropout', type=float, default=0.8, help='keep_dropout')
    parser.add_argument('--lstm_mean', type=str, default="mean", help='lstm_mean')
    return parser.parse_args(argv)


def probe():
    import warnings
    opt = parse_opt(['--model', 'lstm_bi', '--hidden_dim', '32', '--embedding_dim', '20', '--batch_size', '4'])
    # utils/dataset loading fills these in main.py
    opt.vocab_size = 50
    opt.label_size = 2
    opt.embeddings = torch.randn(opt.vocab_size, opt.embedding_dim)
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        model = LSTMBI(opt)
    text = torch.randint(0, opt.vocab_size, (opt.batch_size, 12))  # batch.text, batch first
    predicted = model(text)
    assert predicted.shape == (opt.batch_size, opt.label_size)


if __name__ == "__main__":
    probe()
