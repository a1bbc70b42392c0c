# source: https://github.com/songyouwei/ABSA-PyTorch/blob/9a7c6c1c993ad772d5f439d32af4899b6698ea67/models/tc_lstm.py
"""ABSA-PyTorch's TC_LSTM (models/tc_lstm.py, layers/dynamic_rnn.py, train.py's option table): two
DynamicLSTMs sized `embed_dim * 2` because every word embedding is concatenated with the averaged
target vector repeated along the sequence; DynamicLSTM sorts, packs, runs the layer picked by
`rnn_type`, unsorts h_n, and returns `(out, (ht, ct))`; the head takes `h_n_l[0]` and `h_n_r[0]`
(the single layer's final state) concatenated into `Linear(hidden_dim * 2, polarities)`. Looks
like an LSTM fed twice its width and a head sized for a bidirectional layer; both right."""
import argparse

import torch
import torch.nn as nn


# layers/dynamic_rnn.py
class DynamicLSTM(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=True, dropout=0,
                 bidirectional=False, only_use_last_hidden_state=False, rnn_type='LSTM'):
        super(DynamicLSTM, self).__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.dropout = dropout
        self.bidirectional = bidirectional
        self.only_use_last_hidden_state = only_use_last_hidden_state
        self.rnn_type = rnn_type

        if self.rnn_type == 'LSTM':
            self.RNN = nn.LSTM(
                input_size=input_size, hidden_size=hidden_size, num_layers=num_layers,
                bias=bias, batch_first=batch_first, dropout=dropout, bidirectional=bidirectional)
        elif self.rnn_type == 'GRU':
            self.RNN = nn.GRU(
                input_size=input_size, hidden_size=hidden_size, num_layers=num_layers,
                bias=bias, batch_first=batch_first, dropout=dropout, bidirectional=bidirectional)
        elif self.rnn_type == 'RNN':
            self.RNN = nn.RNN(
                input_size=input_size, hidden_size=hidden_size, num_layers=num_layers,
                bias=bias, batch_first=batch_first, dropout=dropout, bidirectional=bidirectional)

    def forward(self, x, x_len):
        """sort"""
        x_sort_idx = torch.sort(-x_len)[1].long()
        x_unsort_idx = torch.sort(x_sort_idx)[1].long()
        x_len = x_len[x_sort_idx]
        x = x[x_sort_idx]
        """pack"""
        x_emb_p = torch.nn.utils.rnn.pack_padded_sequence(x, x_len.cpu(), batch_first=self.batch_first)

        if self.rnn_type == 'LSTM':
            out_pack, (ht, ct) = self.RNN(x_emb_p, None)
        else:
            out_pack, ht = self.RNN(x_emb_p, None)
            ct = None
        """unsort: h"""
        ht = torch.transpose(ht, 0, 1)[x_unsort_idx]  # (num_layers * num_directions, batch, hidden_size) -> (batch, ...)
        ht = torch.transpose(ht, 0, 1)

        if self.only_use_last_hidden_state:
            return ht
        else:
            """unpack: out"""
            out = torch.nn.utils.rnn.pad_packed_sequence(out_pack, batch_first=self.batch_first)
            out = out[0]
            out = out[x_unsort_idx]
            """unsort: out c"""
            if self.rnn_type == 'LSTM':
                ct = torch.transpose(ct, 0, 1)[x_unsort_idx]
                ct = torch.transpose(ct, 0, 1)
            return out, (ht, ct)


# models/tc_lstm.py
class TC_LSTM(nn.Module):
    def __init__(self, embedding_matrix, opt):
        super(TC_LSTM, self).__init__()
        self.embed = nn.Embedding.from_pretrained(torch.tensor(embedding_matrix, dtype=torch.float))
        self.lstm_l = DynamicLSTM(opt.embed_dim * 2, opt.hidden_dim, num_layers=1, batch_first=True)
        self.lstm_r = DynamicLSTM(opt.embed_dim * 2, opt.hidden_dim, num_layers=1, batch_first=True)
        self.dense = nn.Linear(opt.hidden_dim * 2, opt.polarities_dim)

    def forward(self, inputs):
        # Get the target and its length(target_len)
        x_l, x_r, target = inputs[0], inputs[1], inputs[2]
        x_l_len, x_r_len = torch.sum(x_l != 0, dim=-1), torch.sum(x_r != 0, dim=-1)
        target_len = torch.sum(target != 0, dim=-1, dtype=torch.float)[:, None, None]
        x_l, x_r, target = self.embed(x_l), self.embed(x_r), self.embed(target)
        v_target = torch.div(target.sum(dim=1, keepdim=True), target_len)  # average the target words

        # the concatenation of word embedding and target vector v_{target}:
        x_l = torch.cat((x_l, torch.cat(([v_target] * x_l.shape[1]), 1)), 2)
        x_r = torch.cat((x_r, torch.cat(([v_target] * x_r.shape[1]), 1)), 2)

        _, (h_n_l, _) = self.lstm_l(x_l, x_l_len)
        _, (h_n_r, _) = self.lstm_r(x_r, x_r_len)
        h_n = torch.cat((h_n_l[0], h_n_r[0]), dim=-1)
        out = self.dense(h_n)
        return out


# train.py
def parse_opt(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument('--model_name', default='tc_lstm', type=str)
    parser.add_argument('--embed_dim', default=300, type=int)
    parser.add_argument('--hidden_dim', default=300, type=int)
    parser.add_argument('--polarities_dim', default=3, type=int)
    parser.add_argument('--batch_size', default=16, type=int)
    return parser.parse_args(argv)


def batch_of_indices(batch_size, max_len, vocab, gen):
    rows = []
    for _ in range(batch_size):
        length = int(torch.randint(1, max_len + 1, (1,), generator=gen))
        row = torch.zeros(max_len, dtype=torch.long)
        row[:length] = torch.randint(1, vocab, (length,), generator=gen)
        rows.append(row)
    return torch.stack(rows)


def probe():
    opt = parse_opt(['--embed_dim', '8', '--hidden_dim', '6', '--batch_size', '4'])
    vocab = 30
    embedding_matrix = torch.randn(vocab, opt.embed_dim).tolist()
    model = TC_LSTM(embedding_matrix, opt)
    gen = torch.Generator().manual_seed(1)
    inputs = [batch_of_indices(opt.batch_size, 7, vocab, gen),
              batch_of_indices(opt.batch_size, 5, vocab, gen),
              batch_of_indices(opt.batch_size, 2, vocab, gen)]
    out = model(inputs)
    assert out.shape == (opt.batch_size, opt.polarities_dim)


if __name__ == "__main__":
    probe()
