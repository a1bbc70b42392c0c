# source: https://github.com/snakeztc/NeuralDialog-LaRL/blob/6d0320dadcbf3f357d544ed2a7daaff35f25fc57/latent_dialog/enc2dec/encoders.py
# rule: LC011
# torch: AttributeError: 'tuple' object has no attribute 'transpose'
"""snakeztc/NeuralDialog-LaRL at 6d0320d (latent_dialog/enc2dec/encoders.py,
latent_dialog/enc2dec/base_modules.py, latent_dialog/models_deal.py, experiments_deal/sl_word.py):
the utterance encoder's cell type is a config option, `utt_rnn_cell` (BaseRNN maps 'lstm' to
nn.LSTM and 'gru' to nn.GRU), and the published configs use 'gru'. Without attention
(`enc_use_attn = False` in the deal configs) RnnUttEncoder summarises each utterance with the final
state: `enc_last.transpose(0, 1)`. For a GRU enc_last is h_n; with utt_rnn_cell='lstm' it is the
(h_n, c_n) pair, so the first forward fails on the tuple. The fix takes h_n (enc_last[0]) when the
cell is an LSTM. The goal encoder, context encoder and decoder of models_deal are kept in short
form; corpus and data_feed are random tensors. The published config also passes dropout=0.3 to
one-layer RNNs (a separate torch warning); the probe sets dropout to 0.0 so that only this mistake
shows."""
import torch as th
import torch.nn as nn
import torch.nn.functional as F


class Pack(dict):
    def __getattr__(self, name):
        return self[name]


# latent_dialog/enc2dec/base_modules.py
class BaseRNN(nn.Module):
    def __init__(self, input_dropout_p, rnn_cell,
                 input_size, hidden_size, num_layers,
                 output_dropout_p, bidirectional):
        super(BaseRNN, self).__init__()
        self.input_dropout = nn.Dropout(p=input_dropout_p)
        if rnn_cell.lower() == 'lstm':
            self.rnn_cell = nn.LSTM
        elif rnn_cell.lower() == 'gru':
            self.rnn_cell = nn.GRU
        else:
            raise ValueError('Unsupported RNN Cell Type: {0}'.format(rnn_cell))
        self.rnn = self.rnn_cell(input_size=input_size,
                                 hidden_size=hidden_size,
                                 num_layers=num_layers,
                                 batch_first=True,
                                 dropout=output_dropout_p,
                                 bidirectional=bidirectional)


# latent_dialog/enc2dec/encoders.py
class EncoderRNN(BaseRNN):
    def __init__(self, input_dropout_p, rnn_cell, input_size, hidden_size, num_layers, output_dropout_p, bidirectional, variable_lengths):
        super(EncoderRNN, self).__init__(input_dropout_p=input_dropout_p,
                                         rnn_cell=rnn_cell,
                                         input_size=input_size,
                                         hidden_size=hidden_size,
                                         num_layers=num_layers,
                                         output_dropout_p=output_dropout_p,
                                         bidirectional=bidirectional)
        self.variable_lengths = variable_lengths
        self.output_size = hidden_size * 2 if bidirectional else hidden_size

    def forward(self, input_var, init_state=None, input_lengths=None, goals=None):
        embedded = self.input_dropout(input_var)
        if init_state is not None:
            output, hidden = self.rnn(embedded, init_state)
        else:
            output, hidden = self.rnn(embedded)
        return output, hidden


class RnnUttEncoder(nn.Module):
    def __init__(self, vocab_size, embedding_dim, feat_size, goal_nhid, rnn_cell,
                 utt_cell_size, num_layers, input_dropout_p, output_dropout_p,
                 bidirectional, variable_lengths, use_attn, embedding=None):
        super(RnnUttEncoder, self).__init__()
        if embedding is None:
            self.embedding = nn.Embedding(num_embeddings=vocab_size, embedding_dim=embedding_dim)
        else:
            self.embedding = embedding

        self.rnn = EncoderRNN(input_dropout_p=input_dropout_p,
                              rnn_cell=rnn_cell,
                              input_size=embedding_dim + feat_size + goal_nhid,
                              hidden_size=utt_cell_size,
                              num_layers=num_layers,
                              output_dropout_p=output_dropout_p,
                              bidirectional=bidirectional,
                              variable_lengths=variable_lengths)

        self.utt_cell_size = utt_cell_size
        self.multiplier = 2 if bidirectional else 1
        self.output_size = self.multiplier * self.utt_cell_size
        self.use_attn = use_attn
        if self.use_attn:
            self.key_w = nn.Linear(self.output_size, self.utt_cell_size)
            self.query = nn.Linear(self.utt_cell_size, 1)

    def forward(self, utterances, feats=None, init_state=None, goals=None):
        batch_size, max_ctx_len, max_utt_len = utterances.size()
        flat_words = utterances.view(-1, max_utt_len)
        word_embeddings = self.embedding(flat_words)
        flat_mask = th.sign(flat_words).float()
        if feats is not None:
            flat_feats = feats.view(-1, 1)
            flat_feats = flat_feats.unsqueeze(1).repeat(1, max_utt_len, 1)
            word_embeddings = th.cat([word_embeddings, flat_feats], dim=2)
        if goals is not None:
            goals = goals.view(goals.size(0), 1, 1, goals.size(1))
            goals_rep = goals.repeat(1, max_ctx_len, max_utt_len, 1).view(batch_size * max_ctx_len, max_utt_len, -1)
            word_embeddings = th.cat([word_embeddings, goals_rep], dim=2)

        # enc_outs: (batch_size*max_ctx_len, max_utt_len, num_directions*utt_cell_size)
        # enc_last: (num_layers*num_directions, batch_size*max_ctx_len, utt_cell_size)
        enc_outs, enc_last = self.rnn(word_embeddings, init_state=init_state)

        if self.use_attn:
            fc1 = th.tanh(self.key_w(enc_outs))
            attn = self.query(fc1).squeeze(2)
            attn = F.softmax(attn, attn.dim() - 1)
            attn = attn * flat_mask
            attn = (attn / (th.sum(attn, dim=1, keepdim=True) + 1e-10)).unsqueeze(2)
            utt_embedded = attn * enc_outs
            utt_embedded = th.sum(utt_embedded, dim=1)
        else:
            # FIXME bug for multi-layer
            attn = None
            utt_embedded = enc_last.transpose(0, 1).contiguous()  # fix: take h_n for an LSTM: (enc_last[0] if isinstance(enc_last, tuple) else enc_last).transpose(0, 1)
            utt_embedded = utt_embedded.view(-1, self.output_size)

        utt_embedded = utt_embedded.view(batch_size, max_ctx_len, self.output_size)
        return utt_embedded, word_embeddings.contiguous().view(batch_size, max_ctx_len * max_utt_len, -1), \
            enc_outs.contiguous().view(batch_size, max_ctx_len * max_utt_len, -1)


