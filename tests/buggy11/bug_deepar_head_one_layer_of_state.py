"""BUG (one edit to the correct file): the mu head takes one layer's h, but is fed every layer's h flattened.

DeepAR: the LSTM's input is the target, the covariates and an embedding concatenated; the
h of all layers is permuted and flattened into Linears of lstm_hidden_dim * lstm_layers.

source: zhykoties/TimeSeries@b12b13c8250a096e38882d258213abd6c2d78c43 model/net.py
"""
import types

import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, params):
        super(Net, self).__init__()
        self.params = params
        self.embedding = nn.Embedding(params.num_class, params.embedding_dim)
        self.lstm = nn.LSTM(input_size=1+params.cov_dim+params.embedding_dim,
                            hidden_size=params.lstm_hidden_dim,
                            num_layers=params.lstm_layers,
                            bias=True,
                            batch_first=False,
                            dropout=params.lstm_dropout)
        self.relu = nn.ReLU()
        self.distribution_mu = nn.Linear(params.lstm_hidden_dim, 1)  # expect: LC007
        self.distribution_presigma = nn.Linear(params.lstm_hidden_dim * params.lstm_layers, 1)
        self.distribution_sigma = nn.Softplus()

    def forward(self, x, idx, hidden, cell):
        onehot_embed = self.embedding(idx)
        lstm_input = torch.cat((x, onehot_embed), dim=2)
        output, (hidden, cell) = self.lstm(lstm_input, (hidden, cell))
        hidden_permute = hidden.permute(1, 2, 0).contiguous().view(hidden.shape[1], -1)
        pre_sigma = self.distribution_presigma(hidden_permute)
        mu = self.distribution_mu(hidden_permute)
        sigma = self.distribution_sigma(pre_sigma)
        return torch.squeeze(mu), torch.squeeze(sigma), hidden, cell

    def init_hidden(self, input_size):
        return torch.zeros(self.params.lstm_layers, input_size, self.params.lstm_hidden_dim)

    def init_cell(self, input_size):
        return torch.zeros(self.params.lstm_layers, input_size, self.params.lstm_hidden_dim)


def probe():
    params = types.SimpleNamespace(num_class=370, embedding_dim=20, cov_dim=4, lstm_hidden_dim=40,
                                   lstm_layers=3, lstm_dropout=0.1)
    model = Net(params)
    batch = 16
    hidden, cell = model.init_hidden(batch), model.init_cell(batch)
    x = torch.randn(192, batch, 1 + 4)
    idx = torch.randint(0, 370, (1, batch))
    for t in range(3):
        mu, sigma, hidden, cell = model(x[t].unsqueeze(0), idx, hidden, cell)
