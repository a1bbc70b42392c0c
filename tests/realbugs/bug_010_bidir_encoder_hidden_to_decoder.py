# source: https://github.com/AuCson/PyTorch-Batch-Attention-Seq2seq/issues/2
# rule: LC009
# torch: RuntimeError: Expected hidden size (1, 3, 16), got [2, 3, 16]
"""Batched attention seq2seq: the encoder GRU is bidirectional, its final hidden
(n_layers * 2, B, H) goes straight into the one-way decoder GRU, which expects (n_layers, B, H)."""
import torch
from torch import nn
import torch.nn.functional as F


class EncoderRNN(nn.Module):
    def __init__(self, input_size, embed_size, hidden_size, n_layers=1, dropout=0.5):
        super(EncoderRNN, self).__init__()
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(input_size, embed_size)
        self.gru = nn.GRU(embed_size, hidden_size, n_layers, bidirectional=True)

    def forward(self, input_seqs, input_lengths, hidden=None):
        embedded = self.embedding(input_seqs)
        packed = torch.nn.utils.rnn.pack_padded_sequence(embedded, input_lengths)
        outputs, hidden = self.gru(packed, hidden)
        outputs, output_lengths = torch.nn.utils.rnn.pad_packed_sequence(outputs)
        outputs = outputs[:, :, :self.hidden_size] + outputs[:, :, self.hidden_size:]
        return outputs, hidden


class BahdanauAttnDecoderRNN(nn.Module):
    def __init__(self, hidden_size, embed_size, output_size, n_layers=1, dropout_p=0.1):
        super(BahdanauAttnDecoderRNN, self).__init__()
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(output_size, embed_size)
        self.attn = nn.Linear(hidden_size * 2, hidden_size)
        self.gru = nn.GRU(hidden_size + embed_size, hidden_size, n_layers)
        self.out = nn.Linear(hidden_size, output_size)

    def forward(self, word_input, last_hidden, encoder_outputs):
        word_embedded = self.embedding(word_input).view(1, word_input.size(0), -1)
        h = last_hidden[-1].unsqueeze(0).repeat(encoder_outputs.size(0), 1, 1)
        energy = torch.tanh(self.attn(torch.cat([h, encoder_outputs], 2)))
        attn_weights = F.softmax(energy.sum(2), dim=0).t().unsqueeze(1)
        context = attn_weights.bmm(encoder_outputs.transpose(0, 1)).transpose(0, 1)
        rnn_input = torch.cat((word_embedded, context), 2)
        output, hidden = self.gru(rnn_input, last_hidden)
        return F.log_softmax(self.out(output.squeeze(0)), dim=1), hidden


def probe():
    encoder = EncoderRNN(input_size=30, embed_size=8, hidden_size=16)
    decoder = BahdanauAttnDecoderRNN(hidden_size=16, embed_size=8, output_size=40)
    src = torch.randint(0, 30, (6, 3))
    encoder_outputs, encoder_hidden = encoder(src, [6, 5, 4])
    decoder_hidden = encoder_hidden  # fix: a one-way decoder takes one direction (encoder_hidden[:1]) or their sum
    decoder(torch.tensor([1, 1, 1]), decoder_hidden, encoder_outputs)


if __name__ == "__main__":
    probe()
