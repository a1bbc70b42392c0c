# source: https://github.com/IBM/pytorch-seq2seq/issues/121
"""pytorch-seq2seq with a bidirectional encoder: the decoder's state is the encoder's, with the two
directions concatenated per layer by _cat_directions, (layers, B, 2 * H). Asked "do they have to
be the same?", the answer points at sample.py, which builds the decoder with
hidden_size * 2 if bidirectional else hidden_size (the form PR 99 fixed): the sizes agree, and the
attention over the (B, T, 2 * H) encoder outputs agrees too (issue 118)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Attention(nn.Module):
    def __init__(self, dim):
        super(Attention, self).__init__()
        self.linear_out = nn.Linear(dim * 2, dim)

    def forward(self, output, context):
        attn = torch.bmm(output, context.transpose(1, 2))
        attn = F.softmax(attn, dim=-1)
        mix = torch.bmm(attn, context)
        combined = torch.cat((mix, output), dim=2)
        return torch.tanh(self.linear_out(combined)), attn


class EncoderRNN(nn.Module):
    def __init__(self, vocab_size, hidden_size, n_layers=1, bidirectional=False):
        super(EncoderRNN, self).__init__()
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        self.rnn = nn.GRU(hidden_size, hidden_size, n_layers, batch_first=True,
                          bidirectional=bidirectional)

    def forward(self, input_var):
        return self.rnn(self.embedding(input_var))


class DecoderRNN(nn.Module):
    def __init__(self, vocab_size, hidden_size, n_layers=1, bidirectional=False,
                 use_attention=True):
        super(DecoderRNN, self).__init__()
        self.bidirectional_encoder = bidirectional
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        self.rnn = nn.GRU(hidden_size, hidden_size, n_layers, batch_first=True)
        self.attention = Attention(hidden_size) if use_attention else None
        self.out = nn.Linear(hidden_size, vocab_size)

    def _cat_directions(self, h):
        """(#directions * #layers, B, H) -> (#layers, B, #directions * H)"""
        if self.bidirectional_encoder:
            h = torch.cat([h[0:h.size(0):2], h[1:h.size(0):2]], 2)
        return h

    def forward(self, inputs, encoder_hidden, encoder_outputs):
        decoder_hidden = self._cat_directions(encoder_hidden)
        output, hidden = self.rnn(self.embedding(inputs), decoder_hidden)
        if self.attention is not None:
            output, _ = self.attention(output, encoder_outputs)
        return self.out(output), hidden


def probe():
    hidden_size, bidirectional = 16, True
    encoder = EncoderRNN(30, hidden_size, n_layers=2, bidirectional=bidirectional)
    decoder = DecoderRNN(40, hidden_size * 2 if bidirectional else hidden_size, n_layers=2,
                         bidirectional=bidirectional)
    encoder_outputs, encoder_hidden = encoder(torch.randint(0, 30, (4, 7)))
    logits, _ = decoder(torch.randint(0, 40, (4, 5)), encoder_hidden, encoder_outputs)
    assert logits.shape == (4, 5, 40)


if __name__ == "__main__":
    probe()
