# source: a correct look-alike (torch runs it)
# torch: runs
import torch
import torch.nn as nn

layers, batch, hidden = 2, 3, 16
gru = nn.GRU(8, hidden, num_layers=layers)
lstm = nn.LSTM(8, hidden, num_layers=layers)
x = torch.zeros(5, batch, 8)
h0 = torch.stack([torch.zeros(batch, hidden) for _ in range(layers)])
out, h_n = gru(x, h0)
out, (h_n, c_n) = lstm(x, [h0, h0])
cell = nn.LSTMCell(8, hidden)
h, c = cell(x[0, 0], (torch.zeros(hidden), torch.zeros(hidden)))


def probe():
    gru(x, h0)
    lstm(x, [h0, h0])
    cell(x[0, 0], (torch.zeros(hidden), torch.zeros(hidden)))
