# source: https://github.com/galsang/BiDAF-pytorch/blob/8e16379e33af725daec3ec6c170dfae69e54d51b/model/model.py
"""galsang/BiDAF-pytorch at 8e16379 (model/model.py, utils/nn.py), correct: every recurrent layer
of BiDAF is the repository's own `LSTM` wrapper, whose `dropout=args.dropout` goes to an
nn.Dropout on the input, not to the one-layer nn.LSTM (so no ignored-dropout warning), and which
packs the sequences by length and flattens h_n's directions with
`h.permute(1, 0, 2).contiguous().view(-1, h.size(0) * h.size(2))`. The input sizes look
inconsistent but follow the widths: the highway output is hidden_size * 2 (char channels + word
dim, asserted), the attention flow concatenates four bidirectional widths (hidden_size * 8) for
modeling_LSTM1, and modeling_LSTM2 and output_LSTM read the previous bidirectional output
(hidden_size * 2). The character CNN and GloVe are replaced by random tensors of their output
widths and the torchtext batch by a small namespace."""
import types

import torch
import torch.nn as nn
import torch.nn.functional as F


# utils/nn.py
class LSTM(nn.Module):
    def __init__(self, input_size, hidden_size, batch_first=False, num_layers=1, bidirectional=False, dropout=0.2):
        super(LSTM, self).__init__()

        self.rnn = nn.LSTM(input_size=input_size,
                           hidden_size=hidden_size,
                           num_layers=num_layers,
                           bidirectional=bidirectional,
                           batch_first=batch_first)
        self.dropout = nn.Dropout(p=dropout)

    def forward(self, x):
        x, x_len = x
        x = self.dropout(x)

        x_len_sorted, x_idx = torch.sort(x_len, descending=True)
        x_sorted = x.index_select(dim=0, index=x_idx)
        _, x_ori_idx = torch.sort(x_idx)

        x_packed = nn.utils.rnn.pack_padded_sequence(x_sorted, x_len_sorted, batch_first=True)
        x_packed, (h, c) = self.rnn(x_packed)

        x = nn.utils.rnn.pad_packed_sequence(x_packed, batch_first=True)[0]
        x = x.index_select(dim=0, index=x_ori_idx)
        h = h.permute(1, 0, 2).contiguous().view(-1, h.size(0) * h.size(2)).squeeze()
        h = h.index_select(dim=0, index=x_ori_idx)

        return x, h


class Linear(nn.Module):
    def __init__(self, in_features, out_features, dropout=0.0):
        super(Linear, self).__init__()
        self.linear = nn.Linear(in_features=in_features, out_features=out_features)
        if dropout > 0:
            self.dropout = nn.Dropout(p=dropout)

    def forward(self, x):
        if hasattr(self, 'dropout'):
            x = self.dropout(x)
        return self.linear(x)


