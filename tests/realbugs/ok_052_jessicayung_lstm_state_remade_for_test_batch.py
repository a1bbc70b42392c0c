# source: https://github.com/jessicayung/blog-code-snippets/issues/2
"""The LSTM time-series post's model used the way the thread's answer suggests (bug_119 is the
report): the batch size lives on the model, the state in self.hidden, and after switching
model.batch_size to the test set's size the state is made again with init_hidden() before the
call. A constructor-fixed batch and a state kept across calls; each call's state matches."""
import torch
import torch.nn as nn

input_size = 20
lstm_input_size = 1
h1 = 20
num_layers = 2


class LSTM(nn.Module):

    def __init__(self, input_dim, hidden_dim, batch_size, output_dim=1, num_layers=2):
        super(LSTM, self).__init__()
        self.input_dim = input_dim
        self.hidden_dim = hidden_dim
        self.batch_size = batch_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(self.input_dim, self.hidden_dim, self.num_layers)
        self.linear = nn.Linear(self.hidden_dim, output_dim)

    def init_hidden(self):
        return (torch.zeros(self.num_layers, self.batch_size, self.hidden_dim),
                torch.zeros(self.num_layers, self.batch_size, self.hidden_dim))

    def forward(self, input):
        lstm_out, self.hidden = self.lstm(input.view(len(input), self.batch_size, -1), self.hidden)
        y_pred = self.linear(lstm_out[-1].view(self.batch_size, -1))
        return y_pred.view(-1)


def probe():
    num_train, test_size = 12, 5
    X_train = torch.randn(input_size, num_train, lstm_input_size)
    X_test = torch.randn(input_size, test_size, lstm_input_size)
    model = LSTM(lstm_input_size, h1, batch_size=num_train, output_dim=1, num_layers=num_layers)
    model.hidden = model.init_hidden()
    assert model(X_train).shape == (num_train,)

    model.batch_size = X_test.shape[1]
    model.hidden = model.init_hidden()
    assert model(X_test).shape == (test_size,)


if __name__ == "__main__":
    probe()
