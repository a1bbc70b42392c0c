# source: https://github.com/pranshu267/Real-Time-Forex-Arbitrage-Detection-and-Price-Prediction-System/blob/HEAD/prediction/lstm.py
"""pranshu267/Real-Time-Forex-Arbitrage-Detection-and-Price-Prediction-System (prediction/lstm.py):
a batch-first bidirectional LSTM with `num_layers * 2` state rows of `x.size(0)` each, dropout
between its layers, and `Linear(hidden_dim * 2, output_dim)` on `out[:, -1, :]`; the training
script builds it from a params dict with two layers and feeds windows of rates. Looks like a
state with a batch-first batch and layers doubled by hand; both right."""
import torch
import torch.nn as nn


class BidirectionalLSTM(nn.Module):
    def __init__(self, input_dim, hidden_dim, num_layers, output_dim, dropout_rate):

        super(BidirectionalLSTM, self).__init__()
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_dim, hidden_dim, num_layers, batch_first=True, dropout=dropout_rate, bidirectional=True)
        self.dropout = nn.Dropout(dropout_rate)
        self.fc = nn.Linear(hidden_dim * 2, output_dim)

    def forward(self, x):

        h0 = torch.zeros(self.num_layers * 2, x.size(0), self.hidden_dim).to(x.device)
        c0 = torch.zeros(self.num_layers * 2, x.size(0), self.hidden_dim).to(x.device)
        out, _ = self.lstm(x, (h0, c0))
        out = self.dropout(out[:, -1, :])
        out = self.fc(out)
        return out


PARAMS = {"input_dim": 4, "hidden_dim": 16, "num_layers": 2, "output_dim": 1, "dropout_rate": 0.2}


def make_windows(series, window):
    xs = torch.stack([series[i:i + window] for i in range(len(series) - window)])
    ys = series[window:, :1]
    return xs, ys


def train(epochs=2, window=10, batch_size=8):
    series = torch.cumsum(torch.randn(60, PARAMS["input_dim"]), dim=0)
    xs, ys = make_windows(series, window)
    model = BidirectionalLSTM(**PARAMS)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for start in range(0, len(xs), batch_size):  # the last batch is short
            optimizer.zero_grad()
            loss = nn.functional.mse_loss(model(xs[start:start + batch_size]), ys[start:start + batch_size])
            loss.backward()
            optimizer.step()
    return model


def probe():
    model = train()
    assert model(torch.randn(3, 10, PARAMS["input_dim"])).shape == (3, 1)


if __name__ == "__main__":
    probe()
