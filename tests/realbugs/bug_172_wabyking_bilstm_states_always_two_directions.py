# source: https://github.com/wabyking/TextClassificationBenchmark/blob/a73119c0cb8e83d49c2ec429733e50c8e3659098/models/LSTMBI.py
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 4, 16), got [2, 4, 16]
"""wabyking/TextClassificationBenchmark at its last commit (models/LSTMBI.py, models/BaseModel.py,
models/__init__.py, opts.py): opts.py has a `--bidirectional` option (a string, default "true",
turned into a bool by the loop at the end of parse_opt), and LSTMBI passes it to nn.LSTM as
bidirectional=self.opt.bidirectional, but init_hidden() always makes 2*lstm_layers rows of
hidden_dim // 2. Run with `--bidirectional false` the LSTM is one-directional and the first
forward fails on the state (and the head, Linear(hidden_dim), would not match either).
Unreported; confirmed with torch on this path: parse_opt(["--bidirectional", "false"]),
setup(opt), one forward. The fix sizes the states with (2 if bidirectional else 1) rows per
layer (and halves hidden_dim only when bidirectional). The model is picked by name in
setup(opt); the dropout option (0.8 on one layer) also draws torch's warning."""
import argparse
import os

import torch
import torch.nn as nn
from torch.autograd import Variable


# ---- opts.py
def parse_opt(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument('--hidden_dim', type=int, default=128, help='hidden_dim')
    parser.add_argument('--max_seq_len', type=int, default=200, help='max_seq_len')
    parser.add_argument('--batch_size', type=int, default=64, help='batch_size')
    parser.add_argument('--embedding_dim', type=int, default=-1, help='embedding_dim')
    parser.add_argument('--learning_rate', type=float, default=2e-5, help='learning_rate')
    parser.add_argument('--model', type=str, default="bilstm", help='model name')
    parser.add_argument('--keep_dropout', type=float, default=0.8, help='keep_dropout')
    parser.add_argument('--embedding_training', type=str, default="false", help='embedding_training')
    parser.add_argument('--lstm_mean', type=str, default="mean", help='lstm_mean')  # last
    parser.add_argument('--lstm_layers', type=int, default=1, help='lstm_layers')  # last
    parser.add_argument('--bidirectional', type=str, default="true", help='bidirectional')
    parser.add_argument('--kernel_sizes', type=str, default="1,2,3,5", help='kernel_sizes')
    args = parser.parse_args(argv)
    if "CUDA_VISIBLE_DEVICES" not in os.environ.keys():
        os.environ["CUDA_VISIBLE_DEVICES"] = "0"
    # process the type for bool and list
    for arg in args.__dict__.keys():
        if type(args.__dict__[arg]) == str:
            if args.__dict__[arg].lower() == "true":
                args.__dict__[arg] = True
            elif args.__dict__[arg].lower() == "false":
                args.__dict__[arg] = False
            elif "," in args.__dict__[arg]:
                args.__dict__[arg] = [int(i) for i in args.__dict__[arg].split(",")]
            else:
                pass
    return args


# ---- models/BaseModel.py
class BaseModel(nn.Module):
    def __init__(self, opt):
        super(BaseModel, self).__init__()
        self.model_name = 'BaseModel'
        self.opt = opt
        self.encoder = nn.Embedding(opt.vocab_size, opt.embedding_dim)
        if opt.__dict__.get("embeddings", None) is not None:
            self.encoder.weight = nn.Parameter(opt.embeddings, requires_grad=opt.embedding_training)
        self.fc = nn.Linear(opt.embedding_dim, opt.label_size)
        self.properties = {"model_name": self.__class__.__name__,
                           "batch_size": self.opt.batch_size,
                           "learning_rate": self.opt.learning_rate,
                           "keep_dropout": self.opt.keep_dropout,
                           }

    def forward(self, content):
        content_ = torch.mean(self.encoder(content), dim=1)
        return self.fc(content_.view(content_.size(0), -1))


# ---- models/LSTMBI.py
class LSTMBI(BaseModel):
    # embedding_dim, hidden_dim, vocab_size, label_size, batch_size, use_gpu
    def __init__(self, opt):
        super(LSTMBI, self).__init__(opt)
        self.word_embeddings = nn.Embedding(opt.vocab_size, opt.embedding_dim)
        self.word_embeddings.weight = nn.Parameter(opt.embeddings, requires_grad=opt.embedding_training)
        self.bilstm = nn.LSTM(opt.embedding_dim, opt.hidden_dim // 2, num_layers=self.opt.lstm_layers, dropout=self.opt.keep_dropout, bidirectional=self.opt.bidirectional)
        self.hidden2label = nn.Linear(opt.hidden_dim, opt.label_size)
        self.hidden = self.init_hidden()
        self.lsmt_reduce_by_mean = opt.__dict__.get("lstm_mean", True)
        self.properties.update(
            {"hidden_dim": self.opt.hidden_dim,
             "lstm_mean": self.lsmt_reduce_by_mean,
             "lstm_layers": self.opt.lstm_layers,
             })

    def init_hidden(self, batch_size=None):
        if batch_size is None:
            batch_size = self.opt.batch_size
        if torch.cuda.is_available():
            h0 = Variable(torch.zeros(2 * self.opt.lstm_layers, batch_size, self.opt.hidden_dim // 2).cuda())
            c0 = Variable(torch.zeros(2 * self.opt.lstm_layers, batch_size, self.opt.hidden_dim // 2).cuda())
        else:
            h0 = Variable(torch.zeros(2 * self.opt.lstm_layers, batch_size, self.opt.hidden_dim // 2))  # fix: (2 if self.opt.bidirectional else 1) * self.opt.lstm_layers
            c0 = Variable(torch.zeros(2 * self.opt.lstm_layers, batch_size, self.opt.hidden_dim // 2))
        return (h0, c0)

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        x = embeds.permute(1, 0, 2)  # we do this because the default parameter of lstm is False
        self.hidden = self.init_hidden(sentence.size()[0])  # 2x64x64
        lstm_out, self.hidden = self.bilstm(x, self.hidden)  # lstm_out:200x64x128
        if self.lsmt_reduce_by_mean == "mean":
            out = lstm_out.permute(1, 0, 2)
            final = torch.mean(out, 1)
        else:
            final = lstm_out[-1]
        y = self.hidden2label(final)  # 64x3
        return y


# ---- models/__init__.py
def setup(opt):
    if opt.model == 'bilstm':
        model = LSTMBI(opt)
    elif opt.model == 'fasttext':
        model = BaseModel(opt)
    else:
        raise Exception("model not supported: {}".format(opt.model))
    return model


# ---- main.py
def train(opt):
    opt.vocab_size = 1000
    opt.label_size = 2
    if opt.embedding_dim < 0:
        opt.embedding_dim = 300
    opt.embeddings = torch.randn(opt.vocab_size, opt.embedding_dim)
    model = setup(opt)
    optimizer = torch.optim.Adam(model.parameters(), lr=opt.learning_rate)
    for _ in range(2):
        text = torch.randint(0, opt.vocab_size, (opt.batch_size, opt.max_seq_len))
        label = torch.randint(0, opt.label_size, (opt.batch_size,))
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(text), label)
        loss.backward()
        optimizer.step()
    return model


def probe():
    opt = parse_opt(["--bidirectional", "false", "--batch_size", "4", "--hidden_dim", "32",
                     "--embedding_dim", "8", "--max_seq_len", "6", "--keep_dropout", "0"])
    train(opt)


if __name__ == "__main__":
    train(parse_opt())
