# source: https://github.com/pcyin/tranX/blob/dca34e813f2f6ebcb5dd29605e8fb1ec75c4a9bd/model/seq2seq.py
"""pcyin/tranX at dca34e8 (model/seq2seq.py), correct: the Seq2SeqModel encoder is a time-major
bidirectional nn.LSTM of hidden_size per direction over packed source embeddings, so its outputs
are hidden_size * 2 wide and its final (h, c) are (2, batch, hidden_size). encode() concatenates
the two directions of the last cell to (batch, hidden_size * 2), and decoder_cell_init is
`nn.Linear(hidden_size * 2, hidden_size)`, giving the decoder nn.LSTMCell a (batch, hidden_size)
state pair. att_src_linear projects the 2*hidden encodings to hidden for dot-product attention,
the context vector stays 2*hidden wide and att_vec_linear takes hidden*2 + hidden; input feeding
concatenates the embedding with the hidden-sized attentional vector, matching the cell's
embed_size + hidden_size. Vocabularies are replaced by sizes and nn_utils' mask helper is
inlined; label smoothing and sampling are left out."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd import Variable
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


def length_array_to_mask_tensor(length_array, cuda=False):
    max_len = max(length_array)
    batch_size = len(length_array)
    mask = torch.ones(batch_size, max_len, dtype=torch.bool)
    for i, seq_len in enumerate(length_array):
        mask[i][:seq_len] = False
    return mask


class Seq2SeqModel(nn.Module):
    def __init__(self, src_vocab_size, tgt_vocab_size, embed_size, hidden_size,
                 decoder_word_dropout=0., dropout=0., label_smoothing=0., cuda=False):
        super(Seq2SeqModel, self).__init__()
        self.embed_size = embed_size
        self.hidden_size = hidden_size
        self.src_embed = nn.Embedding(src_vocab_size, embed_size)
        self.tgt_embed = nn.Embedding(tgt_vocab_size, embed_size)

        self.encoder_lstm = nn.LSTM(embed_size, hidden_size, bidirectional=True)
        self.decoder_lstm = nn.LSTMCell(embed_size + hidden_size, hidden_size)

        # initialize the decoder's state and cells with encoder hidden states
        self.decoder_cell_init = nn.Linear(hidden_size * 2, hidden_size)

        # attention: dot product attention
        # project source encoding to decoder rnn's h space
        self.att_src_linear = nn.Linear(hidden_size * 2, hidden_size, bias=False)

        # this produces the `attentional vector` in (Luong et al., 2015)
        self.att_vec_linear = nn.Linear(hidden_size * 2 + hidden_size, hidden_size, bias=False)

        # prediction layer of the target vocabulary
        self.readout = nn.Linear(hidden_size, tgt_vocab_size, bias=False)

        self.dropout = nn.Dropout(dropout)
        self.decoder_word_dropout = decoder_word_dropout
        self.cuda = cuda

    def encode(self, src_sents_var, src_sents_len):
        # (tgt_query_len, batch_size, embed_size)
        src_token_embed = self.src_embed(src_sents_var)
        packed_src_token_embed = pack_padded_sequence(src_token_embed, src_sents_len)

        src_encodings, (last_state, last_cell) = self.encoder_lstm(packed_src_token_embed)
        src_encodings, _ = pad_packed_sequence(src_encodings)

        # (batch_size, hidden_size * 2)
        last_state = torch.cat([last_state[0], last_state[1]], 1)
        last_cell = torch.cat([last_cell[0], last_cell[1]], 1)

        return src_encodings, (last_state, last_cell)

    def init_decoder_state(self, enc_last_state, enc_last_cell):
        dec_init_cell = self.decoder_cell_init(enc_last_cell)
        dec_init_state = torch.tanh(dec_init_cell)

        return dec_init_state, dec_init_cell

    def decode(self, src_encodings, src_sents_len, dec_init_vec, tgt_sents_var):
        new_tensor = src_encodings.data.new
        batch_size = src_encodings.size(1)

        h_tm1 = dec_init_vec
        # (batch_size, query_len, hidden_size * 2)
        src_encodings = src_encodings.permute(1, 0, 2)
        # (batch_size, query_len, hidden_size)
        src_encodings_att_linear = self.att_src_linear(src_encodings)
        # initialize the attentional vector
        att_tm1 = Variable(new_tensor(batch_size, self.hidden_size).zero_(), requires_grad=False)
        # (batch_size, src_sent_len)
        src_sent_masks = length_array_to_mask_tensor(src_sents_len, cuda=self.cuda)

        # (tgt_sent_len, batch_size, embed_size)
        tgt_token_embed = self.tgt_embed(tgt_sents_var)

        scores = []
        # start from `<s>`, until y_{T-1}
        for t, y_tm1_embed in list(enumerate(tgt_token_embed.split(split_size=1)))[:-1]:
            y_tm1_embed = y_tm1_embed.squeeze(0)
            x = torch.cat([y_tm1_embed, att_tm1], 1)

            (h_t, cell_t), att_t, score_t = self.step(x, h_tm1,
                                                      src_encodings, src_encodings_att_linear,
                                                      src_sent_masks=src_sent_masks)
            scores.append(score_t)

            att_tm1 = att_t
            h_tm1 = (h_t, cell_t)

        # (src_sent_len, batch_size, tgt_vocab_size)
        return torch.stack(scores)

    def step(self, x, h_tm1, src_encodings, src_encodings_att_linear, src_sent_masks=None):
        # h_t: (batch_size, hidden_size)
        h_t, cell_t = self.decoder_lstm(x, h_tm1)

        ctx_t, alpha_t = Seq2SeqModel.dot_prod_attention(h_t,
                                                         src_encodings, src_encodings_att_linear,
                                                         mask=src_sent_masks)

        att_t = torch.tanh(self.att_vec_linear(torch.cat([h_t, ctx_t], 1)))  # E.q. (5)
        att_t = self.dropout(att_t)

        # (batch_size, tgt_vocab_size)
        score_t = self.readout(att_t)  # E.q. (6)

        return (h_t, cell_t), att_t, score_t

    def forward(self, src_sents_var, src_sents_len, tgt_sents_var):
        src_encodings, (last_state, last_cell) = self.encode(src_sents_var, src_sents_len)
        dec_init_vec = self.init_decoder_state(last_state, last_cell)
        scores = self.decode(src_encodings, src_sents_len, dec_init_vec, tgt_sents_var)
        log_scores = F.log_softmax(scores, dim=-1)
        tgt = tgt_sents_var[1:]
        tgt_sent_log_scores = torch.gather(log_scores, -1, tgt.unsqueeze(-1)).squeeze(-1)
        tgt_sent_log_scores = tgt_sent_log_scores * (1. - torch.eq(tgt, 0).float())  # 0 is pad
        return tgt_sent_log_scores.sum(dim=0)

    @staticmethod
    def dot_prod_attention(h_t, src_encoding, src_encoding_att_linear, mask=None):
        # (batch_size, src_sent_len)
        att_weight = torch.bmm(src_encoding_att_linear, h_t.unsqueeze(2)).squeeze(2)
        if mask is not None:
            att_weight.data.masked_fill_(mask, -float('inf'))
        att_weight = F.softmax(att_weight, dim=-1)

        att_view = (att_weight.size(0), 1, att_weight.size(1))
        # (batch_size, hidden_size * 2)
        ctx_vec = torch.bmm(att_weight.view(*att_view), src_encoding).squeeze(1)

        return ctx_vec, att_weight


def probe():
    model = Seq2SeqModel(src_vocab_size=40, tgt_vocab_size=30, embed_size=16, hidden_size=24,
                         dropout=0.2)
    src_sents_len = [9, 7, 4]  # sorted, as the batcher sorts them
    src = torch.randint(1, 40, (9, 3))
    tgt = torch.randint(1, 30, (6, 3))
    log_probs = model(src, src_sents_len, tgt)
    assert log_probs.shape == (3,)
    (-log_probs.sum()).backward()


if __name__ == "__main__":
    probe()
