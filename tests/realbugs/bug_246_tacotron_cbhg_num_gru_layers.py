# source: https://github.com/soobinseo/Tacotron-pytorch/blob/84dbb464da9e1c9ade413ce4129d2b70caa073bc/module.py
# rule: LC009
# torch: RuntimeError: Expected hidden size (4, 2, 16), got [2, 2, 16]
"""soobinseo/Tacotron-pytorch at 84dbb46 (module.py, network.py, hyperparams.py): the CBHG module
takes `num_gru_layers` ("# of layers of GRUcell", default 2) and builds the initial state of its
bidirectional GRU from it, `torch.zeros(2 * self.num_gru_layers, batch_size, hidden_size)`, but the
GRU itself is built with a literal `num_layers=2`. The defaults agree, so the Tacotron encoder and
post-net run as published; a CBHG built with any other layer count, such as the single
bidirectional GRU layer of the Tacotron paper (num_gru_layers=1), hands the 2-layer GRU a state
sized for one layer and the first forward fails. The probe builds the post-processing CBHG with
num_gru_layers=1: torch rejects the (2, batch, hidden) state. The fix passes
`num_layers=num_gru_layers` to nn.GRU (an option the constructor documents, never run).
Sizes are scaled down (hidden_size 16, K=4); the character embedding and the attention decoder
are left out; Variable wrappers and the cuda branch are kept as in the file."""
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd import Variable

use_cuda = False


class SeqLinear(nn.Module):
    def __init__(self, input_size, output_size, time_dim=2):
        super(SeqLinear, self).__init__()
        self.input_size = input_size
        self.output_size = output_size
        self.time_dim = time_dim
        self.linear = nn.Linear(input_size, output_size)

    def forward(self, input_):
        batch_size = input_.size()[0]
        if self.time_dim == 2:
            input_ = input_.transpose(1, 2).contiguous()
        input_ = input_.view(-1, self.input_size)
        out = self.linear(input_).view(batch_size, -1, self.output_size)
        if self.time_dim == 2:
            out = out.contiguous().transpose(1, 2)
        return out


class Highwaynet(nn.Module):
    def __init__(self, num_units, num_layers=4):
        super(Highwaynet, self).__init__()
        self.num_units = num_units
        self.num_layers = num_layers
        self.gates = nn.ModuleList()
        self.linears = nn.ModuleList()
        for _ in range(self.num_layers):
            self.linears.append(SeqLinear(num_units, num_units))
            self.gates.append(SeqLinear(num_units, num_units))

    def forward(self, input_):
        out = input_
        # highway gated function
        for fc1, fc2 in zip(self.linears, self.gates):
            h = F.relu(fc1.forward(out))
            t = torch.sigmoid(fc2.forward(out))
            c = 1. - t
            out = h * t + out * c
        return out


