"""d2l's train_epoch_ch8: `if state is None or use_random_iter` makes the state from the
batch's own size (X.shape[0]); otherwise the state is detached and carried (every batch full)."""
import torch
import torch.nn as nn


class RNNModel(nn.Module):
    def __init__(self, vocab_size, num_hiddens):
        super().__init__()
        self.rnn = nn.LSTM(vocab_size, num_hiddens)
        self.vocab_size, self.num_hiddens = vocab_size, num_hiddens
        self.linear = nn.Linear(num_hiddens, vocab_size)

    def forward(self, inputs, state):
        X = nn.functional.one_hot(inputs.T.long(), self.vocab_size).float()
        Y, state = self.rnn(X, state)
        return self.linear(Y.reshape(-1, Y.shape[-1])), state

    def begin_state(self, batch_size):
        z = torch.zeros(self.rnn.num_layers, batch_size, self.num_hiddens)
        return z, z.clone()


def train_epoch(net, train_iter, use_random_iter):
    state = None
    for X, Y in train_iter:
        if state is None or use_random_iter:
            state = net.begin_state(batch_size=X.shape[0])
        else:
            state = tuple(s.detach_() for s in state)
        y_hat, state = net(X, state)
    return y_hat


def seq_data_iter(corpus, batch_size, num_steps):
    n = (len(corpus) - 1) // (batch_size * num_steps) * batch_size * num_steps
    Xs = corpus[:n].reshape(batch_size, -1)
    Ys = corpus[1:n + 1].reshape(batch_size, -1)
    for i in range(0, Xs.shape[1], num_steps):
        yield Xs[:, i:i + num_steps], Ys[:, i:i + num_steps]


def probe():
    corpus = torch.randint(0, 28, (1000,))
    for random_iter in (False, True):
        out = train_epoch(RNNModel(28, 32), seq_data_iter(corpus, 4, 10), random_iter)
        assert out.shape == (40, 28)
