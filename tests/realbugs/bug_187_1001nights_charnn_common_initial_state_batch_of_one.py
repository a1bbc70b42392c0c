# source: https://github.com/boche/1001Nights/commit/e20eb64cb8caed50e3f4c4895e2b0165850a76d4
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (2, 4, 8), got [2, 1, 8]
"""boche/1001Nights (charnn/model.py, charnn/charnn.py, as first committed in 11b5484): the
character LSTM keeps a learned initial state made in the constructor with `batch_size = 1` ("set
batch size to 1 to use a common initial hidden state"), and forward uses (self.h0, self.c0)
whenever no state is passed. Sampling steps one character at a time and fits; training feeds
each time step of a (batch_size, chunk_len) batch, (1, batch_size, hidden) after the view, with
h = None at the start of each chunk, so the first training step meets a (nlayers, 1, hidden)
state: an LSTM does not broadcast its state over the batch. 2315d15 sized the state from a new
constructor argument batch_size, and e20eb64 ("refactor code") makes zeros for each call's own
batch. numpy's sampling is replaced by torch.multinomial; the corpus is a short string."""
import argparse
import random
import sys
import time

import torch
import torch.nn as nn
from torch.autograd import Variable


# charnn/model.py
class CharNN(nn.Module):
  def __init__(self, nlayers, input_size, hidden_size):
    super(CharNN, self).__init__()
    self.input_size = input_size
    self.hidden_size = hidden_size
    self.nlayers = nlayers
    # set batch size to 1 to use a common initial hidden state
    batch_size = 1

    self.embed = nn.Embedding(input_size, hidden_size)
    self.h0 = Variable(torch.randn(nlayers, batch_size, hidden_size),
        requires_grad = True)
    self.c0 = Variable(torch.randn(nlayers, batch_size, hidden_size),
        requires_grad = True)
    self.rnn = nn.LSTM(input_size = self.hidden_size,
        hidden_size = self.hidden_size,
        num_layers = self.nlayers)
    self.fc = nn.Linear(hidden_size, input_size)
    self.log_softmax = nn.LogSoftmax(dim=1)

  def forward(self, xin, h):
    """
    xin: (batch_size, input_size)
    """
    xin = self.embed(xin)
    batch_size = xin.size(0)
    if h is None:
      h = (self.h0, self.c0)  # fix: zeros for this call's batch, torch.zeros(self.nlayers, batch_size, self.hidden_size) (e20eb64)
    xout, h = self.rnn(xin.view(1, batch_size, -1), h)
    xout = self.fc(xout.view(batch_size, -1))
    xout = self.log_softmax(xout)
    return xout, h


# charnn/charnn.py
def load_file(text):
  content = ""
  charset = set()
  for line in text.splitlines(True):
    charset.update(set(line))
    content += line
  charset = sorted(charset)
  ch2ix = {ch: ix for ix, ch in enumerate(charset)}
  ix2ch = {ix: ch for ix, ch in enumerate(charset)}
  return content, ch2ix, ix2ch


def sample(model, input_size, ix2ch):
  ix = random.randint(0, input_size-1)
  line = ""
  line += ix2ch[ix]
  h = None
  for i in range(100):
    prob, h = model(Variable(torch.LongTensor([[ix]])), h)
    prob = prob.data.exp().view(-1)
    ix = int(torch.multinomial(prob, 1))
    line += ix2ch[ix]
  return line


def random_sample(args, content, ch2ix):
  samples = torch.LongTensor(args.batch_size, args.chunk_len)
  targets = torch.LongTensor(args.batch_size, args.chunk_len)
  ndata = len(content)
  for i in range(args.batch_size):
    pos = random.randint(0, ndata - args.chunk_len - 1)
    samples[i,:] = torch.LongTensor(
        [ch2ix[ch] for ch in content[pos: pos + args.chunk_len]])
    targets[i,:] = torch.LongTensor(
        [ch2ix[ch] for ch in content[pos+1 : pos+args.chunk_len+1]])
  return Variable(samples), Variable(targets)


def train(args, model, content, ch2ix, ix2ch, input_size):
  nsamples_per_epoch = 10
  criterion = nn.NLLLoss()
  optimizer = torch.optim.Adam(model.parameters(), lr=args.learning_rate)

  for e in range(args.nepochs):
    ts = time.time()
    epoch_loss = 0.0
    for i in range(nsamples_per_epoch):
      samples, targets = random_sample(args, content, ch2ix)
      h = None
      loss = 0
      for t in range(args.chunk_len):
        xout, h = model(samples[:, t], h)
        loss += criterion(xout, targets[:, t])
      model.zero_grad()
      loss.backward()
      optimizer.step()
      epoch_loss += loss.item()
    print("Epoch %d, nll: %.4f, %.2f sec" % (e, epoch_loss, time.time() - ts))
    print("Sample: [%s]\n" % sample(model, input_size, ix2ch))
    sys.stdout.flush()


def main(argv, text):
  argparser = argparse.ArgumentParser()
  argparser.add_argument('--nepochs', type=int, default=2000)
  argparser.add_argument('--nlayers', type=int, default=2)
  argparser.add_argument('--learning_rate', type=float, default=0.001)
  argparser.add_argument('--chunk_len', type=int, default=100)
  argparser.add_argument('--batch_size', type=int, default=100)
  argparser.add_argument('--hidden_size', type=int, default=100)
  args = argparser.parse_args(argv)

  content, ch2ix, ix2ch = load_file(text)
  input_size = len(ch2ix)
  model = CharNN(args.nlayers, input_size, args.hidden_size)
  train(args, model, content, ch2ix, ix2ch, input_size)


def probe():
  random.seed(0)
  text = "One thousand and one nights, told by Scheherazade to the king.\n" * 3
  main(['--nepochs', '1', '--chunk_len', '5', '--batch_size', '4', '--hidden_size', '8'], text)


if __name__ == "__main__":
  main(sys.argv[2:], open(sys.argv[1]).read())
