# source: https://github.com/jeshraghian/snntorch/pull/405
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.3 and num_layers=1
"""snntorch (_neurons/leakyparallel.py): LeakyParallel runs a layer of leaky integrate-and-fire
neurons through one nn.RNN (num_layers=1, relu) and hands its `dropout` argument to that RNN. The
report (issue 403, fixed by this pull request) is that dropout had no effect "even when set to
1.0": torch applies an RNN's dropout between stacked layers only, and warns when it is built. The
fix applies nn.Dropout to the RNN output instead."""
import torch
import torch.nn as nn

beta = 0.5
dropout_rate = 0.3


class LeakyParallel(nn.Module):
    """A parallel implementation of the Leaky neuron: all time steps go to torch.nn.RNN at once."""

    def __init__(self, input_size, hidden_size, beta=None, bias=True, threshold=1.0, dropout=0.0,
                 spike_grad=None, learn_beta=False, graded_spikes_factor=1.0, weight_hh_enable=False,
                 device=None, dtype=None):
        super().__init__()

        self.rnn = nn.RNN(input_size, hidden_size, num_layers=1, nonlinearity='relu',
                          bias=bias, batch_first=False, dropout=dropout, device=device, dtype=dtype)  # fix: one layer: keep dropout out of nn.RNN and apply nn.Dropout(dropout) to its output

        self._beta_buffer(beta, learn_beta)
        self.hidden_size = hidden_size
        if self.beta is not None:
            self.beta = self.beta.clamp(0, 1)
        self._beta_to_weight_hh()
        if weight_hh_enable is False:
            self.weight_hh_enable()
        if not learn_beta:
            self.rnn.weight_hh_l0.requires_grad_(False)
        self.register_buffer("threshold", torch.as_tensor(threshold))
        self.register_buffer("graded_spikes_factor", torch.as_tensor(graded_spikes_factor))

    def forward(self, input_):
        mem = self.rnn(input_)
        # mem[0] contains relu'd outputs, mem[1] contains final hidden state
        mem_shift = mem[0] - self.threshold
        spk = (mem_shift > 0).float()
        return spk * self.graded_spikes_factor

    def weight_hh_enable(self):
        mask = torch.eye(self.hidden_size, self.hidden_size)
        self.rnn.weight_hh_l0.data = self.rnn.weight_hh_l0.data * mask

    def _beta_to_weight_hh(self):
        with torch.no_grad():
            if self.beta is not None:
                self.rnn.weight_hh_l0.fill_(self.beta[0])

    def _beta_buffer(self, beta, learn_beta):
        if not isinstance(beta, torch.Tensor):
            if beta is not None:
                beta = torch.as_tensor([beta])
        self.register_buffer("beta", beta)


# Define Network
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        # initialize layers
        self.lif1 = LeakyParallel(input_size=784, hidden_size=128, beta=beta, dropout=dropout_rate)
        self.lif2 = LeakyParallel(input_size=128, hidden_size=10, beta=beta, dropout=dropout_rate)

    def forward(self, x):
        spk1 = self.lif1(x)
        spk2 = self.lif2(spk1)
        return spk2


def probe():
    net = Net()
    net(torch.rand(5, 2, 784))


if __name__ == "__main__":
    probe()
