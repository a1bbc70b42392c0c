# source: https://github.com/schelotto/Neural_Speed_Reading_via_Skim-RNN_PyTorch/issues/7
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x56 and 40x2)
"""Neural_Speed_Reading_via_Skim-RNN_PyTorch (skim_rnn.py): at every step the Skim-RNN decides
between its large and small LSTMCell from a two-way Linear over cat(embedding, h, c) of the large
cell, but the Linear was built for embed_dim + large_cell_size, one state's width: "RuntimeError:
size mismatch" at self.linear (issues #6 and #7, with the argparse settings printed). Sizes come
from the args namespace of main.py."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class SkimRNN(nn.Module):

    def __init__(self, args):
        super(SkimRNN, self).__init__()
        self.embed_dim = args.embed_dim
        self.vocab_size = args.vocab_size
        self.dropout = args.dropout
        self.large_cell_size = args.large_cell_size
        self.small_cell_size = args.small_cell_size
        self.tau = args.tau
        self.n_class = args.n_class

        self.embedding = nn.Embedding(self.vocab_size, self.embed_dim)
        self.embedding.weight.requires_grad = False
        self.large_rnn = nn.LSTMCell(input_size=self.embed_dim, hidden_size=self.large_cell_size, bias=True)
        self.small_rnn = nn.LSTMCell(input_size=self.embed_dim, hidden_size=self.small_cell_size, bias=True)

        self.linear = nn.Linear(self.embed_dim + self.large_cell_size, 2)  # fix: the gate reads embed, h and c: embed_dim + 2 * large_cell_size

        self.selu = nn.SELU()
        self.classifier = nn.Sequential(nn.Linear(self.large_cell_size, 512), nn.SELU(),
                                        nn.AlphaDropout(args.dropout), nn.Linear(512, self.n_class))

    def _initialize(self, batch_size, cell_size):
        return torch.zeros(batch_size, cell_size)

    def forward(self, x):
        embed = self.embedding(x)
        batch_size = x.size()[0]
        h_state_l = self._initialize(batch_size, self.large_cell_size)
        h_state_s = self._initialize(batch_size, self.small_cell_size)
        c_l = self._initialize(batch_size, self.large_cell_size)
        c_s = self._initialize(batch_size, self.small_cell_size)
        p_ = []
        for t in range(x.size()[1]):
            embed_ = embed[:, t, :]
            h_state_l_, c_l_ = self.large_rnn(embed_, (h_state_l, c_l))
            h_state_s, c_s = self.small_rnn(embed_, (h_state_s, c_s))
            p_t = self.linear(torch.cat([embed_.contiguous().view(-1, self.embed_dim), h_state_l_, c_l_], 1))
            p_t = F.softmax(p_t, 1)
            g_t = -torch.log(-torch.log(torch.rand(batch_size, 2)))
            r_t = F.softmax((torch.log(p_t) + g_t) / self.tau, dim=1).unsqueeze(1)
            h_state_tilde = torch.transpose(torch.stack(
                [h_state_l_, torch.cat([h_state_s[:, :self.small_cell_size],
                                        h_state_l[:, self.small_cell_size:self.large_cell_size]], dim=1)], dim=2), 1, 2)
            c_tilde = torch.transpose(torch.stack(
                [c_l_, torch.cat([c_s[:, :self.small_cell_size],
                                  c_l_[:, self.small_cell_size:self.large_cell_size]], dim=1)], dim=2), 1, 2)
            h_state_l = torch.bmm(r_t, h_state_tilde).squeeze(1)
            c_l = torch.bmm(r_t, c_tilde).squeeze(1)
            p_.append(p_t)
        logits = F.softmax(self.classifier(self.selu(h_state_l)), dim=1)
        return logits, torch.stack(p_, dim=1)


def probe():
    parser = argparse.ArgumentParser()
    parser.add_argument('-embed_dim', type=int, default=24)
    parser.add_argument('-vocab_size', type=int, default=100)
    parser.add_argument('-dropout', type=float, default=0.5)
    parser.add_argument('-large_cell_size', type=int, default=16)
    parser.add_argument('-small_cell_size', type=int, default=4)
    parser.add_argument('-tau', type=float, default=0.5)
    parser.add_argument('-n_class', type=int, default=5)
    args = parser.parse_args([])
    SkimRNN(args)(torch.randint(0, 100, (4, 7)))


if __name__ == "__main__":
    probe()
