# source: https://github.com/Alexander-H-Liu/End-to-end-ASR-Pytorch/blob/1103d144423e8e692f1d18cd9db27a96cb49fb9d/src/module.py
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (24x64 and 32x32)
"""Alexander-H-Liu/End-to-end-ASR-Pytorch at 1103d14 (src/module.py, src/asr.py,
config/libri/asr_example.yaml): each encoder RNNLayer wraps a one-layer nn.LSTM/nn.GRU
(bidirectional per the yaml) and can downsample time after it; the yaml offers
`sample_style: 'drop'/'concat'` and `proj: True` ("Linear projection + Tanh after each rnn
layer"). With 'concat' and a sample_rate above 1 the layer folds `sample_rate` frames into the
feature axis, so the output is sample_rate * rnn_out_dim wide (which `self.out_dim` does
account for), but the projection is built as `nn.Linear(rnn_out_dim, rnn_out_dim)` and fails on
the concatenated frames. The projection has to take `self.out_dim` features (and give the next
layer what out_dim promises). The VGG prenet is left out (prenet ''), the yaml is a dict with
the example's encoder section changed to 'concat' with rate 2 on the first layers and sizes
scaled down, and the filterbank features are random tensors."""
import torch
import torch.nn as nn


class RNNLayer(nn.Module):
    ''' RNN wrapper, includes time-downsampling'''

    def __init__(self, input_dim, module, dim, bidirection, dropout, layer_norm, sample_rate, sample_style, proj):
        super(RNNLayer, self).__init__()
        # Setup
        rnn_out_dim = 2*dim if bidirection else dim
        self.out_dim = sample_rate * \
            rnn_out_dim if sample_rate > 1 and sample_style == 'concat' else rnn_out_dim
        self.dropout = dropout
        self.layer_norm = layer_norm
        self.sample_rate = sample_rate
        self.sample_style = sample_style
        self.proj = proj

        if self.sample_style not in ['drop', 'concat']:
            raise ValueError('Unsupported Sample Style: '+self.sample_style)

        # Recurrent layer
        self.layer = getattr(nn, module.upper())(
            input_dim, dim, bidirectional=bidirection, num_layers=1, batch_first=True)

        # Regularizations
        if self.layer_norm:
            self.ln = nn.LayerNorm(rnn_out_dim)
        if self.dropout > 0:
            self.dp = nn.Dropout(p=dropout)

        # Additional projection layer
        if self.proj:
            self.pj = nn.Linear(rnn_out_dim, rnn_out_dim)  # fix: nn.Linear(self.out_dim, self.out_dim)

    def forward(self, input_x, x_len):
        output, _ = self.layer(input_x)

        if self.layer_norm:
            output = self.ln(output)
        if self.dropout > 0:
            output = self.dp(output)

        # Perform Downsampling
        if self.sample_rate > 1:
            batch_size, timestep, feature_dim = output.shape
            x_len = x_len//self.sample_rate

            if self.sample_style == 'drop':
                output = output[:, ::self.sample_rate, :].contiguous()
            else:
                # Drop the redundant frames and concat the rest according to sample rate
                if timestep % self.sample_rate != 0:
                    output = output[:, :-(timestep % self.sample_rate), :]
                output = output.contiguous().view(batch_size, int(
                    timestep/self.sample_rate), feature_dim*self.sample_rate)

        if self.proj:
            output = torch.tanh(self.pj(output))

        return output, x_len


# src/asr.py
class Encoder(nn.Module):
    def __init__(self, input_size, prenet, module, bidirection, dim, dropout, layer_norm, proj, sample_rate, sample_style):
        super(Encoder, self).__init__()
        self.sample_rate = 1
        assert len(sample_rate) == len(dropout), 'Number of layer mismatch'
        assert len(dropout) == len(dim), 'Number of layer mismatch'
        num_layers = len(dim)

        module_list = []
        input_dim = input_size

        if module in ['LSTM', 'GRU']:
            for l in range(num_layers):
                module_list.append(RNNLayer(input_dim, module, dim[l], bidirection, dropout[l], layer_norm[l],
                                            sample_rate[l], sample_style, proj[l]))
                input_dim = module_list[-1].out_dim
                self.sample_rate = self.sample_rate*sample_rate[l]
        else:
            raise NotImplementedError

        self.in_dim = input_size
        self.out_dim = input_dim
        self.layers = nn.ModuleList(module_list)

    def forward(self, input_x, enc_len):
        for _, layer in enumerate(self.layers):
            input_x, enc_len = layer(input_x, enc_len)
        return input_x, enc_len


CONFIG = {'model': {'encoder': {
    'prenet': '',
    'module': 'LSTM',
    'bidirection': True,
    'dim': [16, 16, 16],
    'dropout': [0, 0, 0],
    'layer_norm': [False, False, False],
    'proj': [True, True, True],
    'sample_rate': [2, 2, 1],
    'sample_style': 'concat',
}}}


def probe():
    feat_dim = 40
    encoder = Encoder(feat_dim, **CONFIG['model']['encoder'])
    audio_feature = torch.randn(3, 17, feat_dim)
    audio_len = torch.tensor([17, 15, 12])
    encode_feature, encode_len = encoder(audio_feature, audio_len)
    assert encode_feature.size(-1) == encoder.out_dim


if __name__ == "__main__":
    probe()
