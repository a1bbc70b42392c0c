"""A notebook that tries two sizes: hidden_size is reassigned in a later cell and a new model
and a new head are built with the new value; each is run with its own."""
# In[1]:
import torch
import torch.nn as nn

x = torch.randn(8, 20, 4)

# In[2]:
hidden_size = 32
model = nn.GRU(4, hidden_size, batch_first=True)
head = nn.Linear(hidden_size, 1)
y1 = head(model(x)[0][:, -1])

# In[3]:
hidden_size = 64
model = nn.GRU(4, hidden_size, batch_first=True, bidirectional=True)
head = nn.Linear(2 * hidden_size, 1)
y2 = head(model(x)[0][:, -1])


def probe():
    assert y1.shape == y2.shape == (8, 1)
