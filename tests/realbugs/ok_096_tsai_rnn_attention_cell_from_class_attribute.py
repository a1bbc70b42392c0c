# source: https://github.com/timeseriesAI/tsai/blob/HEAD/tsai/models/RNNAttention.py
"""tsai's RNNAttention / LSTMAttention / GRUAttention (tsai/models/RNNAttention.py): the recurrent
class is a class attribute of each subclass (`_cell = nn.LSTM`) built as self._cell(...), the
input comes channels-first (bs x nvars x q_len) and is transposed to batch-first, the attention
encoder's width is d_model = hidden_size * (1 + bidirectional) (a bool used as a number), and the
head is Linear(q_len * d_model, c_out) over the flattened encoder output. Looks like an input of
the wrong width (nvars vs q_len), a head sized for one direction, and a GRU given an LSTM's
pair; all right, run for the three subclasses, one- and two-directional."""
from typing import Optional

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import Tensor


class Transpose(nn.Module):
    def __init__(self, *dims):
        super().__init__()
        self.dims = dims

    def forward(self, x):
        return x.transpose(*self.dims)


class _MultiHeadAttention(nn.Module):
    def __init__(self, d_model: int, n_heads: int, d_k: int, d_v: int):
        super().__init__()
        self.n_heads, self.d_k, self.d_v = n_heads, d_k, d_v
        self.W_Q = nn.Linear(d_model, d_k * n_heads, bias=False)
        self.W_K = nn.Linear(d_model, d_k * n_heads, bias=False)
        self.W_V = nn.Linear(d_model, d_v * n_heads, bias=False)
        self.W_O = nn.Linear(n_heads * d_v, d_model, bias=False)

    def forward(self, Q: Tensor, K: Tensor, V: Tensor):
        bs = Q.size(0)
        q_s = self.W_Q(Q).view(bs, -1, self.n_heads, self.d_k).transpose(1, 2)
        k_s = self.W_K(K).view(bs, -1, self.n_heads, self.d_k).permute(0, 2, 3, 1)
        v_s = self.W_V(V).view(bs, -1, self.n_heads, self.d_v).transpose(1, 2)
        attn = F.softmax(torch.matmul(q_s, k_s) / (self.d_k ** 0.5), dim=-1)
        context = torch.matmul(attn, v_s)
        context = context.transpose(1, 2).contiguous().view(bs, -1, self.n_heads * self.d_v)
        return self.W_O(context), attn


class _TSTEncoderLayer(nn.Module):
    def __init__(self, q_len: int, d_model: int, n_heads: int, d_k: Optional[int] = None, d_v: Optional[int] = None,
                 d_ff: int = 256, dropout: float = 0.1):
        super().__init__()
        d_k = d_k or d_model // n_heads
        d_v = d_v or d_model // n_heads
        self.self_attn = _MultiHeadAttention(d_model, n_heads, d_k, d_v)
        self.dropout_attn = nn.Dropout(dropout)
        self.batchnorm_attn = nn.Sequential(Transpose(1, 2), nn.BatchNorm1d(d_model), Transpose(1, 2))
        self.ff = nn.Sequential(nn.Linear(d_model, d_ff), nn.GELU(), nn.Dropout(dropout), nn.Linear(d_ff, d_model))
        self.dropout_ffn = nn.Dropout(dropout)
        self.batchnorm_ffn = nn.Sequential(Transpose(1, 2), nn.BatchNorm1d(d_model), Transpose(1, 2))

    def forward(self, src: Tensor) -> Tensor:
        src2, attn = self.self_attn(src, src, src)
        src = self.batchnorm_attn(src + self.dropout_attn(src2))
        src2 = self.ff(src)
        return self.batchnorm_ffn(src + self.dropout_ffn(src2))


class _RNNAttention_Base(nn.Module):
    def __init__(self, c_in: int, c_out: int, seq_len: int, hidden_size=128, rnn_layers=1, bias=True, rnn_dropout=0,
                 bidirectional=False, encoder_layers: int = 3, n_heads: int = 16, d_k: Optional[int] = None,
                 d_v: Optional[int] = None, d_ff: int = 256, encoder_dropout: float = 0.1, fc_dropout: float = 0.):
        super().__init__()
        q_len = seq_len
        # RNN
        self.rnn = self._cell(c_in, hidden_size, num_layers=rnn_layers, bias=bias, batch_first=True,
                              dropout=rnn_dropout, bidirectional=bidirectional)
        # Attention Encoder
        d_model = hidden_size * (1 + bidirectional)
        self.encoder = nn.Sequential(*[_TSTEncoderLayer(q_len, d_model, n_heads, d_k=d_k, d_v=d_v, d_ff=d_ff,
                                                        dropout=encoder_dropout) for _ in range(encoder_layers)])
        # Head
        self.head_nf = q_len * d_model
        self.head = self.create_head(self.head_nf, c_out, fc_dropout=fc_dropout)

    def create_head(self, nf, c_out, fc_dropout=0.):
        layers = [nn.GELU(), nn.Flatten()]
        if fc_dropout:
            layers += [nn.Dropout(fc_dropout)]
        layers += [nn.Linear(nf, c_out)]
        return nn.Sequential(*layers)

    def forward(self, x: Tensor) -> Tensor:  # x: [bs x nvars x q_len]
        x = x.transpose(2, 1)  # [bs x nvars x q_len] --> [bs x q_len x nvars]
        output, _ = self.rnn(x)  # [bs x q_len x hidden_size * (1 + bidirectional)]
        z = self.encoder(output)  # z: [bs x q_len x d_model]
        z = z.transpose(2, 1).contiguous()  # z: [bs x d_model x q_len]
        return self.head(z)  # output: [bs x c_out]


class RNNAttention(_RNNAttention_Base):
    _cell = nn.RNN


class LSTMAttention(_RNNAttention_Base):
    _cell = nn.LSTM


class GRUAttention(_RNNAttention_Base):
    _cell = nn.GRU


def probe():
    bs, c_in, seq_len, c_out = 4, 3, 12, 2
    xb = torch.rand(bs, c_in, seq_len)
    for arch in (RNNAttention, LSTMAttention, GRUAttention):
        for bidirectional in (False, True):
            model = arch(c_in, c_out, seq_len, hidden_size=8, n_heads=2, d_ff=16, encoder_layers=1,
                         bidirectional=bidirectional, rnn_layers=2, rnn_dropout=0.2, fc_dropout=0.1)
            assert model(xb).shape == (bs, c_out)


if __name__ == "__main__":
    probe()
