# source: https://github.com/asteroid-team/asteroid/blob/HEAD/asteroid/masknn/recurrent.py
"""asteroid (asteroid/masknn/recurrent.py, classes SingleRNN and DPRNNBlock): the RNN type is a
string looked up with getattr(nn, rnn_type) and the projection after each RNN is sized by the
wrapper's `output_size` property, hidden_size * (2 if bidirectional else 1). The intra-chunk RNN
is always bidirectional ("IntraRNN is always bidirectional", commit 9d8b33d), the inter-chunk one
follows the `bidirectional` argument, here False: the two Linear layers after them differ in
in_features on purpose. Chunks are folded into the batch with transpose and reshape
([B, N, K, L] -> [B * L, K, N] and [B * K, L, N]) before the batch_first RNNs."""
import torch
import torch.nn as nn


class GlobLN(nn.Module):
    """Global Layer Normalization (globLN)."""

    def __init__(self, channel_size):
        super().__init__()
        self.gamma = nn.Parameter(torch.ones(channel_size))
        self.beta = nn.Parameter(torch.zeros(channel_size))

    def forward(self, x, EPS: float = 1e-8):
        dims = list(range(1, len(x.shape)))
        mean = x.mean(dim=dims, keepdim=True)
        var = torch.pow(x - mean, 2).mean(dim=dims, keepdim=True)
        value = (x - mean) / (var + EPS).sqrt()
        shape = [1, -1] + [1] * (len(x.shape) - 2)
        return self.gamma.view(shape) * value + self.beta.view(shape)


norms = {"gLN": GlobLN}


class SingleRNN(nn.Module):
    """Module for a RNN block."""

    def __init__(self, rnn_type, input_size, hidden_size, n_layers=1, dropout=0, bidirectional=False):
        super(SingleRNN, self).__init__()
        assert rnn_type.upper() in ["RNN", "LSTM", "GRU"]
        rnn_type = rnn_type.upper()
        self.rnn_type = rnn_type
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.dropout = dropout
        self.bidirectional = bidirectional
        self.rnn = getattr(nn, rnn_type)(
            input_size,
            hidden_size,
            num_layers=n_layers,
            dropout=dropout,
            batch_first=True,
            bidirectional=bool(bidirectional),
        )

    @property
    def output_size(self):
        return self.hidden_size * (2 if self.bidirectional else 1)

    def forward(self, inp):
        """Input shape [batch, seq, feats]"""
        self.rnn.flatten_parameters()  # Enables faster multi-GPU training.
        output = inp
        rnn_output, _ = self.rnn(output)
        return rnn_output


class DPRNNBlock(nn.Module):
    """Dual-Path RNN Block."""

    def __init__(self, in_chan, hid_size, norm_type="gLN", bidirectional=True, rnn_type="LSTM",
                 num_layers=1, dropout=0):
        super(DPRNNBlock, self).__init__()
        self.intra_RNN = SingleRNN(rnn_type, in_chan, hid_size, num_layers, dropout=dropout, bidirectional=True)
        self.inter_RNN = SingleRNN(rnn_type, in_chan, hid_size, num_layers, dropout=dropout,
                                   bidirectional=bidirectional)
        self.intra_linear = nn.Linear(self.intra_RNN.output_size, in_chan)
        self.intra_norm = norms.get(norm_type)(in_chan)

        self.inter_linear = nn.Linear(self.inter_RNN.output_size, in_chan)
        self.inter_norm = norms.get(norm_type)(in_chan)

    def forward(self, x):
        """Input shape : [batch, feats, chunk_size, num_chunks]"""
        B, N, K, L = x.size()
        output = x  # for skip connection
        # Intra-chunk processing
        x = x.transpose(1, -1).reshape(B * L, K, N)
        x = self.intra_RNN(x)
        x = self.intra_linear(x)
        x = x.reshape(B, L, K, N).transpose(1, -1)
        x = self.intra_norm(x)
        output = output + x
        # Inter-chunk processing
        x = output.transpose(1, 2).transpose(2, -1).reshape(B * K, L, N)
        x = self.inter_RNN(x)
        x = self.inter_linear(x)
        x = x.reshape(B, K, L, N).transpose(1, -1).transpose(2, -1).contiguous()
        x = self.inter_norm(x)
        return output + x


def probe():
    blocks = nn.Sequential(
        DPRNNBlock(64, 32, bidirectional=False, rnn_type="lstm"),
        DPRNNBlock(64, 32, bidirectional=True, rnn_type="GRU", num_layers=2, dropout=0.1),
    )
    chunks = torch.randn(2, 64, 20, 7)  # [batch, feats, chunk_size, num_chunks]
    out = blocks(chunks)
    assert out.shape == chunks.shape
    out.sum().backward()


if __name__ == "__main__":
    probe()
