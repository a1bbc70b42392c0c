# %%
# Notebook cells that reuse the names x, rnn and out for different experiments.
import torch
import torch.nn as nn

# %%
rnn = nn.LSTM(10, 20, 2)
x = torch.randn(5, 3, 10)
h0 = torch.zeros(2, 3, 20)
c0 = torch.zeros(2, 3, 20)
out, (hn, cn) = rnn(x, (h0, c0))

# %%
rnn = nn.GRU(4, 6, bidirectional=True)
x = torch.randn(7, 2, 4)
h0 = torch.zeros(2, 2, 6)
out, hn = rnn(x, h0)
head = nn.Linear(12, 3)
y = head(out[-1])

# %%
rnn = nn.RNN(3, 5, batch_first=True)
x = torch.randn(2, 9, 3)
out, hn = rnn(x)


def probe():
    assert y.shape == (2, 3) and out.shape == (2, 9, 5)
