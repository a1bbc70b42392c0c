# source: https://github.com/d2l-ai/d2l-en/blob/f6b0c713e3ca45c655d820b6c00edd271e805069/d2l/torch.py
"""Dive into Deep Learning (d2l/torch.py), RNNModel as #1318 left it: the head and the begin state
are sized from the wrapped layer itself, self.rnn.hidden_size, self.rnn.num_layers and
num_directions = 2 if self.rnn.bidirectional else 1, so Linear(num_hiddens * 2, vocab) follows a
bidirectional layer and the state has num_directions * num_layers rows; an nn.LSTM gets an (h, c)
tuple and train_epoch_ch8 detaches either form. The notebooks pass a two-layer GRU, a two-layer
LSTM and a bidirectional LSTM."""
import math
import random

import torch
from torch import nn
from torch.nn import functional as F


# d2l/torch.py
def grad_clipping(model, theta):  #@save
    if isinstance(model, nn.Module):
        params = [p for p in model.parameters() if p.requires_grad]
    else:
        params = model.params
    norm = torch.sqrt(sum(torch.sum((p.grad ** 2)) for p in params))
    if norm > theta:
        for param in params:
            param.grad[:] *= theta / norm


def seq_data_iter_random(corpus, batch_size, num_steps):  #@save
    corpus = corpus[random.randint(0, num_steps - 1):]
    num_subseqs = (len(corpus) - 1) // num_steps
    initial_indices = list(range(0, num_subseqs * num_steps, num_steps))
    random.shuffle(initial_indices)

    def data(pos):
        return corpus[pos: pos + num_steps]

    num_batches = num_subseqs // batch_size
    for i in range(0, batch_size * num_batches, batch_size):
        initial_indices_per_batch = initial_indices[i: i + batch_size]
        X = [data(j) for j in initial_indices_per_batch]
        Y = [data(j + 1) for j in initial_indices_per_batch]
        yield torch.tensor(X), torch.tensor(Y)


def train_epoch_ch8(model, train_iter, loss, updater, device,  #@save
                    use_random_iter):
    state = None
    metric = [0.0, 0]  # loss_sum, num_examples
    for X, Y in train_iter:
        if state is None or use_random_iter:
            # Initialize state when either it is the first iteration or
            # using random sampling.
            state = model.begin_state(batch_size=X.shape[0], device=device)
        else:
            if isinstance(model, nn.Module) and not isinstance(state, tuple):
                # state is a tensor for nn.GRU
                state.detach_()
            else:
                for s in state:
                    s.detach_()
        y = Y.T.reshape(-1)
        X, y = X.to(device), y.to(device)
        py, state = model(X, state)
        l = loss(py, y.long()).mean()
        updater.zero_grad()
        l.backward()
        grad_clipping(model, 1)
        updater.step()
        metric[0] += float(l) * y.numel()
        metric[1] += y.numel()
    return math.exp(metric[0] / metric[1])


def train_ch8(model, train_iter, vocab_size, lr, num_epochs, device, use_random_iter=False):
    loss = nn.CrossEntropyLoss()
    updater = torch.optim.SGD(model.parameters(), lr)
    for epoch in range(num_epochs):
        ppl = train_epoch_ch8(model, train_iter(), loss, updater, device, use_random_iter)
    print(f'perplexity {ppl:.1f} on {str(device)}')


class RNNModel(nn.Module):
    def __init__(self, rnn_layer, vocab_size, **kwargs):
        super(RNNModel, self).__init__(**kwargs)
        self.rnn = rnn_layer
        self.vocab_size = vocab_size
        self.num_hiddens = self.rnn.hidden_size
        # If the RNN is bidirectional, num_directions should be 2,
        # else it should be 1.
        if not self.rnn.bidirectional:
            self.num_directions = 1
            self.linear = nn.Linear(self.num_hiddens, self.vocab_size)
        else:
            self.num_directions = 2
            self.linear = nn.Linear(self.num_hiddens * 2, self.vocab_size)

    def forward(self, inputs, state):
        X = F.one_hot(inputs.T.long(), self.vocab_size)
        X = X.to(torch.float32)
        Y, state = self.rnn(X, state)
        # The fully connected layer will first change the shape of `Y` to
        # (`num_steps` * `batch_size`, `num_hiddens`). Its output shape is
        # (`num_steps` * `batch_size`, `vocab_size`).
        output = self.linear(Y.reshape((-1, Y.shape[-1])))
        return output, state

    def begin_state(self, device, batch_size=1):
        """Return the begin state"""
        if not isinstance(self.rnn, nn.LSTM):
            # nn.GRU takes a tensor as hidden state
            return torch.zeros((self.num_directions * self.rnn.num_layers,
                                batch_size, self.num_hiddens), device=device)
        else:
            # nn.LSTM takes a tuple of hidden states
            return (torch.zeros((self.num_directions * self.rnn.num_layers,
                                 batch_size, self.num_hiddens), device=device),
                    torch.zeros((self.num_directions * self.rnn.num_layers,
                                 batch_size, self.num_hiddens), device=device))


def probe():
    # chapter_recurrent-modern/deep-rnn.md, lstm.md, bi-rnn.md
    random.seed(0)
    corpus = [random.randrange(28) for _ in range(2000)]
    vocab_size, batch_size, num_steps = 28, 8, 35
    train_iter = lambda: seq_data_iter_random(corpus, batch_size, num_steps)
    num_inputs, num_hiddens, num_layers = vocab_size, 32, 2
    device = torch.device('cpu')
    num_epochs, lr = 2, 2
    for rnn_layer in (nn.GRU(num_inputs, num_hiddens, num_layers),
                      nn.LSTM(num_inputs, num_hiddens, num_layers),
                      nn.LSTM(num_inputs, num_hiddens, num_layers, bidirectional=True)):
        model = RNNModel(rnn_layer, vocab_size)
        model = model.to(device)
        train_ch8(model, train_iter, vocab_size, lr, num_epochs, device)


if __name__ == "__main__":
    probe()
