"""A notebook export: windows stacked from a comprehension, X.shape[2] as the input size."""
import torch
import torch.nn as nn

# In[1]:
data = torch.rand(200, 5)
lookback = 10
X = torch.stack([data[i:i + lookback] for i in range(len(data) - lookback)])
y = torch.stack([data[i + lookback, 0] for i in range(len(data) - lookback)])

# In[2]:
class LSTMNet(nn.Module):
    def __init__(self, input_size, hidden_size=32, num_layers=2):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)
        self.linear = nn.Linear(hidden_size, 1)

    def forward(self, x):
        x, _ = self.lstm(x)
        return self.linear(x[:, -1, :])


# In[3]:
model = LSTMNet(X.shape[2])


def probe():
    out = model(X)
    assert out.shape == (len(y), 1)
