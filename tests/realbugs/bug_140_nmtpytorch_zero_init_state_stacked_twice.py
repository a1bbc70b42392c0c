# source: https://github.com/lium-lst/nmtpytorch/commit/3ece719af7a7d35234d79d9c6f30d1e5bd1daf10
# rule: LC009
# torch: RuntimeError: For batched 3-D input, hx should also be 3-D but got 4-D tensor
"""nmtpytorch (nmtpytorch/layers/rnninit.py, layers/gru_decoder.py), "rnninit: fix shape": every
RNNInitializer method returns a (batch, n_layers * hidden) matrix that forward() cuts into
hidden-sized pieces and stacks into (n_layers, batch, hidden) for the GRU. The 'zero' method
(GRUDecoder's default dec_init) already returned the stacked (n_layers, batch, hidden) shape, so
forward() stacked it once more into a 4-D state. The fix returned zeros of
(batch, hidden * n_layers) like the other methods. (The original also moved the zeros to CUDA.)"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class FF(nn.Linear):
    """A Linear with an optional non-linearity."""

    def __init__(self, in_features, out_features, bias=True, activ=None):
        super().__init__(in_features, out_features, bias=bias)
        self.activ = getattr(torch, activ) if activ else (lambda x: x)

    def forward(self, input):
        return self.activ(super().forward(input))


class RNNInitializer(nn.Module):
    """RNN initializer block for encoders and decoders."""

    def __init__(self, rnn_type, input_size, hidden_size, n_layers, data_source, method, activ=None):
        super().__init__()
        self.rnn_type = rnn_type
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.data_source = data_source
        self.method = method
        self.activ = activ
        assert self.method in ('mean_ctx', 'last_ctx', 'zero', 'feats'), \
            "RNN init method '{}' is unknown.".format(self.method)
        assert self.rnn_type == 'GRU', 'LSTM support not ready yet.'
        if self.method in ('mean_ctx', 'last_ctx', 'feats'):
            self.ff = FF(self.input_size, self.hidden_size * self.n_layers, activ=self.activ)
        self._initializer = getattr(self, '_init_{}'.format(self.method))

    def forward(self, ctx_dict):
        ctx, ctx_mask = ctx_dict[self.data_source]
        x = self._initializer(ctx, ctx_mask)
        return torch.stack(torch.split(x, self.hidden_size, dim=-1))

    def _init_zero(self, ctx, mask):
        # h_0: (n_layers, batch_size, hidden_size)
        h_0 = torch.zeros(self.n_layers, ctx.shape[1], self.hidden_size)  # fix: torch.zeros(ctx.shape[1], self.hidden_size * self.n_layers), what forward() splits
        return h_0

    def _init_feats(self, ctx, mask):
        return self.ff(ctx)

    def _init_mean_ctx(self, ctx, mask):
        if mask is None:
            return self.ff(ctx.mean(0))
        return self.ff(ctx.sum(0) / mask.sum(0).unsqueeze(1))


class DotAttention(nn.Module):
    def __init__(self, ctx_dim, hid_dim):
        super().__init__()
        self.hid2ctx = nn.Linear(hid_dim, ctx_dim, bias=False)

    def forward(self, hs, ctx, ctx_mask=None):
        # hs: T*B*H, ctx: S*B*C
        scores = torch.einsum('tbc,sbc->tbs', self.hid2ctx(hs), ctx)
        alpha = F.softmax(scores, dim=-1)
        contexts = torch.einsum('tbs,sbc->tbc', alpha, ctx)
        return alpha, torch.cat([contexts, hs], dim=-1)


class GRUDecoder(nn.Module):
    """Stacked GRU decoder using CUDNN-optimized layers."""

    def __init__(self, input_size, hidden_size, ctx_size_dict, ctx_name, n_vocab,
                 n_layers_preatt=1, n_layers_postatt=1, dec_init='zero', dec_init_size=None,
                 dec_init_activ='tanh', dropout_dec=0, dropout_out=0):
        super().__init__()
        self.input_size, self.hidden_size, self.n_vocab = input_size, hidden_size, n_vocab
        self.ctx_size_dict, self.ctx_name = ctx_size_dict, ctx_name
        self.emb = nn.Embedding(self.n_vocab, self.input_size, padding_idx=0)
        if dec_init_size is None:
            dec_init_size = self.ctx_size_dict[self.ctx_name]
        self.decinit = RNNInitializer('GRU', dec_init_size, self.hidden_size, n_layers_preatt,
                                      self.ctx_name, dec_init, dec_init_activ)
        self.rnn_pre = nn.GRU(self.input_size, self.hidden_size, num_layers=n_layers_preatt,
                              dropout=dropout_dec)
        self.att = DotAttention(self.ctx_size_dict[self.ctx_name], self.hidden_size)
        preatt_out_dim = self.ctx_size_dict[self.ctx_name] + self.hidden_size
        self.rnn_post = nn.GRU(preatt_out_dim, self.hidden_size, num_layers=n_layers_postatt,
                               dropout=dropout_dec)
        self.classifier = nn.Sequential(FF(self.hidden_size, self.input_size, activ='tanh'),
                                        nn.Dropout(p=dropout_out), FF(self.input_size, self.n_vocab))
        self.nll_loss = nn.NLLLoss(reduction='sum', ignore_index=0)

    def f_init(self, ctx_dict):
        """Returns the initial h_0 for the decoder."""
        return self.decinit(ctx_dict)

    def forward(self, ctx_dict, y):
        y_emb = self.emb(y)
        # Get initial hidden state -> n_layers*B*H
        h_0 = self.f_init(ctx_dict)
        out1, _ = self.rnn_pre(y_emb[:-1], h_0)
        scores, contexts = self.att(out1, *ctx_dict[self.ctx_name])
        out2, _ = self.rnn_post(contexts)
        logps = F.log_softmax(self.classifier(out2), dim=-1)
        return {'loss': self.nll_loss(logps.view(-1, logps.size(2)), y[1:].reshape(-1))}


def probe():
    src_len, trg_len, batch, ctx_dim = 9, 7, 4, 2 * 64
    decoder = GRUDecoder(input_size=32, hidden_size=64, ctx_size_dict={'src': ctx_dim}, ctx_name='src',
                         n_vocab=500)
    ctx = torch.randn(src_len, batch, ctx_dim)
    y = torch.randint(1, 500, (trg_len, batch))
    decoder({'src': (ctx, None)}, y)['loss'].backward()


if __name__ == "__main__":
    probe()
