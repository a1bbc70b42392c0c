#!/usr/bin/env python
# coding: utf-8

# # Stock price prediction with an LSTM

# In[1]:


import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


# In[2]:


prices = torch.cumsum(torch.randn(300), 0)
lookback = 20
X = torch.stack([prices[i:i + lookback] for i in range(len(prices) - lookback)]).unsqueeze(-1)
y = prices[lookback:].unsqueeze(-1)
X.shape, y.shape


# In[3]:


input_dim = 1
hidden_dim = 32
num_layers = 2
output_dim = 1


class LSTM(nn.Module):
    def __init__(self, input_dim, hidden_dim, num_layers, output_dim):
        super(LSTM, self).__init__()
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_dim, hidden_dim, num_layers, batch_first=True)
        self.fc = nn.Linear(hidden_dim, output_dim)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_dim).requires_grad_()
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_dim).requires_grad_()
        out, (hn, cn) = self.lstm(x, (h0.detach(), c0.detach()))
        out = self.fc(out[:, -1, :])
        return out


# In[4]:


model = LSTM(input_dim=input_dim, hidden_dim=hidden_dim, output_dim=output_dim, num_layers=num_layers)
loader = DataLoader(TensorDataset(X, y), batch_size=64)


# In[5]:


def probe():
    for xb, yb in loader:
        loss = nn.functional.mse_loss(model(xb), yb)
        loss.backward()
