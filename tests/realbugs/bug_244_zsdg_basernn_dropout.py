# source: https://github.com/snakeztc/NeuralDialog-ZSDG/blob/1d1548457a16a2e07567dc8532ea8b2fba178540/zsdg/enc2dec/base_modules.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.3 and num_layers=1
"""snakeztc/NeuralDialog-ZSDG at 1d15484 (zsdg/enc2dec/base_modules.py, zsdg/enc2dec/encoders.py,
zsdg/enc2dec/decoders.py, zsdg/models/models.py, zsdg/nn_lib.py, simdial-zsdg.py): every encoder
and decoder derives from BaseRNN, which builds `self.rnn_cell(input_size, hidden_size, n_layers,
batch_first=True, dropout=dropout_p, bidirectional=...)`. HRED passes the training --dropout
(default 0.3) as dropout_p to the utterance encoder's GRU (always one layer), to the context
encoder (--num_layer, default 1) and to the decoder (n_layers=1), so with the script's defaults
all three recurrent layers are one-layer RNNs asked for dropout between layers: torch warns at
construction and none of it is applied (the input dropout is a separate nn.Dropout). The fix is
in BaseRNN: pass the dropout only when n_layers > 1. The corpus/vocabulary is replaced by sizes,
data_feed by random tensors; the decoder keeps teacher forcing without attention and beam search,
cast_type/np2var by plain tensors."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


# zsdg/enc2dec/base_modules.py
class BaseRNN(nn.Module):
    def __init__(self, vocab_size, input_size, hidden_size, input_dropout_p,
                 dropout_p, n_layers, rnn_cell, bidirectional):
        super(BaseRNN, self).__init__()
        self.vocab_size = vocab_size
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.input_dropout_p = input_dropout_p
        self.input_dropout = nn.Dropout(p=input_dropout_p)
        if rnn_cell.lower() == 'lstm':
            self.rnn_cell = nn.LSTM
        elif rnn_cell.lower() == 'gru':
            self.rnn_cell = nn.GRU
        else:
            raise ValueError("Unsupported RNN Cell: {0}".format(rnn_cell))

        self.dropout_p = dropout_p
        self.rnn = self.rnn_cell(input_size, hidden_size, n_layers,
                                 batch_first=True, dropout=dropout_p,  # fix: dropout=dropout_p if n_layers > 1 else 0.0
                                 bidirectional=bidirectional)
        if rnn_cell.lower() == 'lstm':
            for names in self.rnn._all_weights:
                for name in filter(lambda n: "bias" in n, names):
                    bias = getattr(self.rnn, name)
                    n = bias.size(0)
                    start, end = n // 4, n // 2
                    bias.data[start:end].fill_(1.)


# zsdg/enc2dec/encoders.py
class EncoderRNN(BaseRNN):
    def __init__(self, input_size, hidden_size,
                 input_dropout_p=0, dropout_p=0,
                 n_layers=1, rnn_cell='gru',
                 variable_lengths=False, bidirection=False):

        super(EncoderRNN, self).__init__(-1, input_size, hidden_size,
                                         input_dropout_p, dropout_p, n_layers,
                                         rnn_cell, bidirection)

        self.variable_lengths = variable_lengths
        self.output_size = hidden_size * 2 if bidirection else hidden_size

    def forward(self, input_var, input_lengths=None, init_state=None):
        embedded = self.input_dropout(input_var)
        if init_state is not None:
            output, hidden = self.rnn(embedded, init_state)
        else:
            output, hidden = self.rnn(embedded)
        return output, hidden


class RnnUttEncoder(nn.Module):
    def __init__(self, utt_cell_size, dropout,
                 rnn_cell='gru', bidirection=True, use_attn=False,
                 embedding=None, vocab_size=None, embed_dim=None,
                 feat_size=0):
        super(RnnUttEncoder, self).__init__()
        self.bidirection = bidirection
        self.utt_cell_size = utt_cell_size
        self.embed_size = embed_dim
        self.embedding = nn.Embedding(vocab_size, embed_dim)

        self.rnn = EncoderRNN(self.embed_size + feat_size,
                              utt_cell_size, 0.0, dropout,
                              rnn_cell=rnn_cell, variable_lengths=False,
                              bidirection=bidirection)

        self.multipler = 2 if bidirection else 1
        self.output_size = self.utt_cell_size * self.multipler
        self.use_attn = use_attn
        self.feat_size = feat_size

    def forward(self, utterances, feats=None, init_state=None):
        batch_size = int(utterances.size()[0])
        max_ctx_lens = int(utterances.size()[1])
        max_utt_len = int(utterances.size()[2])

        flat_words = utterances.view(-1, max_utt_len)
        words_embeded = self.embedding(flat_words)

        if feats is not None:
            flat_feats = feats.view(-1, 1)
            flat_feats = flat_feats.unsqueeze(1).repeat(1, max_utt_len, 1)
            words_embeded = torch.cat([words_embeded, flat_feats], dim=2)

        enc_outs, enc_last = self.rnn(words_embeded, init_state=init_state)
        utt_embedded = enc_last.transpose(0, 1).contiguous()
        utt_embedded = utt_embedded.view(-1, self.output_size)
        return utt_embedded.view(batch_size, max_ctx_lens, self.output_size)


# zsdg/enc2dec/decoders.py (teacher forcing, no attention)
class DecoderRNN(BaseRNN):
    def __init__(self, vocab_size, max_len, input_size, hidden_size, sos_id,
                 eos_id, n_layers=1, rnn_cell='lstm', input_dropout_p=0,
                 dropout_p=0):
        super(DecoderRNN, self).__init__(vocab_size, input_size,
                                         hidden_size, input_dropout_p,
                                         dropout_p, n_layers, rnn_cell, False)
        self.output_size = vocab_size
        self.max_length = max_len
        self.embedding = nn.Embedding(vocab_size, self.input_size)
        self.project = nn.Linear(self.hidden_size, self.output_size)

    def forward(self, batch_size, inputs, init_state):
        embedded = self.input_dropout(self.embedding(inputs))
        output, hidden = self.rnn(embedded, init_state)
        logits = self.project(output.contiguous().view(-1, self.hidden_size))
        return F.log_softmax(logits, dim=-1).view(batch_size, inputs.size(1), -1), hidden


# zsdg/nn_lib.py
class IdentityConnector(nn.Module):
    def forward(self, hidden_state):
        return hidden_state


# zsdg/models/models.py
class HRED(nn.Module):
    def __init__(self, vocab_size, config):
        super(HRED, self).__init__()
        self.config = config
        self.vocab_size = vocab_size
        self.go_id, self.eos_id, self.pad_id = 1, 2, 0

        self.utt_encoder = RnnUttEncoder(config.utt_cell_size, config.dropout,
                                         use_attn=config.utt_type == 'attn_rnn',
                                         vocab_size=self.vocab_size,
                                         embed_dim=config.embed_size, feat_size=1)

        self.ctx_encoder = EncoderRNN(self.utt_encoder.output_size,
                                      config.ctx_cell_size,
                                      0.0,
                                      config.dropout,
                                      config.num_layer,
                                      config.rnn_cell,
                                      variable_lengths=False,
                                      bidirection=config.bi_ctx_cell)
        self.connector = IdentityConnector()
        self.decoder = DecoderRNN(self.vocab_size, config.max_dec_len,
                                  config.embed_size, config.dec_cell_size,
                                  self.go_id, self.eos_id,
                                  n_layers=1, rnn_cell=config.rnn_cell,
                                  input_dropout_p=config.dropout,
                                  dropout_p=config.dropout)

    def forward(self, data_feed):
        ctx_utts = data_feed['contexts']
        ctx_confs = data_feed['context_confs']
        out_utts = data_feed['outputs']
        batch_size = ctx_utts.size(0)
        enc_inputs = self.utt_encoder(ctx_utts, ctx_confs)
        enc_outs, enc_last = self.ctx_encoder(enc_inputs, data_feed['context_lens'])
        labels = out_utts[:, 1:].contiguous()
        dec_inputs = out_utts[:, 0:-1]
        dec_init_state = self.connector(enc_last)
        dec_outs, dec_last = self.decoder(batch_size, dec_inputs, dec_init_state)
        return F.nll_loss(dec_outs.view(-1, self.vocab_size), labels.view(-1), ignore_index=self.pad_id)


# simdial-zsdg.py (network and training arguments)
def get_config(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument('--rnn_cell', type=str, default='lstm')
    parser.add_argument('--embed_size', type=int, default=200)
    parser.add_argument('--utt_type', type=str, default='rnn')
    parser.add_argument('--utt_cell_size', type=int, default=256)
    parser.add_argument('--ctx_cell_size', type=int, default=512)
    parser.add_argument('--dec_cell_size', type=int, default=512)
    parser.add_argument('--bi_ctx_cell', type=bool, default=False)
    parser.add_argument('--max_dec_len', type=int, default=40)
    parser.add_argument('--num_layer', type=int, default=1)
    parser.add_argument('--dropout', type=float, default=0.3)
    return parser.parse_args(argv)


def probe():
    config = get_config(['--embed_size', '16', '--utt_cell_size', '12', '--ctx_cell_size', '20',
                         '--dec_cell_size', '20'])
    model = HRED(50, config)  # the utterance GRU, context LSTM and decoder LSTM all warn here
    data_feed = {'contexts': torch.randint(3, 50, (4, 3, 7)),
                 'context_confs': torch.rand(4, 3),
                 'context_lens': [3, 3, 2, 3],
                 'outputs': torch.randint(3, 50, (4, 9))}
    loss = model(data_feed)
    loss.backward()


if __name__ == "__main__":
    probe()
