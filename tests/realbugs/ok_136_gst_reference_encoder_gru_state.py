# source: https://github.com/KinglittleQ/GST-Tacotron/blob/58e3499e7d728e9de67afdbf72529d1b221ece1a/GST.py
"""KinglittleQ/GST-Tacotron at 58e3499 (GST.py, Hyperparameters.py), correct: the reference
encoder runs six strided Conv2d layers over the mel spectrogram, folds channels and the reduced
mel axis into the GRU's features (`hp.ref_enc_filters[-1] * calculate_channels(hp.n_mels, ...)`,
computed with the same kernel/stride/padding arithmetic as the convolutions), and returns the
one-layer GRU's final state `out.squeeze(0)`, (N, E // 2): the GRU is built with
`hidden_size=hp.E // 2`, which is the query size the style token layer expects (`d_q = hp.E //
2`). The Hyperparameters class is kept with its sizes scaled down; the multi-head attention of
the style token layer is reduced to its query/key projections and a softmax over the tokens."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Hyperparameters():
    E = 64
    ref_enc_filters = [8, 8, 16, 16, 32, 32]
    ref_enc_size = [3, 3]
    ref_enc_strides = [2, 2]
    ref_enc_pad = [1, 1]
    ref_enc_gru_size = E // 2
    token_num = 10
    num_heads = 8
    n_mels = 80


hp = Hyperparameters


class ReferenceEncoder(nn.Module):
    '''
    inputs --- [N, Ty/r, n_mels*r]  mels
    outputs --- [N, ref_enc_gru_size]
    '''

    def __init__(self):
        super().__init__()
        K = len(hp.ref_enc_filters)
        filters = [1] + hp.ref_enc_filters
        convs = [nn.Conv2d(in_channels=filters[i],
                           out_channels=filters[i + 1],
                           kernel_size=(3, 3),
                           stride=(2, 2),
                           padding=(1, 1)) for i in range(K)]
        self.convs = nn.ModuleList(convs)
        self.bns = nn.ModuleList([nn.BatchNorm2d(num_features=hp.ref_enc_filters[i]) for i in range(K)])

        out_channels = self.calculate_channels(hp.n_mels, 3, 2, 1, K)
        self.gru = nn.GRU(input_size=hp.ref_enc_filters[-1] * out_channels,
                          hidden_size=hp.E // 2,
                          batch_first=True)

    def forward(self, inputs):
        N = inputs.size(0)
        out = inputs.view(N, 1, -1, hp.n_mels)  # [N, 1, Ty, n_mels]
        for conv, bn in zip(self.convs, self.bns):
            out = conv(out)
            out = bn(out)
            out = F.relu(out)  # [N, 128, Ty//2^K, n_mels//2^K]

        out = out.transpose(1, 2)  # [N, Ty//2^K, 128, n_mels//2^K]
        T = out.size(1)
        N = out.size(0)
        out = out.contiguous().view(N, T, -1)  # [N, Ty//2^K, 128*n_mels//2^K]

        self.gru.flatten_parameters()
        memory, out = self.gru(out)  # out --- [1, N, E//2]

        return out.squeeze(0)

    def calculate_channels(self, L, kernel_size, stride, pad, n_convs):
        for i in range(n_convs):
            L = (L - kernel_size + 2 * pad) // stride + 1
        return L


class STL(nn.Module):
    '''
    inputs --- [N, E//2]
    '''

    def __init__(self):
        super().__init__()
        self.embed = nn.Parameter(torch.FloatTensor(hp.token_num, hp.E // hp.num_heads))
        d_q = hp.E // 2
        d_k = hp.E // hp.num_heads
        self.W_query = nn.Linear(d_q, hp.E, bias=False)
        self.W_key = nn.Linear(d_k, hp.E, bias=False)
        nn.init.normal_(self.embed, mean=0, std=0.5)

    def forward(self, inputs):
        N = inputs.size(0)
        query = self.W_query(inputs.unsqueeze(1))  # [N, 1, E]
        keys = self.W_key(torch.tanh(self.embed)).unsqueeze(0).expand(N, -1, -1)  # [N, token_num, E]
        scores = F.softmax(torch.matmul(query, keys.transpose(1, 2)) / hp.E ** 0.5, dim=-1)
        return torch.matmul(scores, keys)  # [N, 1, E]


class GST(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = ReferenceEncoder()
        self.stl = STL()

    def forward(self, inputs):
        enc_out = self.encoder(inputs)
        style_embed = self.stl(enc_out)
        return style_embed


def probe():
    gst = GST()
    mels = torch.randn(3, 120, hp.n_mels)  # [N, Ty, n_mels]
    style = gst(mels)
    assert style.shape == (3, 1, hp.E)


if __name__ == "__main__":
    probe()
