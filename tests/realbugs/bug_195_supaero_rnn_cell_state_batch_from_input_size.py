# source: https://github.com/SupaeroDataScience/deep-learning/blob/36f5756d95d25c1ac64737fb7d600a8e751a1391/RNN/solutions/1_future.py
# rule: LC009
# torch: RuntimeError: Input batch size 3 doesn't match hidden0 batch size 1
"""SupaeroDataScience/deep-learning at 36f5756 (RNN/MainActivity_Time series forecasting.ipynb and
its solution RNN/solutions/1_future.py, which the notebook loads into the cell of exercise 1): the
EEG signals are the rows of `train_input` (3 signals x 1000 samples); the solution's RNN steps an
RNNCell(1, hidden) over `inp.split(1, dim=1)`, so every row is a batch item, but init_hidden()
makes the state `torch.zeros(self.input_size, self.hidden_size)`: the constructor's input_size is
used as the batch. The notebook builds the model both as RNN(3, n_hidden, 3) (runs, three signals)
and, in the cell before the exercise, as RNN(1, n_hidden, 1) on the same three signals; re-running
that cell with the solution class fails on the first step. Unreported; confirmed with torch on
this path (the notebook's cell "initialize RNN and its initial recurrent state" after the solution
is loaded), random signals standing in for the EDF recording. The fix sizes the state from the
data (`init_hidden(self, batch_size)` called with `inp.size(0)`)."""
import torch
import torch.nn as nn
import torch.optim as optim

horizon = 5
n_hidden = 16


def load_signals(s_max=1000, n_channels=6, seed=0):
    gen = torch.Generator().manual_seed(seed)
    data = torch.zeros((n_channels, s_max), dtype=torch.double)
    for i in range(n_channels):
        signal = torch.cumsum(torch.randn(s_max, generator=gen, dtype=torch.double), 0)
        signal = 2 * (signal - signal.min()) / (signal.max() - signal.min()) - 1.0
        data[i, :] = signal[:s_max]
    train_input = data[:3, :]
    test_input = data[3:7, :]
    return train_input, test_input


# solutions/1_future.py (loaded into the exercise cell)
class RNN(nn.Module):
    def __init__(self, input_size, hidden_size, output_size):
        super(RNN, self).__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.rnn1 = nn.RNNCell(1, hidden_size)
        self.linear = nn.Linear(hidden_size, 1)

    def forward(self, inp, hidden, future=0):
        outputs = []
        for signal in inp.split(1, dim=1):
            hidden = self.rnn1(signal, hidden)
            output = self.linear(hidden)
            outputs += [output]
        for i in range(1, future):  # if we should predict the future
            hidden = self.rnn1(output, hidden)
            output = self.linear(hidden)
            outputs += [output]
        outputs = torch.cat(outputs, dim=1)
        return outputs, hidden

    def init_hidden(self):
        return torch.zeros(self.input_size, self.hidden_size, dtype=torch.double)  # fix: torch.zeros(batch_size, self.hidden_size, ...) with batch_size = inp.size(0)


def first_prediction(train_input):
    # initialize RNN and its initial recurrent state
    rnn = RNN(1, n_hidden, 1).double()
    hidden = rnn.init_hidden()

    # run a prediction over the signal
    with torch.no_grad():
        output, _ = rnn(train_input, hidden)
        y = output.detach()
    return y


def train_with_lookahead(train_input, test_input):
    rnn = RNN(3, n_hidden, 3).double()
    criterion = nn.MSELoss()
    optimizer = optim.LBFGS(rnn.parameters(), lr=0.8, max_iter=2)

    def closure():
        optimizer.zero_grad()
        hidden = rnn.init_hidden()
        out, hidden = rnn(train_input[:, :-horizon], hidden, future=horizon)
        loss = criterion(out[:, :-horizon + 1], train_input[:, horizon:])
        loss.backward()
        return loss

    optimizer.step(closure)
    hidden = rnn.init_hidden()
    with torch.no_grad():
        output, hidden = rnn(test_input, hidden, future=horizon)
    return output


def probe():
    train_input, test_input = load_signals(s_max=40)
    first_prediction(train_input)


if __name__ == "__main__":
    train_input, test_input = load_signals()
    first_prediction(train_input)
    train_with_lookahead(train_input, test_input)
