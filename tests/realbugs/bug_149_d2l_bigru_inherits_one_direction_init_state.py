# source: https://github.com/d2l-ai/d2l-en/commit/865727f50e489c65b99b28fe18917927447e1db2
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 4, 32), got [1, 4, 64]
"""Dive into Deep Learning (chapter_recurrent-modern/bi-rnn.md, d2l/torch.py), during the 2021
API refactor: BiGRU subclasses the library's d2l.RNN, builds nn.GRU(num_inputs, num_hiddens,
bidirectional=True) and doubles self.num_hiddens so that RNNLM sizes its output layer for both
directions. It inherits d2l.RNN.init_state, torch.zeros((1, batch_size, self.num_hiddens)),
which now reads the doubled width and still one row: the language model's first forward asks
for that state and the GRU rejects it. The fix gave BiGRU its own init_state,
zeros((2, batch_size, self.num_hiddens // 2)). The sizes arrive through save_hyperparameters(),
which copies the constructor's arguments onto the object by inspecting the caller's frame."""
import inspect

import torch
from torch import nn
from torch.nn import functional as F


# d2l/torch.py
class HyperParameters:
    def save_hyperparameters(self, ignore=[]):
        """Save function arguments into class attributes."""
        frame = inspect.currentframe().f_back
        _, _, _, local_vars = inspect.getargvalues(frame)
        self.hparams = {k: v for k, v in local_vars.items()
                        if k not in set(ignore + ['self']) and not k.startswith('_')}
        for k, v in self.hparams.items():
            setattr(self, k, v)


class Module(nn.Module, HyperParameters):
    def __init__(self):
        super().__init__()


class RNN(Module):
    """Defined in :numref:`sec_rnn-concise`"""
    def __init__(self, num_inputs, num_hiddens):
        super().__init__()
        self.save_hyperparameters()
        self.rnn = nn.RNN(num_inputs, num_hiddens)

    def forward(self, inputs, state):
        return self.rnn(inputs, state)

    def init_state(self, batch_size):
        return torch.zeros((1, batch_size, self.num_hiddens))


class RNNLMScratch(Module):
    """Defined in :numref:`sec_rnn_scratch`"""
    def __init__(self, rnn, num_outputs, lr):
        super().__init__()
        self.save_hyperparameters()
        self.init_params()

    def init_params(self):
        self.W_hq = nn.Parameter(torch.randn(self.rnn.num_hiddens, self.num_outputs) * 0.01)
        self.b_q = nn.Parameter(torch.zeros(self.num_outputs))

    def forward(self, X, state=None):
        if state is None: state = self.rnn.init_state(X.shape[0])
        # embeddings shape: (num_steps, batch_size, num_inputs)
        embs = F.one_hot(X.T, self.rnn.num_inputs).type(torch.float32)
        hiddens, state = self.rnn(embs, state)
        return self.output_forward(hiddens), state

    def output_forward(self, hiddens):
        return torch.stack([torch.matmul(H, self.W_hq) + self.b_q for H in hiddens], 0)

    def loss(self, outputs, Y):
        Y_hat, _ = outputs
        return F.cross_entropy(Y_hat.reshape(-1, self.num_outputs), Y.T.reshape(-1))


class RNNLM(RNNLMScratch):
    """Defined in :numref:`sec_rnn-concise`"""
    def init_params(self):
        self.linear = nn.Linear(self.rnn.num_hiddens, self.num_outputs)

    def output_forward(self, hiddens):
        return self.linear(hiddens)


# chapter_recurrent-modern/bi-rnn.md
class BiGRU(RNN):
    def __init__(self, num_inputs, num_hiddens):
        Module.__init__(self)
        self.save_hyperparameters()
        self.rnn = nn.GRU(num_inputs, num_hiddens, bidirectional=True)
        self.num_hiddens *= 2  # fix: and give BiGRU init_state(): zeros((2, batch_size, self.num_hiddens // 2))


def fit_one_batch(model, X, Y):
    optim = torch.optim.SGD(model.parameters(), lr=model.lr)
    optim.zero_grad()
    loss = model.loss(model(X), Y)
    loss.backward()
    optim.step()
    return loss


def probe():
    vocab_size, batch_size, num_steps = 28, 4, 35
    gru = BiGRU(num_inputs=vocab_size, num_hiddens=32)
    model = RNNLM(gru, num_outputs=vocab_size, lr=1)
    X = torch.randint(0, vocab_size, (batch_size, num_steps))
    Y = torch.randint(0, vocab_size, (batch_size, num_steps))
    fit_one_batch(model, X, Y)


if __name__ == "__main__":
    probe()
