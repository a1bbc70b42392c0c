# source: https://github.com/wabyking/TextClassificationBenchmark/commit/00a2e549184c9c13102a4408fcd4f9a7cf43cd72
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 3, 16), got [1, 4, 16]
"""wabyking/TextClassificationBenchmark (models/LSTM.py, models/__init__.py, opts.py, utils.py,
main.py before commit 00a2e54, "batch fixed"): LSTMClassifier keeps opt.batch_size (the
--batch_size option, default 64) and its forward() remakes the state with self.init_hidden(),
which sizes h0/c0 with that option, not with the batch it is given. torchtext's test iterator
ends with a shorter batch (len(test) is not a multiple of the batch size), so utils.evaluation()
fails on it. The commit gives init_hidden a batch_size argument and calls
self.init_hidden(sentence.size()[0]) (the Field is batch_first, the embedding is permuted to
sequence-first before the LSTM). The model is picked by name in models.setup(opt)."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd import Variable


# ---- opts.py
def parse_opt(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument('--hidden_dim', type=int, default=128, help='hidden_dim')
    parser.add_argument('--batch_size', type=int, default=64, help='batch_size')
    parser.add_argument('--embedding_dim', type=int, default=300, help='embedding_dim')
    parser.add_argument('--learning_rate', type=float, default=4e-4, help='learning_rate')
    parser.add_argument('--grad_clip', type=float, default=1e-1, help='grad_clip')
    parser.add_argument('--model', type=str, default="lstm", help='model name')
    args = parser.parse_args(argv)
    return args


# ---- models/LSTM.py
class LSTMClassifier(nn.Module):
    # embedding_dim, hidden_dim, vocab_size, label_size, batch_size, use_gpu
    def __init__(self, opt):
        self.opt = opt
        super(LSTMClassifier, self).__init__()
        self.hidden_dim = opt.hidden_dim
        self.batch_size = opt.batch_size
        self.use_gpu = torch.cuda.is_available()

        self.word_embeddings = nn.Embedding(opt.vocab_size, opt.embedding_dim)
        self.word_embeddings.weight = nn.Parameter(opt.embeddings)
        self.lstm = nn.LSTM(opt.embedding_dim, opt.hidden_dim)
        self.hidden2label = nn.Linear(opt.hidden_dim, opt.label_size)
        self.hidden = self.init_hidden()

    def init_hidden(self):
        if self.use_gpu:
            h0 = Variable(torch.zeros(1, self.batch_size, self.hidden_dim).cuda())
            c0 = Variable(torch.zeros(1, self.batch_size, self.hidden_dim).cuda())
        else:
            h0 = Variable(torch.zeros(1, self.batch_size, self.hidden_dim))
            c0 = Variable(torch.zeros(1, self.batch_size, self.hidden_dim))
        return (h0, c0)

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        x = embeds.permute(1, 0, 2)
        self.hidden = self.init_hidden()  # fix: self.hidden = self.init_hidden(sentence.size()[0])
        lstm_out, self.hidden = self.lstm(x, self.hidden)
        y = self.hidden2label(lstm_out[-1])
        return y


class CNNText(nn.Module):
    def __init__(self, opt):
        super(CNNText, self).__init__()
        self.embed = nn.Embedding(opt.vocab_size, opt.embedding_dim)
        self.conv = nn.Conv1d(opt.embedding_dim, opt.hidden_dim, 3, padding=1)
        self.fc = nn.Linear(opt.hidden_dim, opt.label_size)

    def forward(self, sentence):
        x = self.embed(sentence).transpose(1, 2)
        return self.fc(F.relu(self.conv(x)).max(dim=2)[0])


# ---- models/__init__.py
def setup(opt):
    if opt.model == 'lstm':
        model = LSTMClassifier(opt)
    elif opt.model == 'baisc_cnn':
        model = CNNText(opt)
    else:
        raise Exception("model not supported: {}".format(opt.model))
    return model


# ---- utils.py
class Batch:
    def __init__(self, text, lengths, label):
        self.text = (text, lengths)
        self.label = label


def loadData(opt, n_train=256, n_test=99, seq_len=100):
    """Stands in for torchtext's BucketIterator over a batch_first Field with fix_length=100."""
    opt.vocab_size = 2000
    opt.label_size = 3
    opt.embeddings = torch.randn(opt.vocab_size, opt.embedding_dim)

    def iterate(n):
        for start in range(0, n, opt.batch_size):
            size = min(opt.batch_size, n - start)
            text = torch.randint(0, opt.vocab_size, (size, seq_len))
            yield Batch(text, torch.full((size,), seq_len), torch.randint(0, opt.label_size, (size,)))

    return iterate(n_train), iterate(n_test)


def evaluation(model, test_iter):
    accuracy = []
    for batch in test_iter.__iter__():
        predicted = model(batch.text[0])
        percision = predicted.max(1)[1] == batch.label
        accuracy.append(percision.float().mean().item())
    return sum(accuracy) / len(accuracy)


# ---- main.py
def main(argv=None, **sizes):
    opt = parse_opt(argv)
    opt.model = 'lstm'
    train_iter, test_iter = loadData(opt, **sizes)
    model = setup(opt)
    model.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=opt.learning_rate)
    for batch in train_iter.__iter__():
        optimizer.zero_grad()
        predicted = model(batch.text[0])
        loss = F.cross_entropy(predicted, batch.label)
        loss.backward()
        optimizer.step()
    return evaluation(model, test_iter)


def probe():
    main(['--batch_size', '4', '--hidden_dim', '16', '--embedding_dim', '8'], n_train=8, n_test=7, seq_len=5)


if __name__ == "__main__":
    main()
