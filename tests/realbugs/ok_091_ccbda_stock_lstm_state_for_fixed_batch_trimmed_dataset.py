# source: https://github.com/james77777778/CCBDA-2019-Spring-0750730/blob/3488dddc32adfc788b9e34fe7ff9b69fd185ce33/HW3/train.py
"""CCBDA 2019 HW3, stock prediction (james77777778/CCBDA-2019-Spring-0750730: HW3/model.py,
data.py, train.py, predict.py): a stateful two-layer batch-first LSTM whose (h, c) are made once
per epoch as `torch.zeros(2, batch_size, hidden_size)` and carried from batch to batch (detached),
with a DataLoader that does not drop the last batch. The training indices are trimmed first,
`drop_train = n_train - int(n_train / batch_size) * batch_size` windows dropped from the front,
so every training batch is full; validation and prediction use batch 1 with (2, 1, H) states. The
head reads `pred[:, 29, :]`, the last of the 30 steps. Looks like a state for the constructor's
batch meeting a short last batch; there is none. Random walks stand in for the 20 downloaded
stock series; a small MinMax scaler replaces sklearn's."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset, Subset


# model.py
class Stock_LSTM(nn.Module):
    def __init__(self, in_size=20, hid_size=256):
        super(Stock_LSTM, self).__init__()
        self.lstm = nn.LSTM(
            input_size=in_size, hidden_size=hid_size, num_layers=2,
            batch_first=True)
        self.out = nn.Sequential(
            nn.Linear(hid_size, 256),
            nn.Linear(256, 1),
        )

    def forward(self, x, h_state, c_state):
        r_out, (h_state, c_state) = self.lstm(x, (h_state, c_state))
        outs = []
        for time_step in range(r_out.size(1)):
            outs.append(self.out(r_out[:, time_step, :]))
        return torch.stack(outs, dim=1), (h_state, c_state)


# data.py
class StockDataset(Dataset):
    def __init__(self, stocks_data, target=0, window_size=30):
        self.window_size = window_size
        all_data = []
        for data in stocks_data:
            low, high = data.min(), data.max()
            data = (data - low) / (high - low) * 2 - 1  # MinMaxScaler((-1, 1))
            window_data = [data[i:i + window_size + 1] for i in range(len(data) - window_size - 1)]
            all_data.append(torch.stack(window_data))
        self.data = torch.stack(all_data).permute(1, 2, 0).float()  # (windows, 31, stocks)
        self.target_index = target

    def __len__(self):
        return self.data.size(0)

    def __getitem__(self, idx):
        return {'Sequence': self.data[idx, :30, :], "Target": self.data[idx, 30, self.target_index]}


# train.py (one stock, two epochs)
def train(all_data, i=0, batch_size=60, input_size=20, hidden_size=256, nepoch=2):
    device = torch.device("cpu")
    master = StockDataset(all_data, i)
    n = len(master)
    n_valid = int(n * 0.1)
    n_train = n - n_valid
    drop_train = n_train - int(n_train / batch_size) * batch_size
    idx = list(range(n))
    train_idx = idx[drop_train:n_train]
    valid_idx = idx[n_train:(n_train + n_valid)]
    train_dataset = Subset(master, train_idx)
    valid_dataset = Subset(master, valid_idx)

    train_loader = DataLoader(train_dataset, batch_size=batch_size, shuffle=False)
    valid_loader = DataLoader(valid_dataset, batch_size=1, shuffle=False)

    net = Stock_LSTM(input_size, hidden_size).to(device)
    criterion = torch.nn.MSELoss()
    optimizer = torch.optim.Adam(net.parameters(), lr=0.00005)
    for epoc in range(nepoch):
        net.train()
        h_state = torch.zeros(2, batch_size, hidden_size).to(device)
        c_state = torch.zeros(2, batch_size, hidden_size).to(device)
        for j, data in enumerate(train_loader):
            inputs, labels = data['Sequence'], data['Target']
            optimizer.zero_grad()
            pred, (h_state, c_state) = net(inputs, h_state, c_state)
            pred = pred[:, 29, :].squeeze()
            h_state = h_state.detach()
            c_state = c_state.detach()
            loss = criterion(pred, labels)
            loss.backward()
            optimizer.step()
        net.eval()
        h_state = torch.zeros(2, 1, hidden_size).to(device)
        c_state = torch.zeros(2, 1, hidden_size).to(device)
        with torch.no_grad():
            for data in valid_loader:
                inputs, labels = data['Sequence'], data['Target']
                pred, (h_state, c_state) = net(inputs, h_state, c_state)
                pred = pred[:, 29, :].squeeze()
                criterion(pred, labels.squeeze())
    return net


def probe():
    generator = torch.Generator().manual_seed(0)
    # 20 stocks, 300 days each: 269 windows, 26 for validation, 243 for training, 3 dropped
    all_data = torch.randn(20, 300, generator=generator).cumsum(dim=1) + 100.0
    train(all_data)


if __name__ == "__main__":
    probe()
