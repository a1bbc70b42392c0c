# source: https://github.com/tappat225/PV_prediction/issues/2
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 4, got 7
"""PV_prediction (Bi_LSTM_train.py / Bi_LSTM_test.py / model.py): a photovoltaic power forecaster.
The training script picks four weather columns and builds BiLSTMNet(input_size=input_feature_num)
with input_feature_num = 4; the test script (a copy of it) selects its own input_feature list,
seven columns, and feeds the saved model: "Bi lstm test: RuntimeError: input.size(-1) must be
equal to input_size. Expected 4, got 7". Both scripts are kept here as functions of one file."""
import torch
import torch.nn as nn

feature = ['Current', 'Wind_speed', 'Power', 'Humidity', 'Temp', 'GHI', 'DHI', 'Wind_dir']
target_feature = ['Power']


class BiLSTMNet(nn.Module):
    def __init__(self, input_size, hidden_size=64, num_layers=2):
        super(BiLSTMNet, self).__init__()
        self.rnn = nn.LSTM(input_size=input_size, hidden_size=hidden_size, num_layers=num_layers,
                           bidirectional=True, batch_first=True)
        self.out = nn.Sequential(nn.Linear(hidden_size * 2, 1))

    def forward(self, x):
        r_out, (h_n, h_c) = self.rnn(x, None)
        return self.out(r_out[:, -1, :])


def select_columns(rows, columns):
    """rows: a list of dicts, one per time step, standing in for the normalised DataFrame."""
    return torch.tensor([[row[name] for name in columns] for row in rows], dtype=torch.float32)


def train(rows, epochs=2):
    input_feature = ['Wind_speed', 'Humidity', 'Temp', 'GHI']
    input_feature_num = 4
    train_x = select_columns(rows, input_feature)
    train_y = select_columns(rows, target_feature).squeeze()
    train_x = train_x.reshape(train_x.shape[0], 1, train_x.shape[1])
    bi_lstm = BiLSTMNet(input_size=input_feature_num)
    optimizer = torch.optim.Adam(bi_lstm.parameters(), lr=0.01)
    loss_func = nn.MSELoss()
    for _ in range(epochs):
        y_pred = torch.squeeze(bi_lstm(train_x))
        loss = loss_func(y_pred, train_y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return bi_lstm


def test(bi_lstm, rows):
    input_feature = ['Current', 'Wind_speed', 'Humidity', 'Temp', 'GHI', 'DHI', 'Wind_dir']  # fix: the four columns the model was trained on
    test_x = select_columns(rows, input_feature)
    test_x = test_x.reshape(test_x.shape[0], 1, test_x.shape[1])
    bi_lstm = bi_lstm.eval()
    prediction = bi_lstm(test_x)
    return prediction.view(-1)


def probe():
    torch.manual_seed(0)
    rows = [{name: float(torch.rand(1)) for name in feature} for _ in range(32)]
    model = train(rows[:24])
    test(model, rows[24:])


if __name__ == "__main__":
    probe()
