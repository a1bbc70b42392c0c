"""A notebook exported to .py: top-level cells build the data, the layer, run it, then size a
head from the output's last dim (the bidirectional layer makes it 2H)."""
# In[1]:
import torch
import torch.nn as nn

torch.manual_seed(0)

# In[2]:
seq_len, batch, n_features = 12, 4, 3
hidden_size, num_layers = 16, 2
X = torch.randn(batch, seq_len, n_features)

# In[3]:
lstm = nn.LSTM(n_features, hidden_size, num_layers, batch_first=True, bidirectional=True)
out, (h_n, c_n) = lstm(X)
out.shape, h_n.shape

# In[4]:
fc = nn.Linear(out.shape[-1], 1)
pred = fc(out[:, -1, :])
pred.shape


def probe():
    assert pred.shape == (batch, 1) and h_n.shape == (num_layers * 2, batch, hidden_size)
