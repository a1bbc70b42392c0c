# source: https://github.com/jeshraghian/snntorch/pull/405
"""snntorch's LeakyParallel after the fix (bug_115 is the report): the one-layer nn.RNN is built
without dropout and the layer's `dropout` argument goes to an nn.Dropout applied to the RNN's
output. A `dropout` parameter beside a num_layers=1 RNN that never reaches it."""
import torch
import torch.nn as nn

beta = 0.5
dropout_rate = 0.3


class LeakyParallel(nn.Module):
    def __init__(self, input_size, hidden_size, beta=None, bias=True, threshold=1.0, dropout=0.0,
                 graded_spikes_factor=1.0, device=None, dtype=None):
        super().__init__()
        self.rnn = nn.RNN(input_size, hidden_size, num_layers=1, nonlinearity='relu',
                          bias=bias, batch_first=False, device=device, dtype=dtype)
        self.dropout = nn.Dropout(dropout) if dropout > 0 else None
        self.hidden_size = hidden_size
        if beta is not None:
            with torch.no_grad():
                self.rnn.weight_hh_l0.fill_(float(beta))
                self.rnn.weight_hh_l0.data = self.rnn.weight_hh_l0.data * torch.eye(hidden_size)
        self.register_buffer("threshold", torch.as_tensor(threshold))
        self.register_buffer("graded_spikes_factor", torch.as_tensor(graded_spikes_factor))

    def forward(self, input_):
        mem = self.rnn(input_)
        mem_out = mem[0]
        if self.dropout is not None:
            mem_out = self.dropout(mem_out)
        spk = (mem_out - self.threshold > 0).float()
        return spk * self.graded_spikes_factor


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lif1 = LeakyParallel(input_size=784, hidden_size=128, beta=beta, dropout=dropout_rate)
        self.lif2 = LeakyParallel(input_size=128, hidden_size=10, beta=beta, dropout=dropout_rate)

    def forward(self, x):
        return self.lif2(self.lif1(x))


def probe():
    net = Net()
    assert net(torch.rand(5, 2, 784)).shape == (5, 2, 10)


if __name__ == "__main__":
    probe()
