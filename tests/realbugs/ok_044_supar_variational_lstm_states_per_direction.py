# source: https://github.com/yzhangcs/parser/issues/48
"""SuPar's VariationalLSTM after the fix the issue asks for (bug_105 is the report): the zero
state has num_layers * num_directions rows and is viewed as (num_layers, num_directions, batch,
hidden) so that each LSTMCell, one per layer and direction, gets its own (batch, hidden) slice;
the second layer's cells take hidden_size * num_directions inputs. Looks like a 4-D state and
cells fed a concatenation; all of it lines up."""
import torch
import torch.nn as nn


class VariationalLSTM(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, dropout=0.0):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bidirectional = bidirectional
        self.dropout = dropout
        self.num_directions = 1 + self.bidirectional

        self.f_cells = nn.ModuleList()
        if bidirectional:
            self.b_cells = nn.ModuleList()
        for _ in range(self.num_layers):
            self.f_cells.append(nn.LSTMCell(input_size=input_size, hidden_size=hidden_size))
            if bidirectional:
                self.b_cells.append(nn.LSTMCell(input_size=input_size, hidden_size=hidden_size))
            input_size = hidden_size * self.num_directions

    def layer_forward(self, x, hx, cell, reverse=False):
        output = []
        steps = reversed(range(x.size(0))) if reverse else range(x.size(0))
        for t in steps:
            hx = cell(x[t], hx)
            output.append(hx[0])
        if reverse:
            output.reverse()
        return torch.stack(output), hx

    def forward(self, x, hx=None):
        batch_size = x.size(1)
        h_n, c_n = [], []
        if hx is None:
            ih = x.new_zeros(self.num_layers * self.num_directions, batch_size, self.hidden_size)
            h, c = ih, ih
        else:
            h, c = hx
        h = h.view(self.num_layers, self.num_directions, batch_size, self.hidden_size)
        c = c.view(self.num_layers, self.num_directions, batch_size, self.hidden_size)

        for i in range(self.num_layers):
            x_f, (h_f, c_f) = self.layer_forward(x, (h[i, 0], c[i, 0]), self.f_cells[i])
            if self.bidirectional:
                x_b, (h_b, c_b) = self.layer_forward(x, (h[i, 1], c[i, 1]), self.b_cells[i], reverse=True)
                x = torch.cat((x_f, x_b), -1)
                h_n.append(torch.stack((h_f, h_b)))
                c_n.append(torch.stack((c_f, c_b)))
            else:
                x = x_f
                h_n.append(torch.stack([h_f]))
                c_n.append(torch.stack([c_f]))
            if self.training and self.dropout:
                x = nn.functional.dropout(x, self.dropout)
        return x, (torch.cat(h_n, 0), torch.cat(c_n, 0))


def probe():
    lstm = VariationalLSTM(12, 8, num_layers=2, bidirectional=True, dropout=0.33)
    x, (h, c) = lstm(torch.randn(7, 3, 12))
    assert x.shape == (7, 3, 16) and h.shape == (4, 3, 8)
    x2, _ = lstm(torch.randn(5, 3, 12), (h, c))
    assert x2.shape == (5, 3, 16)


if __name__ == "__main__":
    probe()
