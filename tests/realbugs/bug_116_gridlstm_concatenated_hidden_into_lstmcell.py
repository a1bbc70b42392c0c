# source: https://github.com/kkleidal/GridLSTM-PyTorch/issues/1
# rule: LC009
# torch: RuntimeError: weight_ih first dim must be 4 * hidden_size = 64, but got 32
"""GridLSTM-PyTorch (gridlstm.py): each grid cell gathers the hidden states of its neighbours
along every dimension and concatenates them, H = torch.cat(H, 1), then steps an nn.LSTMCell
subclass with (H, c). The reporter points out that torch checks the state it is given against the
cell's hidden size, and H is `dimensions` times wider; the author's answer was a disclaimer that
the repository is untested. (The cell here is built through nn.LSTMCell.__init__, as torch 2.x
requires, with weight_hh resized for the concatenated state the way the repository resizes it.)"""
import torch
import torch.nn as nn


class GridLSTMCell(nn.LSTMCell):
    def __init__(self, input_channels, input_hidden_channels, output_hidden_channels, bias=True):
        super().__init__(input_channels, output_hidden_channels, bias=bias)
        self.input_hidden_size = input_hidden_channels
        self.weight_hh = nn.Parameter(torch.Tensor(4 * self.hidden_size, self.input_hidden_size))
        self.reset_parameters()


class GridLSTM(nn.Module):
    def __init__(self, input_channels, hidden_channels, dimensions, bias=True):
        super().__init__()
        self.input_channels = input_channels
        self.hidden_channels = hidden_channels
        self.dimensions = dimensions
        self.dilation = [1] * dimensions
        input_hidden_dims = hidden_channels * dimensions
        self.lstms = nn.ModuleList([GridLSTMCell(input_channels, input_hidden_dims, hidden_channels, bias=bias)
                                    for _ in range(dimensions)])

    def forward(self, inputs):
        state = {}
        for i in range(inputs.shape[2]):
            for j in range(inputs.shape[3]):
                self._run_update((i, j), inputs, state)
        return torch.stack([torch.stack([torch.cat([h for h, _ in state[(i, j)]], 1)
                                         for j in range(inputs.shape[3])], 2)
                            for i in range(inputs.shape[2])], 2)

    def _zero_h(self, N):
        # One cell's zero state (used for h and c)
        return torch.zeros(N, self.hidden_channels, requires_grad=True)

    def _run_update(self, loc, inputs, state):
        inp = inputs[(slice(None), slice(None)) + loc]
        H = []
        C = []
        for dim in range(self.dimensions):
            lloc = list(loc)
            lloc[dim] -= self.dilation[dim]
            if lloc[dim] < 0:
                N = inputs.shape[0]
                h, c = self._zero_h(N), self._zero_h(N)
            else:
                h, c = state[tuple(lloc)][dim]
            H.append(h)
            C.append(c)
        H = torch.cat(H, 1)
        local_state = []
        for dim in range(self.dimensions):
            c = C[dim]
            cell = self.lstms[dim]
            h, c = cell.forward(inp, (H, c))  # fix: nn.LSTMCell takes a state of hidden_size; project H to hidden_channels first
            local_state.append((h, c))
        state[loc] = local_state


def probe():
    lstm = GridLSTM(3, 8, 2)
    lstm(torch.ones(2, 3, 4, 3))


if __name__ == "__main__":
    probe()
