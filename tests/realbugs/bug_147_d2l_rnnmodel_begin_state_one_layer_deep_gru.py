# source: https://github.com/d2l-ai/d2l-en/commit/f6b0c713e3ca45c655d820b6c00edd271e805069
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 8, 32), got [1, 8, 32]
"""Dive into Deep Learning (d2l/torch.py, chapter_recurrent-modern/deep-rnn.md), PyTorch port:
the library's RNNModel wraps whatever recurrent layer the notebook passes in, but its
begin_state() always made one (1, batch_size, num_hiddens) state, written for the single-layer
GRU of the concise-RNN section. The deep-RNN section passes nn.GRU(num_inputs, num_hiddens,
num_layers) with num_layers = 2 and trains it through train_ch8 -> train_epoch_ch8, which asks the
model for its begin state: the first batch fails. The fix (#1318) sized the state from the layer,
self.num_directions * self.rnn.num_layers, and also sized the head for bidirectional layers."""
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
            if isinstance(model, nn.Module):
                # Using PyTorch built-in concise model
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
    def __init__(self, rnn_layer, num_hiddens, vocab_size, **kwargs):
        super(RNNModel, self).__init__(**kwargs)
        self.rnn = rnn_layer
        self.vocab_size = vocab_size
        self.num_hiddens = num_hiddens
        self.linear = nn.Linear(self.num_hiddens, self.vocab_size)

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
        return torch.zeros((1, batch_size, self.num_hiddens),  # fix: (self.num_directions * self.rnn.num_layers, batch_size, self.num_hiddens)
                           device=device)


def probe():
    # chapter_recurrent-modern/deep-rnn.md
    random.seed(0)
    corpus = [random.randrange(28) for _ in range(2000)]
    vocab_size, batch_size, num_steps = 28, 8, 35
    train_iter = lambda: seq_data_iter_random(corpus, batch_size, num_steps)
    num_inputs, num_hiddens, num_layers = vocab_size, 32, 2
    device = torch.device('cpu')
    gru_layer = nn.GRU(num_inputs, num_hiddens, num_layers)
    model = RNNModel(gru_layer, num_hiddens, vocab_size)
    model = model.to(device)
    num_epochs, lr = 2, 2
    train_ch8(model, train_iter, vocab_size, lr, num_epochs, device)


if __name__ == "__main__":
    probe()
