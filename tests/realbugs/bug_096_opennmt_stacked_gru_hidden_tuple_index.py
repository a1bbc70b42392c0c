# source: https://github.com/OpenNMT/OpenNMT-py/issues/132
# rule: LC009
# torch: ValueError: GRUCell: Expected hidden to be 1D or 2D, got 3D instead
"""OpenNMT-py's input-feeding decoder steps a StackedGRU (onmt/modules/StackedRNN.py), one GRUCell
per layer, each taking its own slice of the state: h_1_i = layer(input, hidden[i]). The decoder
state keeps a GRU's hidden state wrapped in a one-element tuple (so LSTM and GRU states look
alike), and that tuple is what reaches StackedGRU: hidden[0] is the whole (layers, batch, rnn_size)
tensor, not layer 0's (batch, rnn_size). "training breaks with rnn_type = GRU"."""
import torch
import torch.nn as nn


class StackedGRU(nn.Module):
    def __init__(self, num_layers, input_size, rnn_size, dropout):
        super(StackedGRU, self).__init__()
        self.dropout = nn.Dropout(dropout)
        self.num_layers = num_layers
        self.layers = nn.ModuleList()
        for i in range(num_layers):
            self.layers.append(nn.GRUCell(input_size, rnn_size))
            input_size = rnn_size

    def forward(self, input, hidden):
        h_1 = []
        for i, layer in enumerate(self.layers):
            h_1_i = layer(input, hidden[i])
            input = h_1_i
            if i + 1 != self.num_layers:
                input = self.dropout(input)
            h_1 += [h_1_i]
        h_1 = torch.stack(h_1)
        return input, h_1


class RNNDecoderState(object):
    def __init__(self, rnnstate):
        self.hidden = rnnstate if isinstance(rnnstate, tuple) else (rnnstate,)


class InputFeedDecoder(nn.Module):
    def __init__(self, opt, embeddings):
        super(InputFeedDecoder, self).__init__()
        self.layers = opt["layers"]
        self.hidden_size = opt["rnn_size"]
        self.embeddings = embeddings
        input_size = opt["word_vec_size"] + opt["rnn_size"]
        self.rnn = StackedGRU(opt["layers"], input_size, opt["rnn_size"], opt["dropout"])

    def forward(self, tgt, state):
        emb = self.embeddings(tgt)
        hidden = state.hidden  # fix: StackedGRU indexes layers: pass the GRU's tensor, hidden = state.hidden[0]
        output = emb.new_zeros(emb.size(1), self.hidden_size)
        outputs = []
        for emb_t in emb.split(1):
            emb_t = torch.cat([emb_t.squeeze(0), output], 1)
            rnn_output, hidden = self.rnn(emb_t, hidden)
            output = rnn_output
            outputs += [output]
        return torch.stack(outputs), hidden


def probe():
    opt = {"layers": 2, "rnn_size": 16, "word_vec_size": 12, "dropout": 0.3, "rnn_type": "GRU"}
    encoder = nn.GRU(12, 16, num_layers=opt["layers"])
    src_emb, tgt_emb = nn.Embedding(30, 12), nn.Embedding(30, 12)
    _, enc_hidden = encoder(src_emb(torch.randint(0, 30, (7, 4))))
    decoder = InputFeedDecoder(opt, tgt_emb)
    decoder(torch.randint(0, 30, (5, 4)), RNNDecoderState(enc_hidden))


if __name__ == "__main__":
    probe()
