# source: https://github.com/speechbrain/speechbrain/commit/df5f0bb02e0f306298e8341e44348aa24c3bb304
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (100x256 and 128x64)
"""speechbrain/speechbrain (speechbrain/lobes/models/dual_path.py, speechbrain/nnet/RNN.py,
speechbrain/nnet/linear.py): in the dual-path separator, Dual_Computation_Block puts a Linear
after each intra/inter model; when that model is an SBRNNBlock (a bidirectional speechbrain
LSTM of `hidden_channels` units) the Linear was sized `input_size=2 * out_channels`, while the
bidirectional LSTM emits 2 * hidden_channels features. The recipes of the time set
hidden_channels = out_channels, so it only fails once the RNN is given its own width (the DPRNN
setting of 64 filters and 128 hidden units): the first chunk fails at the intra Linear.
df5f0bb ("hidden dimensionality fix for dualpath RNN") sizes both Linears
`2 * intra_mdl.mdl.rnn.hidden_size`. The speechbrain wrappers are trimmed to what this path
runs (no input_shape inference, no custom initialisation)."""
import torch
import torch.nn as nn


# speechbrain/nnet/RNN.py
class LSTM(torch.nn.Module):
    """This function implements a basic LSTM (trimmed: input_size given)."""

    def __init__(
        self,
        hidden_size,
        input_shape=None,
        input_size=None,
        num_layers=1,
        bias=True,
        dropout=0.0,
        re_init=False,
        bidirectional=False,
    ):
        super().__init__()
        self.reshape = False

        if input_shape is None and input_size is None:
            raise ValueError("Expected one of input_shape or input_size.")

        self.rnn = torch.nn.LSTM(
            input_size=input_size,
            hidden_size=hidden_size,
            num_layers=num_layers,
            dropout=dropout,
            bidirectional=bidirectional,
            bias=bias,
            batch_first=True,
        )

    def forward(self, x, hx=None):
        self.rnn.flatten_parameters()

        # Support custom initial state
        if hx is not None:
            output, hn = self.rnn(x, hx=hx)
        else:
            output, hn = self.rnn(x)

        return output, hn


class SBRNN:
    LSTM = LSTM


# speechbrain/nnet/linear.py
class Linear(torch.nn.Module):
    """Computes a linear transformation y = wx + b."""

    def __init__(
        self,
        n_neurons,
        input_shape=None,
        input_size=None,
        bias=True,
        combine_dims=False,
    ):
        super().__init__()
        self.combine_dims = combine_dims

        if input_shape is None and input_size is None:
            raise ValueError("Expected one of input_shape or input_size")

        if input_size is None:
            input_size = input_shape[-1]
            if len(input_shape) == 4 and self.combine_dims:
                input_size = input_shape[2] * input_shape[3]

        # Weights are initialized following pytorch approach
        self.w = nn.Linear(input_size, n_neurons, bias=bias)

    def forward(self, x):
        if x.ndim == 4 and self.combine_dims:
            x = x.reshape(x.shape[0], x.shape[1], x.shape[2] * x.shape[3])

        wx = self.w(x)

        return wx


# speechbrain/lobes/models/dual_path.py
def select_norm(norm, dim, shape):
    """Just a wrapper to select the normalization type"""
    if norm == "ln":
        return nn.GroupNorm(1, dim, eps=1e-8)
    else:
        return nn.BatchNorm1d(dim)


class SBRNNBlock(nn.Module):
    """RNNBlock for the dual path pipeline

    >>> x = torch.randn(10, 100, 64)
    >>> rnn = SBRNNBlock(64, 100, 1, bidirectional=True)
    >>> x = rnn(x)
    >>> x.shape
    torch.Size([10, 100, 200])
    """

    def __init__(
        self,
        input_size,
        hidden_channels,
        num_layers,
        rnn_type="LSTM",
        dropout=0,
        bidirectional=True,
    ):
        super(SBRNNBlock, self).__init__()

        self.mdl = getattr(SBRNN, rnn_type)(
            hidden_channels,
            input_size=input_size,
            num_layers=num_layers,
            dropout=dropout,
            bidirectional=bidirectional,
        )

    def forward(self, x):
        return self.mdl(x)[0]


class Dual_Computation_Block(nn.Module):
    """ Computation block for dual-path processing."""

    def __init__(
        self,
        intra_mdl,
        inter_mdl,
        out_channels,
        norm="ln",
        skip_around_intra=True,
        linear_layer_after_inter_intra=True,
    ):
        super(Dual_Computation_Block, self).__init__()

        self.intra_mdl = intra_mdl
        self.inter_mdl = inter_mdl
        self.skip_around_intra = skip_around_intra
        self.linear_layer_after_inter_intra = linear_layer_after_inter_intra

        # Norm
        self.norm = norm
        if norm is not None:
            self.intra_norm = select_norm(norm, out_channels, 4)
            self.inter_norm = select_norm(norm, out_channels, 4)

        # Linear
        if linear_layer_after_inter_intra:
            if isinstance(intra_mdl, SBRNNBlock):
                self.intra_linear = Linear(
                    out_channels, input_size=2 * out_channels  # fix: out_channels, input_size=2 * intra_mdl.mdl.rnn.hidden_size
                )
            else:
                self.intra_linear = Linear(
                    out_channels, input_size=out_channels
                )

            if isinstance(inter_mdl, SBRNNBlock):
                self.inter_linear = Linear(
                    out_channels, input_size=2 * out_channels
                )
            else:
                self.inter_linear = Linear(
                    out_channels, input_size=out_channels
                )

    def forward(self, x):
        B, N, K, S = x.shape
        # intra RNN
        # [BS, K, N]
        intra = x.permute(0, 3, 2, 1).contiguous().view(B * S, K, N)
        # [BS, K, H]

        intra = self.intra_mdl(intra)

        # [BS, K, N]
        if self.linear_layer_after_inter_intra:
            intra = self.intra_linear(
                intra.contiguous().view(B * S * K, -1)
            ).view(B * S, K, -1)
        # [B, S, K, N]
        intra = intra.view(B, S, K, N)
        # [B, N, K, S]
        intra = intra.permute(0, 3, 2, 1).contiguous()
        if self.norm is not None:
            intra = self.intra_norm(intra)

        # [B, N, K, S]
        if self.skip_around_intra:
            intra = intra + x

        # inter RNN
        # [BK, S, N]
        inter = intra.permute(0, 2, 3, 1).contiguous().view(B * K, S, N)
        # [BK, S, H]
        inter = self.inter_mdl(inter)

        # [BK, S, N]
        if self.linear_layer_after_inter_intra:
            inter = self.inter_linear(
                inter.contiguous().view(B * S * K, -1)
            ).view(B * K, S, -1)
        # [B, K, S, N]
        inter = inter.view(B, K, S, N)
        # [B, N, K, S]
        inter = inter.permute(0, 3, 1, 2).contiguous()
        if self.norm is not None:
            inter = self.inter_norm(inter)
        # [B, N, K, S]
        out = inter + intra

        return out


def probe():
    out_channels, hidden_channels = 64, 128
    intra = SBRNNBlock(num_layers=1, input_size=out_channels,
                       hidden_channels=hidden_channels, dropout=0, bidirectional=True)
    inter = SBRNNBlock(num_layers=1, input_size=out_channels,
                       hidden_channels=hidden_channels, dropout=0, bidirectional=True)
    block = Dual_Computation_Block(intra, inter, out_channels)
    x = torch.randn(2, out_channels, 10, 5)
    out = block(x)
    assert out.shape == x.shape


if __name__ == "__main__":
    probe()
