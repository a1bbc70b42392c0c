# source: https://github.com/pytorch/pytorch/pull/3925
# rule: LC009
# torch: RuntimeError: For batched 3-D input, hx and cx should also be 3-D but got (2-D, 2-D) tensors
"""A seq2seq-with-attention model, reported in a comment under torch's RNN argument check with its
forward(input_src, input_trg, courteous_template, ...) and the error Expected hidden[0] size
(1, 64, 256), got (64, 256); rebuilt around the Seq2SeqAttention model that signature comes from.
The encoder's last forward and backward states are concatenated and bridged to the decoder's
size, which gives (batch, hidden) tensors; the decoder, an nn.LSTM rather than an LSTM cell,
wants (num_layers, batch, hidden) states."""
import torch
import torch.nn as nn


class Seq2SeqAttention(nn.Module):
    def __init__(self, src_emb_dim, trg_emb_dim, src_vocab_size, trg_vocab_size, src_hidden_dim,
                 trg_hidden_dim, batch_size, pad_token_src, pad_token_trg, bidirectional=True,
                 nlayers=1, nlayers_trg=1, dropout=0.):
        super(Seq2SeqAttention, self).__init__()
        self.src_hidden_dim = src_hidden_dim
        self.bidirectional = bidirectional
        self.nlayers = nlayers
        self.num_directions = 2 if bidirectional else 1
        self.src_hidden_dim = src_hidden_dim // 2 if self.bidirectional else src_hidden_dim
        self.src_embedding = nn.Embedding(src_vocab_size, src_emb_dim, pad_token_src)
        self.trg_embedding = nn.Embedding(trg_vocab_size, trg_emb_dim, pad_token_trg)
        self.encoder = nn.LSTM(src_emb_dim, self.src_hidden_dim, nlayers,
                               bidirectional=bidirectional, batch_first=True, dropout=dropout)
        self.decoder = nn.LSTM(trg_emb_dim, trg_hidden_dim, nlayers_trg, batch_first=True)
        self.encoder2decoder = nn.Linear(self.src_hidden_dim * self.num_directions, trg_hidden_dim)
        self.decoder2vocab = nn.Linear(trg_hidden_dim, trg_vocab_size)

    def get_state(self, input):
        batch_size = input.size(0)
        h0_encoder = torch.zeros(self.nlayers * self.num_directions, batch_size,
                                 self.src_hidden_dim)
        c0_encoder = torch.zeros(self.nlayers * self.num_directions, batch_size,
                                 self.src_hidden_dim)
        return h0_encoder, c0_encoder

    def forward(self, input_src, input_trg, courteous_template=None, ctx_mask=None,
                trg_mask=None):
        src_emb = self.src_embedding(input_src)
        trg_emb = self.trg_embedding(input_trg)
        self.h0_encoder, self.c0_encoder = self.get_state(input_src)
        src_h, (src_h_t, src_c_t) = self.encoder(src_emb, (self.h0_encoder, self.c0_encoder))
        if self.bidirectional:
            h_t = torch.cat((src_h_t[-1], src_h_t[-2]), 1)
            c_t = torch.cat((src_c_t[-1], src_c_t[-2]), 1)
        else:
            h_t = src_h_t[-1]
            c_t = src_c_t[-1]
        decoder_init_state = nn.Tanh()(self.encoder2decoder(h_t))
        trg_h, (_, _) = self.decoder(trg_emb, (decoder_init_state, c_t))  # fix: nn.LSTM takes (layers, batch, hidden): pass decoder_init_state.unsqueeze(0), c_t.unsqueeze(0)
        return self.decoder2vocab(trg_h)


def probe():
    model = Seq2SeqAttention(src_emb_dim=12, trg_emb_dim=12, src_vocab_size=40, trg_vocab_size=50,
                             src_hidden_dim=16, trg_hidden_dim=16, batch_size=4,
                             pad_token_src=0, pad_token_trg=0)
    model(torch.randint(1, 40, (4, 9)), torch.randint(1, 50, (4, 7)))


if __name__ == "__main__":
    probe()
