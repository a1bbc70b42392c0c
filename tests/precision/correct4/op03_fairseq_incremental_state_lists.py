"""fairseq's LSTMDecoder keeps prev_hiddens and prev_cells as lists, one (B, H) per layer, for
its LSTMCells; the first layer's input is embed + hidden (input feeding)."""
import torch
import torch.nn as nn


class LSTMDecoder(nn.Module):
    def __init__(self, embed_dim=6, hidden_size=10, num_layers=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.layers = nn.ModuleList([
            nn.LSTMCell(embed_dim + hidden_size if layer == 0 else hidden_size, hidden_size)
            for layer in range(num_layers)])

    def forward(self, x, encoder_hiddens, encoder_cells):  # x: (T, B, E)
        num_layers = len(self.layers)
        prev_hiddens = [encoder_hiddens[i] for i in range(num_layers)]
        prev_cells = [encoder_cells[i] for i in range(num_layers)]
        input_feed = x.new_zeros(x.size(1), self.hidden_size)
        outs = []
        for j in range(x.size(0)):
            inp = torch.cat((x[j], input_feed), dim=1)
            for i, rnn in enumerate(self.layers):
                hidden, cell = rnn(inp, (prev_hiddens[i], prev_cells[i]))
                inp = hidden
                prev_hiddens[i] = hidden
                prev_cells[i] = cell
            input_feed = hidden
            outs.append(hidden)
        return torch.stack(outs)


def probe():
    enc = nn.LSTM(6, 10, 2)
    _, (h, c) = enc(torch.randn(5, 3, 6))
    result = LSTMDecoder()(torch.randn(4, 3, 6), h, c).shape
    assert result == (4, 3, 10)