# model/model.py (character CNN and word embedding replaced by their outputs)
class BiDAF(nn.Module):
    def __init__(self, args):
        super(BiDAF, self).__init__()
        self.args = args

        assert self.args.hidden_size * 2 == (self.args.char_channel_size + self.args.word_dim)
        for i in range(2):
            setattr(self, 'highway_linear{}'.format(i),
                    nn.Sequential(Linear(args.hidden_size * 2, args.hidden_size * 2), nn.ReLU()))
            setattr(self, 'highway_gate{}'.format(i),
                    nn.Sequential(Linear(args.hidden_size * 2, args.hidden_size * 2), nn.Sigmoid()))

        self.context_LSTM = LSTM(input_size=args.hidden_size * 2, hidden_size=args.hidden_size,
                                 bidirectional=True, batch_first=True, dropout=args.dropout)

        self.att_weight_c = Linear(args.hidden_size * 2, 1)
        self.att_weight_q = Linear(args.hidden_size * 2, 1)
        self.att_weight_cq = Linear(args.hidden_size * 2, 1)

        self.modeling_LSTM1 = LSTM(input_size=args.hidden_size * 8, hidden_size=args.hidden_size,
                                   bidirectional=True, batch_first=True, dropout=args.dropout)
        self.modeling_LSTM2 = LSTM(input_size=args.hidden_size * 2, hidden_size=args.hidden_size,
                                   bidirectional=True, batch_first=True, dropout=args.dropout)

        self.p1_weight_g = Linear(args.hidden_size * 8, 1, dropout=args.dropout)
        self.p1_weight_m = Linear(args.hidden_size * 2, 1, dropout=args.dropout)
        self.p2_weight_g = Linear(args.hidden_size * 8, 1, dropout=args.dropout)
        self.p2_weight_m = Linear(args.hidden_size * 2, 1, dropout=args.dropout)

        self.output_LSTM = LSTM(input_size=args.hidden_size * 2, hidden_size=args.hidden_size,
                                bidirectional=True, batch_first=True, dropout=args.dropout)

    def forward(self, batch):
        def highway_network(x1, x2):
            x = torch.cat([x1, x2], dim=-1)
            for i in range(2):
                h = getattr(self, 'highway_linear{}'.format(i))(x)
                g = getattr(self, 'highway_gate{}'.format(i))(x)
                x = g * h + (1 - g) * x
            return x

        def att_flow_layer(c, q):
            c_len = c.size(1)
            q_len = q.size(1)
            cq = []
            for i in range(q_len):
                qi = q.select(1, i).unsqueeze(1)
                ci = self.att_weight_cq(c * qi).squeeze(-1)
                cq.append(ci)
            cq = torch.stack(cq, dim=-1)
            s = self.att_weight_c(c).expand(-1, -1, q_len) + \
                self.att_weight_q(q).permute(0, 2, 1).expand(-1, c_len, -1) + cq
            a = F.softmax(s, dim=2)
            c2q_att = torch.bmm(a, q)
            b = F.softmax(torch.max(s, dim=2)[0], dim=1).unsqueeze(1)
            q2c_att = torch.bmm(b, c).squeeze(1)
            q2c_att = q2c_att.unsqueeze(1).expand(-1, c_len, -1)
            return torch.cat([c, c2q_att, c * c2q_att, c * q2c_att], dim=-1)

        def output_layer(g, m, l):
            p1 = (self.p1_weight_g(g) + self.p1_weight_m(m)).squeeze(-1)
            m2 = self.output_LSTM((m, l))[0]
            p2 = (self.p2_weight_g(g) + self.p2_weight_m(m2)).squeeze(-1)
            return p1, p2

        c_lens = batch.c_word[1]
        q_lens = batch.q_word[1]
        c = highway_network(batch.c_char, batch.c_word[0])
        q = highway_network(batch.q_char, batch.q_word[0])
        c = self.context_LSTM((c, c_lens))[0]
        q = self.context_LSTM((q, q_lens))[0]
        g = att_flow_layer(c, q)
        m = self.modeling_LSTM2((self.modeling_LSTM1((g, c_lens))[0], c_lens))[0]
        return output_layer(g, m, c_lens)


def probe():
    import warnings
    args = types.SimpleNamespace(hidden_size=10, char_channel_size=8, word_dim=12, dropout=0.2)
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        model = BiDAF(args)
    B, c_len, q_len = 3, 9, 5
    batch = types.SimpleNamespace(
        c_char=torch.randn(B, c_len, args.char_channel_size),
        q_char=torch.randn(B, q_len, args.char_channel_size),
        c_word=(torch.randn(B, c_len, args.word_dim), torch.tensor([9, 7, 8])),
        q_word=(torch.randn(B, q_len, args.word_dim), torch.tensor([5, 5, 4])))
    p1, p2 = model(batch)
    assert p1.shape == (B, c_len) and p2.shape == (B, c_len)


if __name__ == "__main__":
    probe()
