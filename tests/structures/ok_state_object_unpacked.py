# source: a correct look-alike of OpenNMT-py's decoder state (torch runs it)
# torch: runs
# The state object keeps a GRU's h as (h,), and the decoder takes it out before the layers
# see it: the whole tensor to an nn.GRU, its rows to a stack of cells.
import torch
import torch.nn as nn


class DecoderState(object):
    def __init__(self, rnnstate):
        self.hidden = rnnstate if isinstance(rnnstate, tuple) else (rnnstate,)


class StackedGRU(nn.Module):
    def __init__(self, num_layers, input_size, rnn_size):
        super().__init__()
        self.layers = nn.ModuleList()
        for _ in range(num_layers):
            self.layers.append(nn.GRUCell(input_size, rnn_size))
            input_size = rnn_size

    def forward(self, input, hidden):
        h_1 = []
        for i, layer in enumerate(self.layers):
            h_1_i = layer(input, hidden[i])
            input = h_1_i
            h_1 += [h_1_i]
        return input, torch.stack(h_1)


class Decoder(nn.Module):
    def __init__(self, layers, dim):
        super().__init__()
        self.rnn = nn.GRU(dim, dim, num_layers=layers)
        self.stacked = StackedGRU(layers, dim, dim)

    def forward(self, emb, state):
        out, h = self.rnn(emb, state.hidden[0])
        step, h2 = self.stacked(emb[0], state.hidden[0])
        return out, h, step


def probe():
    encoder = nn.GRU(8, 8, num_layers=2)
    _, final = encoder(torch.zeros(6, 3, 8))
    Decoder(2, 8)(torch.zeros(5, 3, 8), DecoderState(final))
