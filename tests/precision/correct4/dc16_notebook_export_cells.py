"""A notebook exported to .py: `# In[n]:` cells, data made in one cell, the model in another,
the sizes read from the data's shape."""
# In[1]:
import torch
import torch.nn as nn

# In[2]:
X_train = torch.randn(120, 24, 8)
y_train = torch.randn(120, 1)
n_steps, n_features = X_train.shape[1], X_train.shape[2]

# In[3]:


class LSTMModel(nn.Module):
    def __init__(self, n_features, n_hidden=32):
        super().__init__()
        self.lstm = nn.LSTM(n_features, n_hidden, batch_first=True)
        self.linear = nn.Linear(n_hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.linear(out[:, -1, :])


# In[4]:
model = LSTMModel(n_features)


def probe():
    result = model(X_train[:10]).shape
    assert result == (10, 1)
