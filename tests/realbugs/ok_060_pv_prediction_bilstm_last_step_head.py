# source: https://github.com/tappat225/PV_prediction/issues/2
"""PV_prediction's BiLSTMNet done consistently (bug_125's answer): train and test select the same
feature list, the net is built from len(input_feature), and the batch-first bidirectional LSTM's
last step r_out[:, -1, :] goes to a Linear of hidden_size * 2. The one-step windows are
(samples, 1, features), reshaped from the DataFrame columns."""
import torch
import torch.nn as nn

input_feature = ['Wind_speed', 'Humidity', 'Temp', 'GHI']
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
    return torch.tensor([[row[name] for name in columns] for row in rows], dtype=torch.float32)


def windows(rows):
    x = select_columns(rows, input_feature)
    return x.reshape(x.shape[0], 1, x.shape[1])


def probe():
    torch.manual_seed(0)
    rows = [{name: float(torch.rand(1)) for name in input_feature + target_feature} for _ in range(32)]
    bi_lstm = BiLSTMNet(input_size=len(input_feature))
    loss = nn.MSELoss()(torch.squeeze(bi_lstm(windows(rows[:24]))), select_columns(rows[:24], target_feature).squeeze())
    loss.backward()
    bi_lstm.eval()
    bi_lstm(windows(rows[24:])).view(-1)


if __name__ == "__main__":
    probe()
