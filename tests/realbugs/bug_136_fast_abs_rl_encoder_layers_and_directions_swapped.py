# source: https://github.com/ChenRocks/fast_abs_rl/commit/f70798ddc5568a72a0ec29a743a2fc33c4703296
# rule: LC005
# torch: ValueError: num_layers must be greater than zero
"""fast_abs_rl (model/summ.py, model/extract.py, train_extractor_ml.py), "correct RNNEncoder
args": the extractor started reusing the abstractor's RNNEncoder as its sentence encoder and
called it as RNNEncoder(vocab_size, emb_dim, lstm_hidden, lstm_layer, bidirectional), while the
class took (n_hidden, bidirectional, n_layer). With the default one layer and bidirectional=True
the swap goes unseen (num_layers=True, bidirectional=1); --no-bi makes num_layers False. The fix
reordered RNNEncoder's parameters (and its other caller, Seq2SeqSumm)."""
import argparse

import torch
from torch import nn
from torch.nn import init

INIT = 1e-2


# model/summ.py
class RNNEncoder(nn.Module):
    def __init__(self, vocab_size, emb_dim, n_hidden, bidirectional, n_layer, dropout=0.0):  # fix: (n_hidden, n_layer, bidirectional), the order the callers use
        super().__init__()
        self._embedding = nn.Embedding(vocab_size, emb_dim, padding_idx=0)
        self._enc_lstm = nn.LSTM(
            emb_dim, n_hidden, n_layer,
            bidirectional=bidirectional, dropout=dropout
        )
        # initial encoder LSTM states are learned parameters
        state_layer = n_layer * (2 if bidirectional else 1)
        self._init_enc_h = nn.Parameter(torch.Tensor(state_layer, n_hidden))
        self._init_enc_c = nn.Parameter(torch.Tensor(state_layer, n_hidden))
        init.uniform_(self._init_enc_h, -INIT, INIT)
        init.uniform_(self._init_enc_c, -INIT, INIT)
        enc_out_dim = n_hidden * (2 if bidirectional else 1)
        self._attn_wm = nn.Parameter(torch.Tensor(enc_out_dim, n_hidden))
        init.xavier_normal_(self._attn_wm)

    def forward(self, article, art_lens=None):
        size = (self._init_enc_h.size(0), article.size(0), self._init_enc_h.size(1))
        init_enc_states = (self._init_enc_h.unsqueeze(1).expand(*size).contiguous(),
                           self._init_enc_c.unsqueeze(1).expand(*size).contiguous())
        emb = self._embedding(article.transpose(0, 1))
        enc_art, final_states = self._enc_lstm(emb, init_enc_states)
        attention = torch.matmul(enc_art, self._attn_wm).transpose(0, 1)
        return attention, final_states


# model/extract.py
class InnerAttnEncoder(nn.Module):
    """Inner Attention of an RNN encoder"""

    def __init__(self, rnn_encoder, n_hidden):
        super().__init__()
        self.rnn_encoder = rnn_encoder
        self.inner_attn = nn.Sequential(nn.Linear(n_hidden, n_hidden), nn.Tanh(), nn.Linear(n_hidden, 1))

    def forward(self, input_):
        attention, _ = self.rnn_encoder(input_)
        score = torch.softmax(self.inner_attn(attention).squeeze(-1), dim=-1)
        return score.unsqueeze(1).matmul(attention).squeeze(1)


class LSTMEncoder(nn.Module):
    def __init__(self, input_dim, n_hidden, n_layer, dropout, bidirectional):
        super().__init__()
        self._lstm = nn.LSTM(input_dim, n_hidden, n_layer, dropout=dropout, bidirectional=bidirectional)

    def forward(self, input_):
        return self._lstm(input_.transpose(0, 1))[0].transpose(0, 1)


class PtrExtractSumm(nn.Module):
    """ rnn-ext"""

    def __init__(self, vocab_size, emb_dim, lstm_hidden, lstm_layer, bidirectional, n_hop=1, dropout=0.0):
        super().__init__()
        encoder = RNNEncoder(vocab_size, emb_dim, lstm_hidden, lstm_layer, bidirectional)
        self._sent_enc = InnerAttnEncoder(encoder, lstm_hidden)
        self.lstm_hidden = lstm_hidden
        self._art_enc = LSTMEncoder(lstm_hidden, lstm_hidden, lstm_layer,
                                    dropout=dropout, bidirectional=bidirectional)
        enc_out_dim = lstm_hidden * (2 if bidirectional else 1)
        self._score = nn.Linear(enc_out_dim, 1)

    def forward(self, article_sents):
        enc_sent = torch.stack([self._sent_enc(sents) for sents in article_sents])
        return self._score(self._art_enc(enc_sent)).squeeze(-1)


# train_extractor_ml.py
def configure_net(net_type, vocab_size, emb_dim, conv_hidden, lstm_hidden, lstm_layer, bidirectional):
    assert net_type in ['ff', 'rnn']
    net_args = {}
    net_args['vocab_size'] = vocab_size
    net_args['emb_dim'] = emb_dim
    net_args['lstm_hidden'] = lstm_hidden
    net_args['lstm_layer'] = lstm_layer
    net_args['bidirectional'] = bidirectional
    net = PtrExtractSumm(**net_args)
    return net, net_args


def main(args):
    vocab_size = args.vsize
    net, net_args = configure_net(args.net_type, vocab_size, args.emb_dim, args.conv_hidden,
                                  args.lstm_hidden, args.lstm_layer, args.bi)
    article_sents = [torch.randint(1, vocab_size, (5, 12)) for _ in range(2)]
    net(article_sents).sum().backward()


def parse_args(argv):
    parser = argparse.ArgumentParser(description='training of the feature extractor (ML)')
    parser.add_argument('--net-type', action='store', default='rnn')
    parser.add_argument('--vsize', type=int, action='store', default=3000)
    parser.add_argument('--emb_dim', type=int, action='store', default=128)
    parser.add_argument('--conv_hidden', type=int, action='store', default=100)
    parser.add_argument('--lstm_hidden', type=int, action='store', default=256)
    parser.add_argument('--lstm_layer', type=int, action='store', default=1)
    parser.add_argument('--no-bi', action='store_true', help='disable bidirectional LSTM encoder')
    args = parser.parse_args(argv)
    args.bi = not args.no_bi
    return args


def probe():
    main(parse_args(['--no-bi']))


if __name__ == "__main__":
    import sys
    main(parse_args(sys.argv[1:]))
