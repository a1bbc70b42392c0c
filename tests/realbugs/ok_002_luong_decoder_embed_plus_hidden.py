# source: https://github.com/A-Jacobson/minimal-nmt/issues/2
"""A decoder whose GRU takes embed_dim + hidden_dim for cat([embedded, context]) and whose
output layer takes hidden_dim * 2 for cat([rnn_output, context]): all sizes agree."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LuongAttention(nn.Module):
    def __init__(self, hidden_dim):
        super(LuongAttention, self).__init__()
        self.W = nn.Linear(hidden_dim, hidden_dim, bias=False)

    def forward(self, decoder_hidden, encoder_out):
        scores = torch.einsum("lbh,sbh->bs", self.W(decoder_hidden), encoder_out)
        mask = F.softmax(scores, dim=1)
        context = torch.einsum("bs,sbh->bh", mask, encoder_out).unsqueeze(0)
        return context, mask


class Decoder(nn.Module):
    def __init__(self, target_vocab_size, embed_dim, hidden_dim, n_layers, dropout):
        super(Decoder, self).__init__()
        self.n_layers = n_layers
        self.embed = nn.Embedding(target_vocab_size, embed_dim, padding_idx=1)
        self.attention = LuongAttention(hidden_dim)
        self.gru = nn.GRU(embed_dim + hidden_dim, hidden_dim, n_layers, dropout=dropout)
        self.out = nn.Linear(hidden_dim * 2, target_vocab_size)

    def forward(self, output, encoder_out, decoder_hidden):
        embedded = self.embed(output)
        context, mask = self.attention(decoder_hidden[-1:], encoder_out)
        rnn_output, decoder_hidden = self.gru(torch.cat([embedded, context], dim=2),
                                              decoder_hidden)
        output = self.out(torch.cat([rnn_output, context], 2))
        return output, decoder_hidden, mask


def probe():
    decoder = Decoder(target_vocab_size=30, embed_dim=6, hidden_dim=10, n_layers=2, dropout=0.2)
    encoder_out = torch.randn(7, 3, 10)
    decoder(torch.randint(0, 30, (1, 3)), encoder_out, torch.zeros(2, 3, 10))


if __name__ == "__main__":
    probe()