class CBHG(nn.Module):
    def __init__(self, hidden_size, K=16, projection_size=128, num_gru_layers=2, max_pool_kernel_size=2, is_post=False):
        """
        :param num_gru_layers: # of layers of GRUcell
        """
        super(CBHG, self).__init__()
        self.hidden_size = hidden_size
        self.num_gru_layers = num_gru_layers
        self.projection_size = projection_size
        self.convbank_list = nn.ModuleList()
        self.convbank_list.append(nn.Conv1d(in_channels=projection_size, out_channels=hidden_size,
                                            kernel_size=1, padding=0))
        for i in range(2, K + 1):
            self.convbank_list.append(nn.Conv1d(in_channels=hidden_size, out_channels=hidden_size,
                                                kernel_size=i, padding=i // 2))
        self.batchnorm_list = nn.ModuleList()
        for i in range(1, K + 1):
            self.batchnorm_list.append(nn.BatchNorm1d(hidden_size))

        convbank_outdim = hidden_size * K
        if is_post:
            self.conv_projection_1 = nn.Conv1d(in_channels=convbank_outdim, out_channels=hidden_size * 2,
                                               kernel_size=3, padding=1)
            self.conv_projection_2 = nn.Conv1d(in_channels=hidden_size * 2, out_channels=projection_size,
                                               kernel_size=3, padding=1)
            self.batchnorm_proj_1 = nn.BatchNorm1d(hidden_size * 2)
        else:
            self.conv_projection_1 = nn.Conv1d(in_channels=convbank_outdim, out_channels=hidden_size,
                                               kernel_size=3, padding=1)
            self.conv_projection_2 = nn.Conv1d(in_channels=hidden_size, out_channels=projection_size,
                                               kernel_size=3, padding=1)
            self.batchnorm_proj_1 = nn.BatchNorm1d(hidden_size)

        self.batchnorm_proj_2 = nn.BatchNorm1d(projection_size)

        self.max_pool = nn.MaxPool1d(max_pool_kernel_size, stride=1, padding=1)
        self.highway = Highwaynet(self.projection_size)
        self.gru = nn.GRU(self.projection_size, self.hidden_size, num_layers=2,  # fix: num_layers=num_gru_layers
                          batch_first=True,
                          bidirectional=True)

    def _conv_fit_dim(self, x, kernel_size=3):
        if kernel_size % 2 == 0:
            return x[:, :, :-1]
        else:
            return x

    def forward(self, input_):
        input_ = input_.contiguous()
        batch_size = input_.size()[0]

        convbank_list = list()
        convbank_input = input_

        # Convolution bank filters
        for k, (conv, batchnorm) in enumerate(zip(self.convbank_list, self.batchnorm_list)):
            convbank_input = F.relu(batchnorm(self._conv_fit_dim(conv(convbank_input), k + 1).contiguous()))
            convbank_list.append(convbank_input)

        # Concatenate all features
        conv_cat = torch.cat(convbank_list, dim=1)

        # Max pooling
        conv_cat = self.max_pool(conv_cat)[:, :, :-1]

        # Projection
        conv_projection = F.relu(self.batchnorm_proj_1(self._conv_fit_dim(self.conv_projection_1(conv_cat))))
        conv_projection = self.batchnorm_proj_2(self._conv_fit_dim(self.conv_projection_2(conv_projection))) + input_

        # Highway networks
        highway = self.highway.forward(conv_projection)
        highway = torch.transpose(highway, 1, 2)

        # Bidirectional GRU
        if use_cuda:
            init_gru = Variable(torch.zeros(2 * self.num_gru_layers, batch_size, self.hidden_size)).cuda()
        else:
            init_gru = Variable(torch.zeros(2 * self.num_gru_layers, batch_size, self.hidden_size))

        self.gru.flatten_parameters()
        out, _ = self.gru(highway, init_gru)

        return out


# network.py PostProcessingNet, with the paper's single GRU layer asked for
class PostProcessingNet(nn.Module):
    def __init__(self, hidden_size, num_mels, num_freq, num_gru_layers):
        super(PostProcessingNet, self).__init__()
        self.postcbhg = CBHG(hidden_size,
                             K=4,
                             projection_size=num_mels,
                             num_gru_layers=num_gru_layers,
                             is_post=True)
        self.linear = SeqLinear(hidden_size * 2, num_freq)

    def forward(self, input_):
        out = self.postcbhg.forward(input_)
        out = self.linear.forward(torch.transpose(out, 1, 2))
        return out


def probe():
    # hyperparams.py: hidden_size 128, num_mels 80, num_freq 1024 (scaled down)
    post = PostProcessingNet(hidden_size=16, num_mels=8, num_freq=20, num_gru_layers=1)
    mel_output = torch.randn(2, 8, 12)  # (batch, num_mels, frames)
    linear_output = post(mel_output)
    assert linear_output.shape == (2, 20, 12)


if __name__ == "__main__":
    probe()
