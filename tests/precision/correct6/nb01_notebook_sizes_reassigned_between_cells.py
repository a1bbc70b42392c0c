#!/usr/bin/env python
# coding: utf-8
# A notebook exported to .py: the sizes are set in one cell and changed in a later one before the
# model is built; the data is made with the final values.

# In[1]:


import torch
import torch.nn as nn


# In[2]:


input_size = 1
hidden_size = 50
num_layers = 1


# In[3]:


# after looking at the data: use three features and a deeper model
input_size = 3
num_layers = 2


# In[4]:


class LSTMModel(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, dropout=0.2)
        self.fc = nn.Linear(hidden_size, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])


# In[5]:


model = LSTMModel(input_size, hidden_size, num_layers)
X = torch.randn(16, 30, input_size)


def probe():
    out = model(X)
    assert out.shape == (16, 1)
