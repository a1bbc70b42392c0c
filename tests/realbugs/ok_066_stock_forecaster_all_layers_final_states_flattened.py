# source: https://github.com/jinglescode/time-series-forecasting-pytorch/blob/HEAD/project.py
"""time-series-forecasting-pytorch (project.py): the stock-price LSTM takes the final hidden state
of every layer, h_n of shape (num_layers, batch, hidden), moves the batch first and flattens it,
so linear_2 is sized num_layers * hidden_layer_size: a head that reads all layers on purpose,
not the last layer read as if it were all of them. Sizes come from the config dict; the windows
are (batch, window, 1) for a batch_first LSTM behind a per-step Linear."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset

config = {
    "data": {"window_size": 20, "train_split_size": 0.80},
    "model": {"input_size": 1, "num_lstm_layers": 2, "lstm_size": 32, "dropout": 0.2},
    "training": {"batch_size": 64, "num_epoch": 1, "learning_rate": 0.01},
}


class TimeSeriesDataset(Dataset):
    def __init__(self, x, y):
        x = x.unsqueeze(2)  # in our case, we have only 1 feature, so we need to convert `x` into [batch, sequence, features] for LSTM
        self.x = x.float()
        self.y = y.float()

    def __len__(self):
        return len(self.x)

    def __getitem__(self, idx):
        return (self.x[idx], self.y[idx])


class LSTMModel(nn.Module):
    def __init__(self, input_size=1, hidden_layer_size=32, num_layers=2, output_size=1, dropout=0.2):
        super().__init__()
        self.hidden_layer_size = hidden_layer_size
        self.linear_1 = nn.Linear(input_size, hidden_layer_size)
        self.relu = nn.ReLU()
        self.lstm = nn.LSTM(hidden_layer_size, hidden_size=self.hidden_layer_size, num_layers=num_layers,
                            batch_first=True)
        self.dropout = nn.Dropout(dropout)
        self.linear_2 = nn.Linear(num_layers * hidden_layer_size, output_size)

    def forward(self, x):
        batchsize = x.shape[0]
        # layer 1
        x = self.linear_1(x)
        x = self.relu(x)
        # LSTM layer
        lstm_out, (h_n, c_n) = self.lstm(x)
        # reshape output from hidden cell into [batch, features] for `linear_2`
        x = h_n.permute(1, 0, 2).reshape(batchsize, -1)
        # layer 2
        x = self.dropout(x)
        predictions = self.linear_2(x)
        return predictions[:, -1]


def prepare_data_x(x, window_size):
    n_row = x.shape[0] - window_size + 1
    return torch.stack([x[i:i + window_size] for i in range(n_row)])[:-1]


def run_epoch(model, dataloader, optimizer, criterion, is_training=False):
    epoch_loss = 0
    model.train() if is_training else model.eval()
    for x, y in dataloader:
        if is_training:
            optimizer.zero_grad()
        out = model(x)
        loss = criterion(out.contiguous(), y.contiguous())
        if is_training:
            loss.backward()
            optimizer.step()
        epoch_loss += loss.detach().item() / x.shape[0]
    return epoch_loss


def probe():
    prices = torch.cumsum(torch.randn(300), 0)
    window = config["data"]["window_size"]
    data_x = prepare_data_x(prices, window)
    data_y = prices[window:]
    split = int(data_y.shape[0] * config["data"]["train_split_size"])
    dataset_train = TimeSeriesDataset(data_x[:split], data_y[:split])
    dataset_val = TimeSeriesDataset(data_x[split:], data_y[split:])
    train_dataloader = DataLoader(dataset_train, batch_size=config["training"]["batch_size"], shuffle=True)
    val_dataloader = DataLoader(dataset_val, batch_size=config["training"]["batch_size"], shuffle=True)
    model = LSTMModel(input_size=config["model"]["input_size"], hidden_layer_size=config["model"]["lstm_size"],
                      num_layers=config["model"]["num_lstm_layers"], output_size=1,
                      dropout=config["model"]["dropout"])
    criterion = nn.MSELoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=config["training"]["learning_rate"])
    for _ in range(config["training"]["num_epoch"]):
        run_epoch(model, train_dataloader, optimizer, criterion, is_training=True)
        run_epoch(model, val_dataloader, optimizer, criterion)


if __name__ == "__main__":
    probe()
