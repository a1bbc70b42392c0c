# source: https://github.com/joeynmt/joeynmt/blob/main/joeynmt/encoders.py
"""Joey NMT's RecurrentEncoder and the decoder's "bridge" init: the packed bidirectional encoder's
final states are viewed per layer and direction, (num_layers, 2, batch, hidden), the top layer's
two directions concatenated to (batch, 2 * hidden), and the decoder's bridge Linear is sized from
encoder.output_size; the projected state is unsqueezed and repeated over the decoder's layers,
which differ in number from the encoder's. For an LSTM decoder the cell gets the same tensor."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class RecurrentEncoder(nn.Module):
    def __init__(self, rnn_type="gru", hidden_size=1, emb_size=1, num_layers=1, dropout=0., bidirectional=True):
        super().__init__()
        rnn = nn.GRU if rnn_type == "gru" else nn.LSTM
        self.rnn = rnn(emb_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional,
                       dropout=dropout if num_layers > 1 else 0.)
        self._output_size = 2 * hidden_size if bidirectional else hidden_size

    @property
    def output_size(self):
        return self._output_size

    def forward(self, src_embed, src_length):
        total_length = src_embed.size(1)
        packed = pack_padded_sequence(src_embed, src_length.cpu(), batch_first=True)
        output, hidden = self.rnn(packed)
        if isinstance(hidden, tuple):
            hidden, memory_cell = hidden
        output, _ = pad_packed_sequence(output, batch_first=True, total_length=total_length)
        batch_size = hidden.size()[1]
        hidden_layerwise = hidden.view(self.rnn.num_layers, 2 if self.rnn.bidirectional else 1,
                                       batch_size, self.rnn.hidden_size)
        fwd_hidden_last = hidden_layerwise[-1:, 0]
        bwd_hidden_last = hidden_layerwise[-1:, 1]
        hidden_concat = torch.cat([fwd_hidden_last, bwd_hidden_last], dim=2).squeeze(0)
        return output, hidden_concat


class RecurrentDecoder(nn.Module):
    def __init__(self, encoder, rnn_type="lstm", emb_size=0, hidden_size=0, num_layers=1, vocab_size=0):
        super().__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        rnn = nn.GRU if rnn_type == "gru" else nn.LSTM
        self.rnn = rnn(emb_size + encoder.output_size, hidden_size, num_layers, batch_first=True)
        self.bridge_layer = nn.Linear(encoder.output_size, hidden_size, bias=True)
        self.activation = torch.tanh
        self.output_layer = nn.Linear(hidden_size, vocab_size)

    def _init_hidden(self, encoder_final):
        hidden = self.activation(self.bridge_layer(encoder_final)).unsqueeze(0).repeat(self.num_layers, 1, 1)
        return (hidden, hidden) if isinstance(self.rnn, nn.LSTM) else hidden

    def forward(self, trg_embed, encoder_output, encoder_hidden):
        hidden = self._init_hidden(encoder_hidden)
        context = encoder_output.mean(dim=1, keepdim=True).expand(-1, trg_embed.size(1), -1)
        output, hidden = self.rnn(torch.cat([trg_embed, context], dim=2), hidden)
        return self.output_layer(output)


def probe():
    encoder = RecurrentEncoder("gru", hidden_size=16, emb_size=8, num_layers=3, dropout=0.1)
    decoder = RecurrentDecoder(encoder, "lstm", emb_size=8, hidden_size=24, num_layers=2, vocab_size=30)
    output, hidden_concat = encoder(torch.randn(4, 9, 8), torch.tensor([9, 7, 5, 2]))
    decoder(torch.randn(4, 6, 8), output, hidden_concat)


if __name__ == "__main__":
    probe()
