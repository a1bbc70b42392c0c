# %% [markdown]
# # Stock price forecasting with an LSTM
# A notebook exported as a script: cells run top to bottom.

# %%
import torch
import torch.nn as nn

torch.manual_seed(42)
lookback = 20
n_features = 5
hidden_size = 32
num_layers = 2
batch_size = 16

# %%
prices = torch.cumsum(torch.randn(200, n_features), dim=0)
windows = prices.unfold(0, lookback, 1).permute(0, 2, 1)   # (N, lookback, n_features)
targets = prices[lookback - 1:, 0:1]
print(windows.shape, targets.shape)

# %%
lstm = nn.LSTM(n_features, hidden_size, num_layers, batch_first=True, dropout=0.2)
fc = nn.Linear(hidden_size, 1)

# %%
h0 = torch.zeros(num_layers, batch_size, hidden_size)
c0 = torch.zeros(num_layers, batch_size, hidden_size)
out, (hn, cn) = lstm(windows[:batch_size], (h0, c0))
pred = fc(out[:, -1, :])
loss = nn.functional.mse_loss(pred, targets[:batch_size])
print(loss.item())


# %%
def probe():
    out, _ = lstm(windows[-batch_size:])
    assert fc(out[:, -1]).shape == (batch_size, 1)
