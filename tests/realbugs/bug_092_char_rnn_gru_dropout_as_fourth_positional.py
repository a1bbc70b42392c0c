# source: https://github.com/L1aoXingyu/Char-RNN-PyTorch/issues/6
# rule: LC005
# torch: TypeError: bias should be of type bool, got: float
"""Char-RNN-PyTorch (models/CharRNN.py with config.py): the model hands its dropout rate to
nn.GRU as the fourth positional argument, which is bias, not dropout (the order is input_size,
hidden_size, num_layers, bias, batch_first, dropout, bidirectional). The torch of the report
failed at the first forward ("gru() received an invalid combination of arguments - got (Tensor,
Tensor, list, float, ...)"); the answer in the thread: "Define the 'dropout' as keyword
arguments ... self.gru = torch.GRU(xxx, xxx, xxx, dropout=dropout)"."""
import torch
from torch import nn


class DefaultConfig(object):
    model = 'CharRNN'
    max_len = 20
    embed_dim = 32
    hidden_size = 48
    num_layers = 2
    dropout = 0.5
    use_gpu = False


opt = DefaultConfig()


class CharRNN(nn.Module):
    def __init__(self, num_classes, embed_dim, hidden_size, num_layers, dropout):
        super().__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size

        self.word_to_vec = nn.Embedding(num_classes, embed_dim)
        self.rnn = nn.GRU(embed_dim, hidden_size, num_layers, dropout)  # fix: dropout is not the fourth parameter (bias is): nn.GRU(embed_dim, hidden_size, num_layers, dropout=dropout)
        self.project = nn.Linear(hidden_size, num_classes)

    def forward(self, x, hs=None):
        batch = x.shape[0]
        if hs is None:
            hs = torch.zeros(self.num_layers, batch, self.hidden_size)
        word_embed = self.word_to_vec(x)  # (batch, len, embed)
        word_embed = word_embed.permute(1, 0, 2)  # (len, batch, embed)
        out, h0 = self.rnn(word_embed, hs)  # (len, batch, hidden)
        le, mb, hd = out.shape
        out = out.view(le * mb, hd)
        out = self.project(out)
        out = out.view(le, mb, -1)
        out = out.permute(1, 0, 2).contiguous()  # (batch, len, hidden)
        return out.view(-1, out.shape[2]), h0


def probe():
    model = CharRNN(60, opt.embed_dim, opt.hidden_size, opt.num_layers, opt.dropout)
    model(torch.randint(0, 60, (4, opt.max_len)))


if __name__ == "__main__":
    probe()
