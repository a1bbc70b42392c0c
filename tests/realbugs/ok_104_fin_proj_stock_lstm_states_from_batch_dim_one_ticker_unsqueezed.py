# source: https://github.com/holajoa/fin-proj/blob/ad2c81c43c61cc685de0f248be1452d85249cb24/main.py
"""holajoa/fin-proj (config.py, model.py, main.py; the training notebook lstm.ipynb): correct. The
sizes are config.py's module constants (input_dim 1, hidden_dim 64, num_layers 3, output_dim 1)
imported by name; the LSTM is batch-first with a hard-coded dropout=0.2 beside num_layers from
the config (three layers); h0/c0 are (num_layers, x.size(0), hidden) for whatever batch comes,
so the training loader's short last batch and the API's single ticker both fit. The API turns
twenty closing prices, a list of [close] rows, into (20, 1) and adds the batch axis with
unsqueeze(0): (1, 20, 1) for a batch-first layer. The head reads the last step, out[:, -1, :].
Yahoo prices and the saved MinMaxScaler are replaced by a random walk and a min-max stand-in."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

# config.py
input_dim = 1
hidden_dim = 64
output_dim = 1
num_layers = 3


# model.py
class StockLSTM(nn.Module):
    def __init__(self, input_dim, hidden_dim, num_layers, output_dim):
        super(StockLSTM, self).__init__()
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_dim, hidden_dim, num_layers, batch_first=True, dropout=0.2)

        self.fc = nn.Sequential(
            nn.Linear(hidden_dim, 1),
            nn.Sigmoid()
        )

    def forward(self, x):
        h0 = torch.zeros(self.num_layers, x.size(0), self.hidden_dim).requires_grad_()
        c0 = torch.zeros(self.num_layers, x.size(0), self.hidden_dim).requires_grad_()

        out, (hn, cn) = self.lstm(x, (h0.detach(), c0.detach()))
        out = self.fc(out[:, -1, :])
        return out


class MinMaxScaler(object):
    """Stands in for the pickled sklearn MinMaxScaler."""

    def fit(self, rows):
        values = [row[0] for row in rows]
        self.low, self.high = min(values), max(values)
        return self

    def transform(self, rows):
        return [[(row[0] - self.low) / (self.high - self.low)] for row in rows]

    def inverse_transform(self, rows):
        return [[row[0] * (self.high - self.low) + self.low] for row in rows]


# lstm.ipynb: sliding windows of 20 days predicting the next close
def make_windows(prices, window=20):
    xs, ys = [], []
    for i in range(len(prices) - window):
        xs.append(prices[i:i + window])
        ys.append(prices[i + window])
    return torch.tensor(xs, dtype=torch.float32), torch.tensor(ys, dtype=torch.float32)


def train(prices, epochs=1, batch_size=16):
    scaler = MinMaxScaler().fit(prices)
    x, y = make_windows(scaler.transform(prices))
    loader = DataLoader(TensorDataset(x, y), batch_size=batch_size, shuffle=True)
    model = StockLSTM(input_dim, hidden_dim, num_layers, output_dim)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    criterion = nn.MSELoss()
    for epoch in range(epochs):
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = criterion(model(xb), yb)
            loss.backward()
            optimizer.step()
    return model, scaler


# main.py
def predict(model, scaler, stock_prices):
    scaled_prices = scaler.transform(stock_prices)

    input_tensor = torch.tensor(scaled_prices, dtype=torch.float32)
    model.eval()
    with torch.no_grad():
        prediction = model(input_tensor.unsqueeze(0))
    prediction = scaler.inverse_transform(prediction.tolist())
    return prediction


def fetch_stock_prices(n_days=61):
    torch.manual_seed(0)
    steps = torch.randn(n_days).cumsum(0) + 100.0
    return [[float(p)] for p in steps]


def probe():
    prices = fetch_stock_prices()
    model, scaler = train(prices)
    predict(model, scaler, prices[-20:])


if __name__ == "__main__":
    probe()
