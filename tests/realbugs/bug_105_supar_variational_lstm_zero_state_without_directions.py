# source: https://github.com/yzhangcs/parser/issues/48
# rule: LC009
# torch: RuntimeError: shape '[2, 2, 3, 8]' is invalid for input of size 48
"""yzhangcs/parser (SuPar's lstm.py): a variational-dropout LSTM built from one LSTMCell per layer
and direction. When no state is passed it makes a zero state of (num_layers, batch, hidden) and
then views it as (num_layers, num_directions, batch, hidden) to hand each cell its own slice; the
reporter points out that the zero state must have num_layers * num_directions rows, as the
docstring says. With bidirectional=True the view fails."""
import torch
import torch.nn as nn


class VariationalLSTM(nn.Module):
    """`h` of shape ``[num_layers*num_directions, batch_size, hidden_size]`` holds the initial
    hidden state, `c` the initial cell state, both zeros when not given."""

    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, dropout=0.0):
        super().__init__()
        self.input_size = input_size
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
        hx_0 = hx_i = hx
        output = []
        steps = reversed(range(x.size(0))) if reverse else range(x.size(0))
        for t in steps:
            hx_i = cell(x[t], hx_i)
            output.append(hx_i[0])
        if reverse:
            output.reverse()
        return torch.stack(output), hx_i if hx_i is not hx_0 else hx_0

    def forward(self, x, hx=None):
        # x: [seq_len, batch_size, input_size]
        batch_size = x.size(1)
        h_n, c_n = [], []
        if hx is None:
            ih = x.new_zeros(self.num_layers, batch_size, self.hidden_size)  # fix: self.num_layers * self.num_directions rows
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
        h_n = torch.cat(h_n, 0)
        c_n = torch.cat(c_n, 0)
        return x, (h_n, c_n)


class CharLSTM(nn.Module):
    def __init__(self, n_chars, n_embed, n_out):
        super().__init__()
        self.embed = nn.Embedding(n_chars, n_embed)
        self.lstm = VariationalLSTM(n_embed, n_out // 2, num_layers=2, bidirectional=True, dropout=0.33)

    def forward(self, chars):
        x = self.embed(chars).transpose(0, 1)
        x, _ = self.lstm(x)
        return x


def probe():
    model = CharLSTM(n_chars=30, n_embed=12, n_out=16)
    model(torch.randint(0, 30, (3, 7)))


if __name__ == "__main__":
    probe()
