#!/usr/bin/env python
# coding: utf-8

# In[1]:


import torch
import torch.nn as nn

config = dict(n_features=4, hidden=32, bidirectional=False, layers=1)


# In[2]:


config["bidirectional"] = True
config["layers"] = 2


# In[3]:


class Net(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.rnn = nn.GRU(c["n_features"], c["hidden"], c["layers"], batch_first=True,
                          bidirectional=c["bidirectional"])
        d = 2 if c["bidirectional"] else 1
        self.h0_shape = (c["layers"] * d, c["hidden"])
        self.fc = nn.Linear(c["hidden"] * d, 1)

    def forward(self, x):
        h0 = torch.zeros(self.h0_shape[0], x.size(0), self.h0_shape[1])
        out, _ = self.rnn(x, h0)
        return self.fc(out[:, -1])


# In[4]:


net = Net(config)


def probe():
    out = net(torch.randn(5, 8, 4))
    assert out.shape == (5, 1)
