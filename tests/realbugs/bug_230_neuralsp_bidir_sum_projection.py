# source: https://github.com/hirofumi0810/neural_sp/commit/9dbf09505d0519c1775c0e8297a62fd77dc45f70
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (27x16 and 32x8)
"""hirofumi0810/neural_sp (neural_sp/models/seq2seq/encoders/rnn.py): the ASR RNN encoder stacks
one-layer nn.LSTM/nn.GRU modules (bidirectional for "blstm"), optionally sums the forward and
backward halves of each layer's output (`bidirectional_sum_fwd_bwd`) in the Padding helper, and
puts a tanh projection nn.Linear between layers when `n_projs > 0`. `self._odim` is updated to
`n_units` when the halves are summed, but the projection layer was still built for
`n_units * self.n_dirs` inputs, so "blstm" + n_projs + bidirectional_sum_fwd_bwd fails at the
first projection (the test for this combination was commented out). 9dbf095 ("Fix projection
layer") builds it as `nn.Linear(self._odim, n_projs)`. The CNN front-ends, subsampling,
latency-controlled and sub-task branches are left out; features are random tensors."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence
from torch.nn.utils.rnn import pad_packed_sequence


class Padding(nn.Module):
    """Padding variable length of sequences."""

    def __init__(self, bidirectional_sum_fwd_bwd):
        super(Padding, self).__init__()
        self.bidir_sum = bidirectional_sum_fwd_bwd

    def forward(self, xs, xlens, rnn, prev_state=None, streaming=False):
        if not streaming and xlens is not None:
            xs = pack_padded_sequence(xs, xlens.tolist(), batch_first=True)
            xs, state = rnn(xs, hx=prev_state)
            xs = pad_packed_sequence(xs, batch_first=True)[0]
        else:
            xs, state = rnn(xs, hx=prev_state)

        if self.bidir_sum:
            assert rnn.bidirectional
            half = xs.size(-1) // 2
            xs = xs[:, :, :half] + xs[:, :, half:]
        return xs, state


class RNNEncoder(nn.Module):
    """RNN encoder (the recurrent part of neural_sp's RNNEncoder)."""

    def __init__(self, input_dim, rnn_type, n_units, n_projs, last_proj_dim,
                 n_layers, dropout_in, dropout, n_stacks, n_splices,
                 bidirectional_sum_fwd_bwd):
        super(RNNEncoder, self).__init__()

        self.rnn_type = rnn_type
        self.bidirectional = True if ('blstm' in rnn_type or 'bgru' in rnn_type) else False
        self.n_units = n_units
        self.n_dirs = 2 if self.bidirectional else 1
        self.n_layers = n_layers
        self.bidir_sum = bidirectional_sum_fwd_bwd
        self.bridge = None

        self.dropout_in = nn.Dropout(p=dropout_in)
        self._odim = input_dim * n_splices * n_stacks
        self.padding = Padding(bidirectional_sum_fwd_bwd=bidirectional_sum_fwd_bwd)

        self.rnn = nn.ModuleList()
        self.dropout = nn.Dropout(p=dropout)
        self.proj = None
        if n_projs > 0:
            self.proj = nn.ModuleList()

        for lth in range(n_layers):
            if 'lstm' in rnn_type:
                rnn_i = nn.LSTM
            elif 'gru' in rnn_type:
                rnn_i = nn.GRU
            else:
                raise ValueError('rnn_type must be "(conv_)(b)lstm" or "(conv_)(b)gru".')

            self.rnn += [rnn_i(self._odim, n_units, 1, batch_first=True,
                               bidirectional=self.bidirectional)]
            self._odim = n_units if bidirectional_sum_fwd_bwd else n_units * self.n_dirs

            # Projection layer
            if self.proj is not None:
                if lth != n_layers - 1:
                    self.proj += [nn.Linear(n_units * self.n_dirs, n_projs)]  # fix: nn.Linear(self._odim, n_projs)
                    self._odim = n_projs

        if last_proj_dim > 0 and last_proj_dim != self._odim:
            self.bridge = nn.Linear(self._odim, last_proj_dim)
            self._odim = last_proj_dim

        self.reset_cache()

    @property
    def output_dim(self):
        return self._odim

    def reset_cache(self):
        self.fwd_states = [None] * self.n_layers

    def forward(self, xs, xlens, task='all'):
        eouts = {'ys': {'xs': None, 'xlens': None}}

        # Sort by lenghts in the descending order for pack_padded_sequence
        xlens, perm_ids = torch.IntTensor(xlens).sort(0, descending=True)
        xs = xs[perm_ids]
        _, perm_ids_unsort = perm_ids.sort()

        xs = self.dropout_in(xs)
        self.reset_cache()

        for lth in range(self.n_layers):
            xs, state = self.padding(xs, xlens, self.rnn[lth],
                                     prev_state=self.fwd_states[lth])
            self.fwd_states[lth] = state
            xs = self.dropout(xs)

            # NOTE: Exclude the last layer
            if lth != self.n_layers - 1:
                if self.proj is not None:
                    xs = torch.tanh(self.proj[lth](xs))

        if self.bridge is not None:
            xs = self.bridge(xs)

        xs = xs[perm_ids_unsort]
        xlens = xlens[perm_ids_unsort]
        eouts['ys']['xs'], eouts['ys']['xlens'] = xs, xlens
        return eouts


def make_args(**kwargs):
    # test/encoders/test_rnn_encoder.py defaults, sizes scaled down
    args = dict(input_dim=20, rnn_type='blstm', n_units=16, n_projs=0, last_proj_dim=0,
                n_layers=3, dropout_in=0.1, dropout=0.1, n_stacks=1, n_splices=1,
                bidirectional_sum_fwd_bwd=False)
    args.update(kwargs)
    return args


def probe():
    # ({'rnn_type': 'blstm', 'n_projs': 64, 'bidirectional_sum_fwd_bwd': True}) in the test list
    enc = RNNEncoder(**make_args(rnn_type='blstm', n_projs=8, bidirectional_sum_fwd_bwd=True))
    xlens = [9, 7, 5]
    xs = torch.randn(3, 9, 20)
    eouts = enc(xs, xlens)
    assert eouts['ys']['xs'].size(-1) == enc.output_dim


if __name__ == "__main__":
    probe()
