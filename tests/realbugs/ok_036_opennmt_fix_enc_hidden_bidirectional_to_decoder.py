# source: https://github.com/OpenNMT/OpenNMT-py/issues/61
"""OpenNMT-py's _fix_enc_hidden (asked about in the issue): a bidirectional encoder's final state
is (layers * 2, batch, dim), layer by layer with the two directions side by side; the decoder is
unidirectional with rnn_size = 2 * dim. view(layers, 2, batch, dim).transpose(1, 2) and a view
to (layers, batch, 2 * dim) pair each layer's directions, so a state that looks one layer count
and one width off fits the decoder exactly."""
import torch
import torch.nn as nn


class RNNEncoder(nn.Module):
    def __init__(self, num_layers, bidirectional, rnn_size, embeddings):
        super(RNNEncoder, self).__init__()
        self.num_directions = 2 if bidirectional else 1
        assert rnn_size % self.num_directions == 0
        hidden_size = rnn_size // self.num_directions
        self.embeddings = embeddings
        self.rnn = nn.LSTM(input_size=embeddings.embedding_dim, hidden_size=hidden_size,
                           num_layers=num_layers, bidirectional=bidirectional)

    def forward(self, src):
        emb = self.embeddings(src)
        memory_bank, encoder_final = self.rnn(emb)
        return encoder_final, memory_bank


class NMTModel(nn.Module):
    def __init__(self, vocab_size=40, word_vec_size=12, rnn_size=32, layers=2, brnn=True):
        super(NMTModel, self).__init__()
        self.encoder = RNNEncoder(layers, brnn, rnn_size, nn.Embedding(vocab_size, word_vec_size))
        self.tgt_embeddings = nn.Embedding(vocab_size, word_vec_size)
        self.decoder_rnn = nn.LSTM(word_vec_size, rnn_size, num_layers=layers)
        self.generator = nn.Linear(rnn_size, vocab_size)

    def _fix_enc_hidden(self, h):
        #  the encoder hidden is  (layers*directions) x batch x dim
        #  we need to convert it to layers x batch x (directions*dim)
        if self.encoder.num_directions == 2:
            return h.view(h.size(0) // 2, 2, h.size(1), h.size(2)) \
                    .transpose(1, 2).contiguous() \
                    .view(h.size(0) // 2, h.size(1), h.size(2) * 2)
        else:
            return h

    def forward(self, src, tgt):
        enc_hidden, context = self.encoder(src)
        enc_hidden = tuple(self._fix_enc_hidden(enc_hidden[i]) for i in range(2))
        out, dec_hidden = self.decoder_rnn(self.tgt_embeddings(tgt), enc_hidden)
        return self.generator(out)


def probe():
    model = NMTModel()
    out = model(torch.randint(0, 40, (9, 3)), torch.randint(0, 40, (6, 3)))
    assert out.shape == (6, 3, 40)


if __name__ == "__main__":
    probe()
