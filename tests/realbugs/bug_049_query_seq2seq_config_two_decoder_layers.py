# source: https://github.com/wasiahmad/context_attentive_ir/issues/10
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (2, 8, 16), got [1, 8, 16]
"""Query-suggestion seq2seq: the encoder is a stack of one-layer bidirectional LSTMs and hands on
only the last layer's final state (directions concatenated), but the decoder is built with the
config's nlayers = 2: Expected hidden[0] size (2, 8, 512), got [1, 8, 512]. The maintainer: the
default should be 1."""
import torch
import torch.nn as nn

SEQ2SEQ = {
    'arch': {
        'rnn_type': 'LSTM',
        'bidirection': True,
        'nlayers': 2,  # fix: the decoder gets one layer of state: 'nlayers': 1
        'nhid': 16,
        'dropout_rnn': 0.2,
    }
}


class RNNEncoder(nn.Module):
    def __init__(self, rnn_type, input_size, bidirectional, num_layers, hidden_size, dropout=0.0):
        super(RNNEncoder, self).__init__()
        num_directions = 2 if bidirectional else 1
        hidden_size = hidden_size // num_directions
        self.nlayers = num_layers
        self.rnns = nn.ModuleList()
        for i in range(self.nlayers):
            input_size = input_size if i == 0 else hidden_size * num_directions
            kwargs = {'input_size': input_size,
                      'hidden_size': hidden_size,
                      'num_layers': 1,
                      'bidirectional': bidirectional,
                      'batch_first': True}
            self.rnns.append(getattr(nn, rnn_type)(**kwargs))
        self.dropout = nn.Dropout(dropout)

    def forward(self, emb):
        h_n, c_n = [], []
        for i in range(self.nlayers):
            if i != 0:
                emb = self.dropout(emb)
            emb, (h, c) = self.rnns[i](emb)
            h_n.append(h)
            c_n.append(c)
        return (h_n[-1], c_n[-1]), emb  # use_last: only the last layer's state


class RNNDecoder(nn.Module):
    def __init__(self, rnn_type, input_size, bidirectional_encoder, num_layers, hidden_size,
                 dropout=0.0):
        super(RNNDecoder, self).__init__()
        self.bidirectional_encoder = bidirectional_encoder
        kwargs = {'input_size': input_size,
                  'hidden_size': hidden_size,
                  'num_layers': num_layers,
                  'dropout': dropout,
                  'batch_first': True}
        self.rnn = getattr(nn, rnn_type)(**kwargs)

    def init_decoder_state(self, encoder_final):
        def _fix_enc_hidden(hidden):
            # (layers*directions) x batch x dim -> layers x batch x (directions*dim)
            if self.bidirectional_encoder:
                hidden = torch.cat([hidden[0:hidden.size(0):2],
                                    hidden[1:hidden.size(0):2]], 2)
            return hidden
        return tuple(_fix_enc_hidden(enc_hid) for enc_hid in encoder_final)

    def forward(self, emb, state):
        return self.rnn(emb, state)


def probe():
    arch = SEQ2SEQ['arch']
    emsize = 10
    encoder = RNNEncoder(arch['rnn_type'], emsize, arch['bidirection'], arch['nlayers'],
                         arch['nhid'], arch['dropout_rnn'])
    decoder = RNNDecoder(arch['rnn_type'], emsize, arch['bidirection'], arch['nlayers'],
                         arch['nhid'], arch['dropout_rnn'])
    hidden, memory_bank = encoder(torch.randn(8, 6, emsize))
    decoder(torch.randn(8, 4, emsize), decoder.init_decoder_state(hidden))


if __name__ == "__main__":
    probe()
