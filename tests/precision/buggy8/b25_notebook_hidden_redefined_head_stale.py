# expect: LC007 line 9
"""A notebook: a later cell makes the GRU bidirectional and keeps the earlier cell's head."""
# In[1]:
import torch
import torch.nn as nn

x = torch.randn(8, 20, 4)
hidden_size = 32
head = nn.Linear(hidden_size, 1)  # fix: 2 * hidden_size, for the bidirectional GRU of the next cell

# In[2]:
model = nn.GRU(4, hidden_size, batch_first=True, bidirectional=True)
out, _ = model(x)
pred = head(out[:, -1])


def probe():
    pass
