# source: https://github.com/MaximumEntropy/Seq2Seq-PyTorch/issues/5
# rule: LC009
# torch: RuntimeError: Expected hidden[1] size (1, 3, 24), got [1, 3, 32]
"""Seq2Seq-PyTorch's vanilla Seq2Seq (model.py), built from the JSON config nmt.py reads: the
bidirectional encoder's last forward and backward states are concatenated; the hidden state goes
through encoder2decoder (a Linear to the decoder's size) but the cell state c_t is handed to the
decoder as it is, src_hidden_dim wide. "If you don't pass c_t through a Linear layer from encoder
hidden to decoder hidden, then the code crashes (Encoder and Decoder can have different
dimensions)." It only runs while dim == dim_trg."""
import torch
import torch.nn as nn
from torch.autograd import Variable

config = {
    "model": {
        "dim": 32,
        "dim_trg": 24,
        "dim_word_src": 12,
        "dim_word_trg": 12,
        "n_words_src": 40,
        "n_words_trg": 40,
        "bidirectional": True,
        "n_layers_src": 2,
        "n_layers_trg": 1,
        "dropout": 0.0,
    },
    "data": {"batch_size": 3},
}


class Seq2Seq(nn.Module):
    """Container module with an encoder, deocder, embeddings."""

    def __init__(self, src_emb_dim, trg_emb_dim, src_vocab_size, trg_vocab_size, src_hidden_dim,
                 trg_hidden_dim, batch_size, pad_token_src, pad_token_trg, bidirectional=True,
                 nlayers=2, nlayers_trg=1, dropout=0.):
        super(Seq2Seq, self).__init__()
        self.src_vocab_size = src_vocab_size
        self.trg_vocab_size = trg_vocab_size
        self.trg_hidden_dim = trg_hidden_dim
        self.batch_size = batch_size
        self.bidirectional = bidirectional
        self.nlayers = nlayers
        self.dropout = dropout
        self.num_directions = 2 if bidirectional else 1
        self.src_hidden_dim = src_hidden_dim // 2 if self.bidirectional else src_hidden_dim

        self.src_embedding = nn.Embedding(src_vocab_size, src_emb_dim, pad_token_src)
        self.trg_embedding = nn.Embedding(trg_vocab_size, trg_emb_dim, pad_token_trg)

        self.encoder = nn.LSTM(src_emb_dim, self.src_hidden_dim, nlayers,
                               bidirectional=bidirectional, batch_first=True, dropout=self.dropout)
        self.decoder = nn.LSTM(trg_emb_dim, trg_hidden_dim, nlayers_trg, dropout=self.dropout,
                               batch_first=True)
        self.encoder2decoder = nn.Linear(self.src_hidden_dim * self.num_directions, trg_hidden_dim)
        self.decoder2vocab = nn.Linear(trg_hidden_dim, trg_vocab_size)

    def get_state(self, input):
        """Get cell states and hidden states."""
        batch_size = input.size(0) if self.encoder.batch_first else input.size(1)
        h0_encoder = Variable(torch.zeros(self.encoder.num_layers * self.num_directions,
                                          batch_size, self.src_hidden_dim))
        c0_encoder = Variable(torch.zeros(self.encoder.num_layers * self.num_directions,
                                          batch_size, self.src_hidden_dim))
        return h0_encoder, c0_encoder

    def forward(self, input_src, input_trg, ctx_mask=None, trg_mask=None):
        src_emb = self.src_embedding(input_src)
        trg_emb = self.trg_embedding(input_trg)

        self.h0_encoder, self.c0_encoder = self.get_state(input_src)
        src_h, (src_h_t, src_c_t) = self.encoder(src_emb, (self.h0_encoder, self.c0_encoder))

        if self.bidirectional:
            h_t = torch.cat((src_h_t[-1], src_h_t[-2]), 1)
            c_t = torch.cat((src_c_t[-1], src_c_t[-2]), 1)  # fix: bridge the cell state too: c_t = nn.Tanh()(self.encoder2decoder(torch.cat(...)))
        else:
            h_t = src_h_t[-1]
            c_t = src_c_t[-1]
        decoder_init_state = nn.Tanh()(self.encoder2decoder(h_t))

        trg_h, (_, _) = self.decoder(
            trg_emb,
            (
                decoder_init_state.view(self.decoder.num_layers, decoder_init_state.size(0),
                                        decoder_init_state.size(1)),
                c_t.view(self.decoder.num_layers, c_t.size(0), c_t.size(1)),
            ),
        )
        trg_h_reshape = trg_h.contiguous().view(trg_h.size(0) * trg_h.size(1), trg_h.size(2))
        decoder_logit = self.decoder2vocab(trg_h_reshape)
        return decoder_logit.view(trg_h.size(0), trg_h.size(1), decoder_logit.size(1))


def probe():
    model = Seq2Seq(
        src_emb_dim=config["model"]["dim_word_src"],
        trg_emb_dim=config["model"]["dim_word_trg"],
        src_vocab_size=config["model"]["n_words_src"],
        trg_vocab_size=config["model"]["n_words_trg"],
        src_hidden_dim=config["model"]["dim"],
        trg_hidden_dim=config["model"]["dim_trg"],
        batch_size=config["data"]["batch_size"],
        bidirectional=config["model"]["bidirectional"],
        pad_token_src=0,
        pad_token_trg=0,
        nlayers=config["model"]["n_layers_src"],
        nlayers_trg=config["model"]["n_layers_trg"],
        dropout=config["model"]["dropout"],
    )
    model(torch.randint(1, 40, (3, 9)), torch.randint(1, 40, (3, 6)))


if __name__ == "__main__":
    probe()