# latent_dialog/models_deal.py (HRED, encoder side and a short decoder)
class HRED(nn.Module):
    def __init__(self, vocab_size, goal_vocab_size, config):
        super(HRED, self).__init__()
        self.config = config
        self.goal_encoder = nn.Sequential(nn.Embedding(goal_vocab_size, config.goal_embed_size),
                                          nn.Flatten(), nn.Linear(config.goal_embed_size * config.k, config.goal_nhid))  # MlpGoalEncoder in short
        self.embedding = nn.Embedding(vocab_size, config.embed_size, padding_idx=0)
        self.utt_encoder = RnnUttEncoder(vocab_size=vocab_size,
                                         embedding_dim=config.embed_size,
                                         feat_size=1,
                                         goal_nhid=config.goal_nhid,
                                         rnn_cell=config.utt_rnn_cell,
                                         utt_cell_size=config.utt_cell_size,
                                         num_layers=config.num_layers,
                                         input_dropout_p=config.dropout,
                                         output_dropout_p=config.dropout,
                                         bidirectional=config.bi_utt_cell,
                                         variable_lengths=False,
                                         use_attn=config.enc_use_attn,
                                         embedding=self.embedding)
        self.ctx_encoder = EncoderRNN(input_dropout_p=0.0,
                                      rnn_cell=config.ctx_rnn_cell,
                                      input_size=self.utt_encoder.output_size,
                                      hidden_size=config.ctx_cell_size,
                                      num_layers=config.num_layers,
                                      output_dropout_p=config.dropout,
                                      bidirectional=config.bi_ctx_cell,
                                      variable_lengths=False)
        self.decoder = EncoderRNN(input_dropout_p=config.dropout, rnn_cell=config.dec_rnn_cell,
                                  input_size=config.embed_size, hidden_size=config.dec_cell_size,
                                  num_layers=config.num_layers, output_dropout_p=config.dropout,
                                  bidirectional=False, variable_lengths=False)
        self.out = nn.Linear(config.dec_cell_size, vocab_size)

    def forward(self, data_feed):
        goals_h = self.goal_encoder(data_feed['goals'])
        enc_inputs, _, _ = self.utt_encoder(data_feed['contexts'], feats=data_feed['context_confs'],
                                            goals=goals_h)
        enc_outs, enc_last = self.ctx_encoder(enc_inputs, input_lengths=data_feed['context_lens'])
        out_utts = data_feed['outputs']
        dec_outputs, _ = self.decoder(self.embedding(out_utts[:, :-1]), init_state=enc_last)
        logits = self.out(dec_outputs)
        return F.cross_entropy(logits.reshape(-1, logits.size(-1)), out_utts[:, 1:].reshape(-1), ignore_index=0)


# experiments_deal/sl_word.py (model part of the config)
config = Pack(
    dropout=0.3,
    embed_size=256,
    num_layers=1,
    utt_rnn_cell='gru',
    utt_cell_size=128,
    bi_utt_cell=True,
    enc_use_attn=False,
    ctx_rnn_cell='gru',
    ctx_cell_size=256,
    bi_ctx_cell=False,
    dec_use_attn=True,
    dec_rnn_cell='gru',  # must be same as ctx_cell_size due to the passed initial state
    dec_cell_size=256,
    goal_embed_size=64,
    goal_nhid=64,
    k=6,  # domain_info.input_length()
)


def probe():
    cfg = Pack(config)
    cfg.update(utt_rnn_cell='lstm', dropout=0.0, embed_size=16, utt_cell_size=8,
               ctx_cell_size=12, dec_cell_size=12, goal_embed_size=4, goal_nhid=6)
    model = HRED(vocab_size=30, goal_vocab_size=11, config=cfg)
    data_feed = {'contexts': th.randint(1, 30, (2, 3, 5)),
                 'context_confs': th.rand(2, 3),
                 'context_lens': [3, 2],
                 'goals': th.randint(0, 11, (2, 6)),
                 'outputs': th.randint(1, 30, (2, 7))}
    loss = model(data_feed)
    loss.backward()


if __name__ == "__main__":
    probe()
